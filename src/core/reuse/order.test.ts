// The reuse records of a set of articles do not depend on the order they arrive in, nor on how
// they are batched: a fingerprint is a formula by how many articles of the whole set hold it, and
// the pairs it named before it became one are withdrawn.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../gen/index.ts';
import type { Article, ReuseRecord } from '../types.ts';
import { detectReuse, pairName, ReuseIndex } from './index.ts';
import { ferryReports } from './testdata.ts';

/** A seeded shuffle (a linear congruential generator), so a failing order can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The records of the articles fed `size` at a time, withdrawn pairs taken out as they are reported. */
function streamed(articles: Article[], size: number): { records: ReuseRecord[]; withdrawn: number } {
  const index = new ReuseIndex();
  let records: ReuseRecord[] = [];
  let withdrawn = 0;
  for (let i = 0; i < articles.length; i += size) {
    records.push(...index.add(articles.slice(i, i + size)));
    const gone = new Set(index.withdrawn().map(([x, y]) => pairName(x, y)));
    withdrawn += gone.size;
    if (gone.size) records = records.filter((r) => !gone.has(pairName(r.source, r.copy)));
  }
  return { records: records.sort((x, y) => `${x.source} ${x.copy}`.localeCompare(`${y.source} ${y.copy}`)), withdrawn };
}

describe('reuse in any arrival order', () => {
  // Five outlets working the same two wire sentences into their own paragraphs, among generated news.
  const ferry = ferryReports(5);
  const articles = [...generateCorpus({ articles: 400, seed: 7 }).articles.map((a) => a.article), ...ferry];
  const batch = detectReuse(articles);

  it('one batch gives the same records whatever order it lists the articles in', () => {
    expect(batch.length).toBeGreaterThan(50);
    for (const seed of [1, 2, 3]) expect(detectReuse(shuffled(articles, seed))).toEqual(batch);
    expect(detectReuse([...articles].reverse())).toEqual(batch);
  });

  it('article by article and in small batches, in several orders, gives the records of one batch', () => {
    let withdrawn = 0;
    for (const [order, size] of [
      [articles, 1],
      [[...articles].reverse(), 1],
      [shuffled(articles, 4), 1],
      [shuffled(articles, 5), 7],
    ] as const) {
      const run = streamed([...order], size);
      expect(run.records).toEqual(batch);
      withdrawn += run.withdrawn;
    }
    // Some order named a pair before its shared sentences became a formula, and withdrew it after.
    expect(withdrawn).toBeGreaterThan(0);
  });

  it('sentences two outlets share are reuse; once FORMULA_HOLDERS outlets share them, they name no pair of their own', () => {
    const pair = (records: ReuseRecord[]) => records.some((r) => pairName(r.source, r.copy) === pairName('ferry-1', 'ferry-3'));
    const [, one, , three] = ferry;
    expect(pair(detectReuse([one, three]))).toBe(true);
    expect(pair(batch)).toBe(false);
    // Whichever arrives first: the first two alone are reuse, and the later ones withdraw it.
    const first = new ReuseIndex();
    expect(pair(first.add([three, one]))).toBe(true);
    first.add(ferry.filter((a) => a !== one && a !== three));
    expect(first.withdrawn().map(([x, y]) => pairName(x, y))).toContain(pairName('ferry-1', 'ferry-3'));
  });
});
