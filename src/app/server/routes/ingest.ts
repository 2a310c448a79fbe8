// Uploads: the same reading and cleaning rules as `storytrace ingest`, one upload at a time.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CleanPool } from '../../clean/index.js';
import { ingestUploads, type Upload } from '../upload.js';
import type { ApiContext } from './context.js';

export interface IngestLimits {
  /** Largest upload request, in bytes. */
  maxUploadBytes: number;
  /** Largest single uploaded file, in bytes (the CLI's --max-bytes rule). */
  maxFileBytes?: number;
  /** Threads that read and clean uploads. */
  pool: CleanPool;
}

export function ingestRoutes({ cache, store, search }: ApiContext, limits: IngestLimits): Hono {
  const api = new Hono();
  const maxUpload = limits.maxUploadBytes;
  // Uploads run one after another: each one's corpus update sees the one before.
  let queue: Promise<unknown> = Promise.resolve();

  api.post(
    '/ingest',
    bodyLimit({ maxSize: maxUpload, onError: (c) => c.json({ error: `upload larger than ${maxUpload} bytes` }, 413) }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) return c.json({ error: 'send the files as multipart/form-data' }, 415);
      const form = await c.req.parseBody({ all: true }).catch(() => null);
      if (!form) return c.json({ error: 'malformed multipart body' }, 400);
      const files = [form['files'] ?? form['file'] ?? []].flat().filter((f): f is File => f instanceof File);
      if (!files.length) return c.json({ error: 'no files in the upload (use the field name "files")' }, 400);
      const uploads: Upload[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const run = queue.then(() => ingestUploads(store, uploads, { maxBytes: limits.maxFileBytes, pool: limits.pool }));
      queue = run.catch(() => undefined);
      // The upload waits for the background analysis of what it added, to say where it landed;
      // reads meanwhile answer from the previous index.
      let index = await cache.get();
      const summary = await run;
      if (summary.added.length) {
        index = await cache.refresh();
        search.markStale();
      }
      const stories = summary.added.map((article) => {
        const story = index.storyOfArticle.get(article) ?? null;
        const meta = index.articles.get(article);
        return {
          article,
          file: meta?.source ?? '',
          headline: meta?.headline ?? null,
          story,
          title: story ? (index.stories.get(story)?.title ?? null) : null,
        };
      });
      return c.json({ ...summary, stories }, summary.added.length || !summary.errors.length ? 200 : 422);
    },
  );

  return api;
}
