// Uploads: the same reading and cleaning rules as `storytrace ingest`, one upload at a time; the
// analysis they ask for is shared (see AnalysisCache.request).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CleanPool } from '../../clean/index.js';
import type { ReportIndex } from '../../../view/index.js';
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

/** The index once `analysis` is done, or null as soon as the server stops waiting. */
function untilStopping(analysis: Promise<ReportIndex>, stopping: AbortSignal): Promise<ReportIndex | null> {
  if (stopping.aborted) return Promise.resolve(null);
  return new Promise((ok, fail) => {
    const stop = () => ok(null);
    stopping.addEventListener('abort', stop, { once: true });
    analysis.then(ok, fail).finally(() => stopping.removeEventListener('abort', stop));
  });
}

export function ingestRoutes({ cache, store, search, stopping }: ApiContext, limits: IngestLimits): Hono {
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
      const summary = await run;
      // The upload is answered once its articles are stored; the analysis runs in the background,
      // one run for every upload that asked before it started. `?wait=analysis` (the web UI) waits
      // for that run, to say which story each new article joined.
      const analysis = summary.added.length ? cache.request() : null;
      if (analysis) search.markStale();
      const wait = c.req.query('wait') === 'analysis';
      // A server stopping for good answers such a wait at once: the articles are stored, and the
      // next start analyses whatever the store holds that no analysis has done.
      const index = analysis && wait ? await untilStopping(analysis.catch(() => cache.get()), stopping) : await cache.get();
      const note = index ? undefined : 'the server is stopping: the articles are stored and will be analysed when it next starts';
      // Articles the index does not hold yet are named from the store (their story is not known yet).
      const unplaced = summary.added.filter((id) => !index?.articles.has(id));
      const stored = new Map((await store.articles(unplaced, { original: false })).map((a) => [a.id, a]));
      const stories = summary.added.map((article) => {
        const story = index?.storyOfArticle.get(article) ?? null;
        const meta = index?.articles.get(article) ?? stored.get(article);
        return {
          article,
          file: meta?.source ?? '',
          headline: meta?.headline ?? null,
          story,
          title: story ? (index?.stories.get(story)?.title ?? null) : null,
          story_articles: story ? (index?.stories.get(story)?.articles.length ?? null) : null,
        };
      });
      return c.json({ ...summary, stories, pending: cache.pending || !index, ...(note && { note }) }, summary.added.length || !summary.errors.length ? 200 : 422);
    },
  );

  return api;
}
