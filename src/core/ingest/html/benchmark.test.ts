// Regression guard on the public article-extraction benchmark (181 real pages, MIT-licensed data).
import { describe, expect, it } from 'vitest';
import { loadHtmlBench } from '../../../testing/htmlBench.js';
import { skipWithoutShared } from '../../../testing/shared.js';
import { extractHtml } from './index.js';
import { benchmarkScore, shingleCounts } from './metric.js';

describe.skipIf(skipWithoutShared())('article-extraction benchmark', () => {
  it('keeps F1 at or above 0.95 over all 181 pages', () => {
    const pages = loadHtmlBench();
    expect(pages).toHaveLength(181);
    const counts = pages.map((page) => shingleCounts(page.truth, extractHtml(page.html, page.url).body));
    const score = benchmarkScore(counts);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.precision).toBeGreaterThanOrEqual(0.93);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
