import { describe, expect, it } from 'vitest';
import { pairScore, pairsWithin } from './pairs.js';

const truth: [string, string][] = [['r1', 'r2'], ['r3', 'r4']];

describe('pairScore', () => {
  it('scores the truth itself 1, in either order, and nothing 0', () => {
    expect(pairScore([['r2', 'r1'], ['r3', 'r4']], truth)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(pairScore([], truth)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('counts wrong pairs against precision, once each, unless they are also right', () => {
    const s = pairScore([['r1', 'r2'], ['r1', 'r5'], ['r5', 'r1']], truth);
    expect(s).toMatchObject({ precision: 0.5, recall: 0.5, hits: 1, wrong: [['r1', 'r5']] });
    expect(pairScore([['r1', 'r2'], ['r1', 'r5']], truth, (a, b) => a === 'r1' && b === 'r5').precision).toBe(1);
  });
});

describe('pairsWithin', () => {
  it('lists every pair inside each group', () => {
    expect(pairsWithin([['a', 'b', 'c'], ['d']])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
  });
});
