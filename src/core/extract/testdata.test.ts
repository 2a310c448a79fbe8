// storytrace's own test articles (testdata/): quote, alias and figure patterns the seeds lack,
// each set scored against the truth written beside it.
import { describe, expect, it } from 'vitest';
import { loadExtractTestSets } from '../../testing/extract-testdata.js';
import { extractArticle, resolveCorpus } from './index.js';
import { scoreExtraction } from './score.js';

describe.each(loadExtractTestSets().map((s) => [s.name, s] as const))('test articles: %s', (_name, set) => {
  const corpus = resolveCorpus(set.articles.map(extractArticle));
  const score = scoreExtraction(set.truth, corpus, new Map(set.articles.map((a) => [a.id, { id: a.id, body: a.body }])));

  it('finds every quote and nothing else', () => {
    expect(score.quotes.missed).toEqual([]);
    expect(score.quotes.falsePositives).toEqual([]);
  });

  it('names every speaker, by the canonical name', () => {
    expect(score.quotes.wrongSpeakers).toEqual([]);
    expect(score.quotes.speakerExact).toBe(1);
  });

  it('reports no scare quote', () => {
    expect(score.notQuotesReported).toEqual([]);
  });

  it('resolves the aliases of each entity into one, keeping distinct ones apart', () => {
    expect(score.entities.problems).toEqual([]);
  });

  it('finds every figure with its value and unit', () => {
    expect(score.figures.missed).toEqual([]);
  });

  it('marks partial quotes', () => {
    for (const t of set.truth.quotes.filter((q) => !q.optional)) {
      const q = corpus.quotes.find((x) => x.article === t.file && x.text.includes(t.contains));
      expect(q?.partial, t.contains).toBe(t.partial ?? false);
    }
  });

  it('frames sentences as the truth says', () => {
    for (const t of set.truth.attributions ?? []) {
      const a = corpus.attributions.find((x) => x.article === t.file && x.sentence.includes(t.contains));
      expect(a?.mode, t.contains).toBe(t.mode);
    }
  });
});
