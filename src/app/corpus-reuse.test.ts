// The corpus update's reuse lookup through the store's band-key table gives the pairs the
// in-memory index gives, including past the per-key cap (a boilerplate paragraph in many articles).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentId } from '../core/ingest/index.js';
import { detectReuse, KEY_CAP, pairName, ReuseIndex, type ReuseSignature } from '../core/reuse/index.js';
import type { Article, ReuseRecord } from '../core/types.js';
import { generateCorpus } from '../gen/index.js';
import { Store } from '../store/index.js';
import { storeReuseCandidates } from './corpus-reuse.js';
import { ferryReports } from '../core/reuse/testdata.js';
import { alignCandidates, processArticles, updateCorpus } from './pipeline.js';

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
      let expected: [string, string][] = [];
      // Three updates of uneven size (the last in four lookup batches), each placed before the next.
      for (const [from, to] of [[0, 150], [150, 170], [170, articles.length]]) {
        const ids = articles.slice(from, to).map((a) => a.id);
        expected.push(...memory.candidatePairs(ids.map((id) => signatures.get(id)!)));
        // Pairs of earlier updates that a fingerprint these articles made a formula no longer names.
        const gone = new Set(memory.withdrawn().map(([x, y]) => pairName(x, y)));
        expected = expected.filter(([a, b]) => !gone.has(pairName(a, b)));
        const handed: string[] = [];
        await storeReuseCandidates(store, ids, [], async (withPairs) => void handed.push(...withPairs), 64);
        // Handed on as their pairs are stored: an article whose pair a later lookup batch of the
        // update withdrew was handed on too (aligning it finds the pair gone).
        expect(handed.filter((id) => expected.some(([a]) => a === id))).toEqual(ids.filter((id) => expected.some(([a]) => a === id)));
        expect(handed.every((id) => ids.includes(id))).toBe(true);
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

  it('stores the records of one batch run whatever order the articles arrive in, one at a time or together', async () => {
    // Five outlets sharing two wire sentences (a formula once four hold them), among generated news.
    const articles = [...ferryReports(5), ...generateCorpus({ articles: 16, seed: 3 }).articles.map((a) => a.article)];
    const stored = async (arrivals: Article[][]) => {
      const dir = mkdtempSync(join(tmpdir(), 'storytrace-keys-'));
      dirs.push(dir);
      const store = await Store.open({ dir });
      try {
        for (const group of arrivals) {
          await store.insertArticles(group);
          await processArticles(store, await store.articlesMissing('extractions'));
          await updateCorpus(store);
          await alignCandidates(store);
        }
        return await store.reuseRecords();
      } finally {
        await store.close();
      }
    };
    const batch = await stored([articles]);
    expect(batch).toEqual(detectReuse(articles));
    expect(batch.some((r) => r.source.startsWith('ferry-'))).toBe(true);
    const [f0, f1, f2, f3, f4] = articles;
    const ferryPair = (records: ReuseRecord[]) => records.some((r) => pairName(r.source, r.copy) === pairName(f1.id, f3.id));
    expect(ferryPair(await stored([[f3], [f1]]))).toBe(true);
    expect(ferryPair(batch)).toBe(false);
    // The pair of ferry-1 and ferry-3 is stored first, then withdrawn as the others make its sentences a formula.
    for (const arrivals of [[[f3], [f1], [f0], [f4], [f2], articles.slice(5)], [...articles].reverse().map((a) => [a])]) {
      expect(await stored(arrivals)).toEqual(batch);
    }
  }, 300_000);
});
