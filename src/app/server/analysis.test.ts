import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../core/types.js';
import { generateCorpus } from '../../gen/index.js';
import { Store } from '../../store/index.js';
import { analyzeStore } from '../pipeline.js';
import { AnalysisCache } from './analysis.js';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-cache-'));
  store = await Store.open({ dir });
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The real pipeline, counting runs and the most that ever ran at once. */
function counted(fail = () => false) {
  const stats = { runs: 0, active: 0, maxActive: 0 };
  const analyze = async (s: Store): Promise<AnalysisReport> => {
    stats.runs++;
    stats.active++;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    try {
      if (fail()) throw new Error('analysis failed');
      return await analyzeStore(s);
    } finally {
      stats.active--;
    }
  };
  return { stats, analyze };
}

describe('AnalysisCache', () => {
  it('loads the stored analysis without running it, and says the new articles are pending', async () => {
    const { stats, analyze } = counted();
    await store.insertArticles(generateCorpus({ articles: 6, seed: 3 }).articles.map((a) => a.article));
    const cache = new AnalysisCache(store, analyze);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(stats.runs).toBe(0);
    expect(a.stories.size).toBe(0);
    expect(cache.pending).toBe(true);

    const analysed = await cache.refresh();
    expect(stats.runs).toBe(1);
    expect(analysed.stories.size).toBeGreaterThan(0);
    expect(await cache.get()).toBe(analysed);
    expect(cache.ready()).toBe(analysed);
    expect(cache.pending).toBe(false);
    expect((await cache.storedSummary())?.stories).toEqual(analysed.storySummaries());

    // A fresh cache (a restarted server) reads the same analysis back, running nothing.
    const reread = new AnalysisCache(store, analyze);
    expect((await reread.get()).storySummaries()).toEqual(analysed.storySummaries());
    expect(reread.pending).toBe(false);
    expect(stats.runs).toBe(1);
  }, 300_000);

  it('never runs two analyses at once', async () => {
    const { stats, analyze } = counted();
    const cache = new AnalysisCache(store, analyze);
    await Promise.all([cache.refresh(), cache.refresh()]);
    expect(stats.runs).toBe(2);
    expect(stats.maxActive).toBe(1);
  }, 300_000);

  it('keeps the current index when a run fails', async () => {
    let failing = true;
    const { analyze } = counted(() => failing);
    const cache = new AnalysisCache(store, analyze);
    const index = await cache.get();
    await expect(cache.refresh()).rejects.toThrow('analysis failed');
    expect(await cache.get()).toBe(index);
    failing = false;
    expect(await cache.refresh()).not.toBe(index);
  }, 300_000);
});
