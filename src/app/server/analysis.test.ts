import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../core/types.js';
import { generateCorpus } from '../../gen/index.js';
import { Store } from '../../store/index.js';
import { analyzeStore } from '../pipeline.js';
import { AnalysisCache, loadStored } from './analysis.js';

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

/** The real pipeline, counting runs and the most that ever ran at once; `hold` keeps a run in progress until it resolves. */
function counted(fail = () => false, hold: (run: number) => Promise<void> = async () => undefined) {
  const stats = { runs: 0, active: 0, maxActive: 0 };
  const analyze = async (s: Store): Promise<AnalysisReport> => {
    stats.runs++;
    stats.active++;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    try {
      await hold(stats.runs);
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

  it('serves a burst of asks with one run, and every ask made during a run with one run after it', async () => {
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    let secondStarted!: () => void;
    const second = new Promise<void>((ok) => (secondStarted = ok));
    const { stats, analyze } = counted(undefined, async (run) => {
      if (run !== 2) return;
      secondStarted();
      await held;
    });
    const cache = new AnalysisCache(store, analyze, loadStored, { quietMs: 50, maxDelayMs: 2_000 });
    await cache.get();
    const burst = await Promise.all([cache.request(), cache.request(), cache.request()]);
    expect(stats.runs).toBe(1);
    expect(new Set(burst).size).toBe(1);

    const during = cache.request();
    await second;
    // Articles stored while a run is in progress: the asks that follow are served by the next run.
    await store.insertArticles(generateCorpus({ articles: 4, seed: 11 }).articles.map((a) => a.article));
    const after = [cache.request(), cache.request(), cache.request()];
    expect(cache.pending).toBe(true);
    release();
    await during;
    const [x, y, z] = await Promise.all(after);
    expect(x).toBe(y);
    expect(y).toBe(z);
    expect(stats.runs).toBe(3);
    expect(stats.maxActive).toBe(1);
    expect(x.articles.size).toBe(await store.articleCount());
    await cache.settled();
    expect(cache.pending).toBe(false);
  }, 300_000);

  it('holds a requested run while asks keep coming, up to its longest delay, and drops it on close', async () => {
    const { stats, analyze } = counted();
    const cache = new AnalysisCache(store, analyze, loadStored, { quietMs: 200, maxDelayMs: 600 });
    await cache.get();
    const first = cache.request();
    const asked = performance.now();
    // An ask every 100 ms never leaves 200 ms of quiet: the run starts at the 600 ms bound.
    while (stats.runs === 0) {
      void cache.request();
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const startedAfter = performance.now() - asked;
    expect(startedAfter).toBeGreaterThanOrEqual(550);
    await first;
    await cache.settled();
    const runs = stats.runs;
    const dropped = cache.request();
    cache.close();
    await expect(dropped).rejects.toThrow('analysis closed');
    await new Promise((ok) => setTimeout(ok, 300));
    expect(stats.runs).toBe(runs);
    expect(cache.pending).toBe(false);
  }, 300_000);
});
