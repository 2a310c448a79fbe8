import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../core/types.js';
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
  it('shares one run between concurrent readers and keeps it until invalidated', async () => {
    const { stats, analyze } = counted();
    const cache = new AnalysisCache(store, analyze);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(await cache.get()).toBe(a);
    expect(stats.runs).toBe(1);
    cache.invalidate();
    expect(await cache.get()).not.toBe(a);
    expect(stats.runs).toBe(2);
  });

  it('never runs two analyses at once, even when invalidated mid-run', async () => {
    const { stats, analyze } = counted();
    const cache = new AnalysisCache(store, analyze);
    const first = cache.get();
    cache.invalidate();
    const second = cache.get();
    await Promise.all([first, second]);
    expect(stats.runs).toBe(2);
    expect(stats.maxActive).toBe(1);
  });

  it('does not cache a failed run', async () => {
    let failing = true;
    const { stats, analyze } = counted(() => failing);
    const cache = new AnalysisCache(store, analyze);
    await expect(cache.get()).rejects.toThrow('analysis failed');
    failing = false;
    const index = await cache.get();
    expect(index.articles.size).toBe(0);
    expect(stats.runs).toBe(2);
  });
});
