import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../gen/index.ts';
import type { ReuseRecord } from '../types.ts';
import { alignPairs, detectReuse, REUSE_SCHEME, ReuseIndex, reuseSignature } from './index.ts';
import { scoreReuse } from './score.ts';

const corpus = generateCorpus({ articles: 1200, seed: 21 });
const articles = corpus.articles.map((a) => a.article);
const all = detectReuse(articles);

describe('reuse on a generated corpus', () => {
  it('finds reuse of two paragraphs or more with precision and recall of at least 0.95', () => {
    const score = scoreReuse(all, corpus.reuse);
    expect(score.truePositives).toBeGreaterThan(300);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.direction.right).toBeGreaterThan(20 * score.direction.wrong);
  });

  it('classifies whole copies as exact duplicates and edited copies as near duplicates or republications', () => {
    const score = scoreReuse(all, corpus.reuse);
    expect(Object.keys(score.kinds['whole copy'])).toEqual(['exact duplicate']);
    const edited = score.kinds['edited copy'];
    expect((edited['near duplicate'] ?? 0) + (edited.republication ?? 0)).toBe(Object.values(edited).reduce((x, y) => x + y, 0));
  });

  it('is deterministic and ordered by source then copy', () => {
    expect(detectReuse(articles)).toEqual(all);
    const keys = all.map((r) => `${r.source} ${r.copy}`);
    expect([...keys].sort()).toEqual(keys);
  });
});

describe('ReuseIndex', () => {
  it('over a stream of batches returns exactly what one batch returns', () => {
    const index = new ReuseIndex();
    let streamed: ReuseRecord[] = [];
    let withdrawn = 0;
    for (let i = 0; i < articles.length; i += 97) {
      streamed.push(...index.add(articles.slice(i, i + 97)));
      // Pairs of earlier batches that fingerprints made formulas by this one no longer name.
      const gone = new Set(index.withdrawn().map((p) => p.join(' ')));
      withdrawn += gone.size;
      streamed = streamed.filter((r) => !gone.has([r.source, r.copy].sort().join(' ')));
    }
    expect(withdrawn).toBeGreaterThan(0);
    const byPair = (r: { source: string; copy: string }): string => `${r.source} ${r.copy}`;
    expect(streamed.sort((x, y) => byPair(x).localeCompare(byPair(y)))).toEqual(all);
    expect(index.size).toBe(articles.length);
  });

  it('only returns records involving the new articles', () => {
    const index = new ReuseIndex();
    index.add(articles.slice(0, 600));
    const later = new Set(articles.slice(600).map((a) => a.id));
    const records = index.add(articles.slice(600));
    expect(records.every((r) => later.has(r.source) || later.has(r.copy))).toBe(true);
    expect(records).toEqual(all.filter((r) => later.has(r.source) || later.has(r.copy)));
  });

  it('seeded from stored signatures, names the pairs to align, and aligning them gives the same records', () => {
    const stored = JSON.parse(JSON.stringify(articles.slice(0, 600).map((a) => reuseSignature(a))));
    expect(stored[0].scheme).toBe(REUSE_SCHEME);
    const index = new ReuseIndex({ keepArticles: false });
    index.addSignatures(stored);
    const batch = articles.slice(600);
    const pairs = index.candidatePairs(batch.map((a) => reuseSignature(a)));
    expect(pairs.length).toBeGreaterThan(10);
    // Each pair is a new article and one indexed before it.
    const order = new Map(articles.map((a, i) => [a.id, i]));
    expect(pairs.every(([a, b]) => order.get(a)! >= 600 && order.get(b)! < order.get(a)!)).toBe(true);
    const later = new Set(batch.map((a) => a.id));
    const records = alignPairs(pairs, new Map(articles.map((a) => [a.id, a])));
    expect(records).toEqual(all.filter((r) => later.has(r.source) || later.has(r.copy)));
    // Already indexed: no pairs the second time.
    expect(index.candidatePairs(batch.map((a) => reuseSignature(a)))).toEqual([]);
    expect(() => alignPairs(pairs, new Map())).toThrow(/text was not supplied/);
  });

  it('refuses a signature that belongs to another article', () => {
    const index = new ReuseIndex();
    expect(() => index.add(articles.slice(0, 2), { signatures: [reuseSignature(articles[1]), reuseSignature(articles[0])] })).toThrow(/signature 0 is for/);
  });

  it('refuses signatures from another sketch scheme', () => {
    const index = new ReuseIndex();
    expect(() => index.addSignatures([{ article: 'x', scheme: 'other', keys: [1] }])).toThrow(/scheme/);
  });
});
