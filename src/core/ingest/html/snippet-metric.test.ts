import { describe, expect, it } from 'vitest';
import { snippetCounts, snippetScore } from './snippet-metric.js';

const page = {
  with: ['The Northshire council voted on Tuesday', 'Dana Kellor said the bridge\nwould reopen in spring.'],
  without: ['Subscribe to the Harbour Herald', 'All rights reserved'],
};

describe('snippetCounts', () => {
  it('finds snippets whatever the line breaks and indentation between their words', () => {
    const text = 'The Northshire council voted on Tuesday to close the old bridge.\n\n  Dana Kellor said the bridge would\n  reopen in spring.';
    expect(snippetCounts(page, text)).toEqual({ tp: 2, fp: 0, fn: 0, tn: 2 });
  });

  it('counts a kept boilerplate line as a false positive and a missing sentence as a false negative', () => {
    const text = 'The Northshire council voted on Tuesday.\n\nSubscribe to the Harbour Herald';
    expect(snippetCounts(page, text)).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
  });

  it('misses every wanted snippet and keeps out every unwanted one for an empty text', () => {
    expect(snippetCounts(page, '')).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });
});

describe('snippetScore', () => {
  it('sums the counts over pages before taking the ratios', () => {
    const s = snippetScore([
      { tp: 2, fp: 0, fn: 0, tn: 2 },
      { tp: 1, fp: 1, fn: 1, tn: 1 },
    ]);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.accuracy).toBeCloseTo(6 / 8);
    expect(s.f1).toBeCloseTo(3 / 4);
  });

  it('is zero, not NaN, with nothing to score', () => {
    expect(snippetScore([])).toEqual({ precision: 0, recall: 0, accuracy: 0, f1: 0 });
  });
});
