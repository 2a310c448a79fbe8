// Stopping the server: requests in flight finish. An upload waiting for its analysis gets the
// analysis if it is done within the grace, else an answer saying its articles are stored (and the
// next start analyses them); no connection is dropped unanswered.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { type RunningServer, startServer } from './serve.js';
import { tempDirs } from '../../testing/temp-dirs.js';

const storeDir = tempDirs('storytrace-shutdown-');

const ARTICLE = [
  'Tram depot to close for winter repairs',
  '',
  'The city transport office said on Monday that the north tram depot would close for six weeks of repairs from December.',
  '',
  '"The roof has leaked for two winters," depot manager Hedda Lindqvist told the council transport committee.',
].join('\n');

function upload(url: string): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([ARTICLE], { type: 'text/plain' }), 'tram.txt');
  return fetch(`${url}/api/ingest?wait=analysis`, { method: 'POST', body: form });
}

/** Resolves once the store holds an article: the upload is stored and now waits for its analysis. */
async function stored(store: Store): Promise<void> {
  const end = Date.now() + 60_000;
  while (!(await store.articles(undefined, { original: false })).length) {
    if (Date.now() > end) throw new Error('the upload was never stored');
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

interface IngestAnswer {
  added: string[];
  stories: { article: string; headline: string | null; story: string | null }[];
  pending: boolean;
  note?: string;
}

describe('a server stopping while an upload waits for its analysis', () => {
  it('answers it once the analysis is done within the grace, and takes no new request meanwhile', async () => {
    const store = await Store.open({ dir: storeDir() });
    const server: RunningServer = await startServer({ store, port: 0, log: () => undefined });
    try {
      const answer = upload(server.url);
      await stored(store);
      const closed = server.close({ graceMs: 120_000 });
      // No new connection once stopping.
      await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
      const res = await answer;
      expect(res.status).toBe(200);
      const body = (await res.json()) as IngestAnswer;
      expect(body.added).toHaveLength(1);
      expect(body.note).toBeUndefined();
      expect(body.stories[0]).toMatchObject({ article: body.added[0], headline: 'Tram depot to close for winter repairs' });
      await closed;
    } finally {
      await server.close();
      await store.close();
    }
  }, 180_000);

  it('past the grace, says the articles are stored and analysed on the next start; the next start does so', async () => {
    const dir = storeDir();
    const store = await Store.open({ dir });
    // Asks for analysis wait a minute before a run starts: the grace below ends first.
    const server = await startServer({ store, port: 0, log: () => undefined, analysisTiming: { quietMs: 60_000, maxDelayMs: 60_000 } });
    let id: string;
    try {
      const answer = upload(server.url);
      await stored(store);
      const started = performance.now();
      const closed = server.close({ graceMs: 300 });
      const res = await answer;
      expect(res.status).toBe(200);
      const body = (await res.json()) as IngestAnswer;
      expect(body.added).toHaveLength(1);
      id = body.added[0];
      expect(body.pending).toBe(true);
      expect(body.note).toMatch(/stored.*analysed when it next starts/);
      expect(body.stories).toEqual([expect.objectContaining({ article: id, headline: 'Tram depot to close for winter repairs', story: null })]);
      await closed;
      expect(performance.now() - started).toBeLessThan(30_000);
    } finally {
      await server.close();
      await store.close();
    }
    // The store was closed cleanly, and the next start analyses the stored article.
    const again = await Store.open({ dir });
    const next = await startServer({ store: again, port: 0, log: () => undefined });
    try {
      await next.cache.settled();
      expect(next.cache.pending).toBe(false);
      expect((await next.cache.get()).articles.has(id)).toBe(true);
    } finally {
      await next.close();
      await again.close();
    }
  }, 180_000);
});
