// A story's verdict names its copies and, apart from them, the partial reuse between its members:
// an article that reuses passages of another is no copy, but is not independent text either.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import type { ReuseRecord } from '../types.js';
import { compareStories } from './index.js';

const CLAIM = 'The Nordsund Lines ferry to Skellan caught fire in its engine room on Tuesday, the captain said.';
const files: Record<string, string> = {
  'one.txt': `Ferry fire off Skellan\n\n${CLAIM}\n\nPassengers were taken ashore by lifeboat before noon.`,
  'two.txt': `Skellan ferry catches fire\n\n${CLAIM}\n\nThe port of Carrow stayed open all afternoon.`,
  'three.txt': `Fire on Skellan ferry\n\n${CLAIM}\n\nNobody in the harbour was hurt, the coastguard said.`,
};
const articles = Object.entries(files).flatMap(([name, text]) => readInput(name, new TextEncoder().encode(text)).docs.map(cleanDoc));
const id = (name: string) => articles.find((a) => a.source === name)!.id;

describe('story verdict: copies and partial reuse', () => {
  it('counts partial reuse between members apart from copies, never a wire text both carry', () => {
    const r = analyzeArticles(articles);
    expect(r.stories).toHaveLength(1);
    const record = (source: string, copy: string, extra: Partial<ReuseRecord> = {}): ReuseRecord => ({
      source: id(source),
      copy: id(copy),
      direction: 'known',
      kind: 'partial reuse',
      coverage: 0.4,
      passages: [],
      evidence: [],
      ...extra,
    });
    const reuse = [record('one.txt', 'two.txt'), record('one.txt', 'three.txt', { wire: 'Nordwire' })];
    const [verdict] = compareStories({ ...r, articles, extractions: [], reuse }).verdicts;
    expect(verdict!.copies).toEqual([]);
    expect(verdict!.partial_reuse).toEqual([{ source: id('one.txt'), copy: id('two.txt'), coverage: 0.4 }]);
  });
});
