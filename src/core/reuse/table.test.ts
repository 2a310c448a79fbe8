import { describe, expect, it } from 'vitest';
import { PostingTable } from './table.ts';

const members = (t: PostingTable, key: number): number[] => {
  const out: number[] = [];
  t.collect(key, out);
  return out.sort((a, b) => a - b);
};

describe('PostingTable', () => {
  it('keeps the first `cap` holders of a key and tells keys apart by all 52 bits', () => {
    const t = new PostingTable(3);
    const key = 0x12345 * 0x100000000 + 0xdeadbeef;
    const sameLow = 0x54321 * 0x100000000 + 0xdeadbeef;
    for (let m = 0; m < 5; m++) t.add(key, m);
    t.add(sameLow, 9);
    expect(members(t, key)).toEqual([0, 1, 2]);
    expect(members(t, sameLow)).toEqual([9]);
    expect(members(t, 42)).toEqual([]);
    expect(t.size).toBe(2);
  });

  it('grows past its initial size without losing anything', () => {
    const t = new PostingTable(4);
    const keys = Array.from({ length: 200_000 }, (_, i) => i * 2654435761 + 17);
    keys.forEach((k, i) => t.add(k, i));
    expect(t.size).toBe(keys.length);
    for (const i of [0, 1, 99_999, 199_999]) expect(members(t, keys[i])).toEqual([i]);
  });
});
