// The corpus update's reuse lookup through the store's band-key table gives the pairs the
// in-memory index gives, including past the per-key cap (a boilerplate paragraph in many articles).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentId } from '../core/ingest/index.js';
import { KEY_CAP, ReuseIndex, type ReuseSignature } from '../core/reuse/index.js';
import type { Article } from '../core/types.js';
import { generateCorpus } from '../gen/index.js';
import { Store } from '../store/index.js';
import { storeReuseCandidates } from './corpus-reuse.js';
import { processArticles } from './pipeline.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const BOILERPLATE =
  'Readers who wish to submit a correction to this newsroom may write to the standards desk, which answers every ' +
  'letter within five working days and publishes a summary of the changes it made at the end of each month.';

/** Generated articles, every third one ending with the same boilerplate paragraph: its keys have more holders than the cap. */
function corpus(): Article[] {
  return generateCorpus({ articles: 420, seed: 5 }).articles.map(({ article }, i) => {
    if (i % 3) return article;
    const body = `${article.body}\n\n${BOILERPLATE}`;
    return { ...article, id: contentId(body), body, original: body };
  });
}

const sorted = (pairs: [string, string][]) => pairs.map((p) => p.join(' ')).sort();

describe('reuse candidates from the band-key table', () => {
  it('are the pairs of the in-memory index, over several updates and past the per-key cap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storytrace-keys-'));
    dirs.push(dir);
    const store = await Store.open({ dir });
    try {
      const articles = corpus();
      expect(Math.ceil(articles.length / 3)).toBeGreaterThan(KEY_CAP);
      await store.insertArticles(articles);
      await processArticles(store, articles.map((a) => a.id));
      const signatures = new Map((await store.reuseSignaturesOf<ReuseSignature>(articles.map((a) => a.id))).map((s) => [s.article, s]));
      const memory = new ReuseIndex({ keepArticles: false });
      const expected: [string, string][] = [];
      // Three updates of uneven size (the last in four lookup batches), each placed before the next.
      for (const [from, to] of [[0, 150], [150, 170], [170, articles.length]]) {
        const ids = articles.slice(from, to).map((a) => a.id);
        expected.push(...memory.candidatePairs(ids.map((id) => signatures.get(id)!)));
        const handed: string[] = [];
        await storeReuseCandidates(store, ids, [], async (withPairs) => void handed.push(...withPairs), 64);
        expect(handed).toEqual(ids.filter((id) => expected.some(([a]) => a === id)));
        await store.saveStoryIndex({ fresh: false, head: {}, rows: { thread: [], posting: [] }, members: ids.map((id) => [id, 'story']) });
      }
      const stored = await store.reuseCandidates(articles.map((a) => a.id));
      expect(sorted(stored)).toEqual(sorted(expected));
      expect(stored.length).toBeGreaterThan(KEY_CAP * 10);
    } finally {
      await store.close();
    }
  });

  it('an update cut off after registering its articles finds the same pairs when run again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storytrace-keys-'));
    dirs.push(dir);
    const store = await Store.open({ dir });
    try {
      const articles = corpus().slice(0, 240);
      await store.insertArticles(articles);
      await processArticles(store, articles.map((a) => a.id));
      const ids = articles.map((a) => a.id);
      await storeReuseCandidates(store, ids.slice(0, 100), []);
      await store.saveStoryIndex({ fresh: false, head: {}, rows: { thread: [], posting: [] }, members: ids.slice(0, 100).map((id) => [id, 'story']) });
      await expect(
        storeReuseCandidates(store, ids.slice(100), [], () => Promise.reject(new Error('killed'))),
      ).rejects.toThrow('killed');
      const first = await store.reuseCandidates(ids);
      await store.db.query('delete from reuse_candidates');
      await storeReuseCandidates(store, ids.slice(100), []);
      expect(sorted(await store.reuseCandidates(ids))).toEqual(sorted(first.filter(([a]) => ids.slice(100).includes(a))));
    } finally {
      await store.close();
    }
  });
});
