import { describe, expect, it } from 'vitest';
import { bcubed, pairsTogether } from './clusters.js';

const truth = new Map([
  ['a1', 'ferry'],
  ['a2', 'ferry'],
  ['a3', 'ferry'],
  ['b1', 'strike'],
  ['b2', 'strike'],
]);

describe('bcubed', () => {
  it('scores a perfect clustering 1 and an empty one 0', () => {
    expect(bcubed([['a1', 'a2', 'a3'], ['b2', 'b1']], truth)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(bcubed([], truth)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('gives all-singletons full precision and low recall, one lump the reverse', () => {
    const singles = bcubed([...truth.keys()].map((k) => [k]), truth);
    expect(singles.precision).toBe(1);
    expect(singles.recall).toBeCloseTo((3 * (1 / 3) + 2 * (1 / 2)) / 5);
    const lump = bcubed([[...truth.keys()]], truth);
    expect(lump.recall).toBe(1);
    expect(lump.precision).toBeCloseTo((3 * (3 / 5) + 2 * (2 / 5)) / 5);
  });

  it('counts a lost item as wrong and ignores ids the truth does not know', () => {
    const s = bcubed([['a1', 'a2', 'x9'], ['b1', 'b2']], truth);
    expect(s.precision).toBeCloseTo(4 / 5);
    expect(s.recall).toBeCloseTo((2 * (2 / 3) + 2) / 5);
  });
});

describe('bcubed over a subset', () => {
  it('averages over the chosen items, judged against all', () => {
    const s = bcubed([['a1', 'a2', 'b1'], ['a3'], ['b2']], truth, (id) => id.startsWith('b'));
    expect(s.precision).toBeCloseTo((1 / 3 + 1) / 2);
    expect(s.recall).toBeCloseTo(1 / 2);
  });
});

describe('pairsTogether', () => {
  it('returns the pairs that share a cluster', () => {
    const pairs: [string, string, string][] = [['a1', 'b1', 'why'], ['a1', 'a3', 'why'], ['a1', 'zz', 'why']];
    expect(pairsTogether([['a1', 'a3', 'b2'], ['b1']], pairs)).toEqual([['a1', 'a3', 'why']]);
  });
});
