// The five real seed articles, read and cleaned as the CLI does, extracted and resolved as a corpus,
// scored against the hand-made truth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds, loadTruth } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import { extractArticle, resolveCorpus } from './index.js';
import { scoreExtraction, type ExtractionTruth } from './score.js';

const noShared = skipWithoutShared();
const truth = (noShared ? { quotes: [], not_quotes: [], entities: [], figures: [] } : loadTruth()) as ExtractionTruth;
const articles = (noShared ? [] : loadSeeds()).map((s) => ({ ...cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0]), id: s.prefix }));
const extractions = articles.map(extractArticle);
const corpus = resolveCorpus(extractions);
const score = scoreExtraction(truth, corpus, new Map(articles.map((a) => [a.id, { id: a.id, body: a.body }])));

describe.skipIf(noShared)('extraction on the seeds', () => {
  it('finds the truth quotes (recall and precision >= 0.95)', () => {
    expect(score.quotes.missed).toEqual([]);
    expect(score.quotes.recall).toBeGreaterThanOrEqual(0.95);
    expect(score.quotes.precision, score.quotes.falsePositives.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('names the right speaker for >= 0.95 of matched quotes', () => {
    expect(score.quotes.speakerResolved, score.quotes.wrongSpeakers.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.quotes.speakerExact).toBeGreaterThanOrEqual(0.95);
  });

  it('reports no scare quote as a quote', () => {
    expect(score.notQuotesReported).toEqual([]);
  });

  it('resolves every truth entity’s aliases into one entity and merges no two', () => {
    expect(score.entities.problems).toEqual([]);
    expect(score.entities.resolved).toBe(score.entities.total);
  });

  it('finds every truth figure with its value', () => {
    expect(score.figures.missed).toEqual([]);
  });

  it('marks woven-in quotes as partial', () => {
    const partial = (file: string, text: string) =>
      corpus.quotes.find((q) => q.article === file && q.text.includes(text))?.partial;
    for (const t of truth.quotes.filter((q) => !q.optional)) {
      expect(partial(t.file, t.contains), t.contains).toBe(t.partial ?? false);
    }
  });

  it('keeps ids and order deterministic', () => {
    const again = resolveCorpus([...extractions].map((e) => extractArticle(articles.find((a) => a.id === e.article)!)));
    expect(again.entities.map((e) => e.id)).toEqual(corpus.entities.map((e) => e.id));
    expect(new Set(corpus.entities.map((e) => e.id)).size).toBe(corpus.entities.length);
  });

  it('frames sentences: hedged, disputed and attributed', () => {
    const mode = (file: string, text: string) =>
      corpus.attributions.find((a) => a.article === file && a.sentence.includes(text))?.mode;
    expect(mode('000', 'The group allegedly comprises')).toBe('hedged');
    expect(mode('002', 'has not yet responded')).toBe('disputed');
    expect(mode('003', 'Gerasimov estimated that there are')).toBe('attributed');
    expect(mode('002', 'IS is a terrorist organization banned in Russia.')).toBe('asserted');
  });
});
