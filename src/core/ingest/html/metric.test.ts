import { describe, expect, it } from 'vitest';
import { benchmarkScore, shingleCounts, tokens } from './metric.js';

describe('tokens', () => {
  it('splits on anything that is not a letter, digit or underscore, in any script', () => {
    expect(tokens("Don't stop — año 2019, snake_case; Привет мир!")).toEqual(['Don', 't', 'stop', 'año', '2019', 'snake_case', 'Привет', 'мир']);
  });
});

describe('shingleCounts', () => {
  it('is all true positives for the same words with different punctuation and spacing', () => {
    expect(shingleCounts('one two three four five', 'one? two\n\nthree, four. five')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts extra and missing shingles with multiplicity, normalised to sum 1', () => {
    // truth: 2 shingles (a b c d, b c d e); predicted adds "x" -> shingles a b c d, b c d e, c d e x
    const counts = shingleCounts('a b c d e', 'a b c d e x');
    expect(counts.tp).toBeCloseTo(2 / 3);
    expect(counts.fp).toBeCloseTo(1 / 3);
    expect(counts.fn).toBe(0);
    // repeated text: the second copy is all false positives
    const doubled = shingleCounts('a b c d', 'a b c d a b c d');
    expect(doubled.tp).toBeCloseTo(1 / 5);
    expect(doubled.fp).toBeCloseTo(4 / 5);
  });

  it('treats a text shorter than four tokens as one short shingle', () => {
    expect(shingleCounts('hello world', 'hello world')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(shingleCounts('hello world', '')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('benchmarkScore', () => {
  it('averages precision and recall over pages, then takes F1 of the means', () => {
    const score = benchmarkScore([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0.5, fp: 0.5, fn: 0 },
      { tp: 0, fp: 0, fn: 1 }, // nothing predicted: no precision entry, recall 0
    ]);
    expect(score.precision).toBeCloseTo((1 + 0.5) / 2);
    expect(score.recall).toBeCloseTo((1 + 1 + 0) / 3);
    expect(score.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });
});
