import { describe, expect, it } from 'vitest';
import { Centroid, highest, strongest } from './centroid.js';

describe('strongest', () => {
  it('keeps the n largest weights, ties to the lower index, the head strongest first and the rest in index order', () => {
    const weights = [0.1, 0.5, 0.3, 0.5, 0.2, 0.9];
    expect(strongest(weights, 4)).toEqual([1, 2, 3, 5]);
    expect(strongest(weights, 4, 2)).toEqual([5, 1, 2, 3]);
    // A tie at the cut: the lower index wins.
    expect(strongest([0.2, 0.2, 0.2], 2)).toEqual([0, 1]);
    expect(strongest([0.4, 0.1], 5, 1)).toEqual([0, 1]);
  });
});

describe('highest', () => {
  it('returns the k best items by score, best first, ties in their given order', () => {
    const score = [3, 9, 1, 9, 5];
    expect(highest([0, 1, 2, 3, 4], score, 3)).toEqual([1, 3, 4]);
    expect(highest([4, 2], score, 5)).toEqual([4, 2]);
  });
});

describe('Centroid', () => {
  it('sums weights per feature, prunes to the strongest, and scores against a dense vector', () => {
    const c = new Centroid();
    expect(c.add(7, 1)).toBe(true);
    expect(c.add(7, 0.5)).toBe(false);
    c.add(2, 3);
    c.add(4, 0.1);
    c.prune(3, 2);
    expect(c.entries()).toEqual([[7, 1.5], [2, 3], [4, 0.1]]);
    c.prune(2, 2);
    expect(c.entries()).toEqual([[7, 1.5], [2, 3]]);
    expect(c.normSq).toBeCloseTo(1.5 ** 2 + 9);
    const dense = new Float64Array(8);
    dense[2] = 1;
    dense[7] = 2;
    expect(c.dot(dense)).toBeCloseTo(6);
    const q = c.unitQuery(1, 1);
    expect(q.ids).toEqual([2]);
    expect(q.weights[0]).toBeCloseTo(1);
    const stored = Centroid.from([...c.ids], [...c.weights]);
    expect(stored.entries()).toEqual(c.entries());
    // Its lookup is built on the first add, and again after `cool`.
    expect(stored.add(2, 1)).toBe(false);
    stored.cool();
    expect(stored.add(7, 1)).toBe(false);
    expect(stored.add(5, 1)).toBe(true);
    expect(stored.entries()).toEqual([...c.entries().map(([f, w]) => [f, f === 2 || f === 7 ? w + 1 : w]), [5, 1]]);
  });
});
