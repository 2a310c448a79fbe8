import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { ReportIndex } from '../../view/index.js';
import { filterSummaries, fold, StoryFilters, suggestFromSummary, textMatches } from './filters.js';

function filters() {
  const report = sampleReport();
  // A second story where the speaker goes by a transliterated first name and the outlet has a diacritic.
  report.articles.push({ id: 'd', source: 'in/d.txt', outlet: 'Gazeta Pólnocna', url: null, headline: 'Pier closed', published: '2031-05-01', language: 'pl', body: 'Pier closed.' });
  report.stories.push({ id: 's2', title: 'Pier closed', articles: ['d'], span: ['2031-05-01', '2031-05-01'], outlets: ['Gazeta Pólnocna'], entities: ['Ilze Vanaga'], threads: [{ id: 's2', title: 'Pier closed', articles: ['d'], span: ['2031-05-01', '2031-05-01'] }], why: [] });
  report.entities.push({ id: 'e2', name: 'Olexandr Brovko', type: 'person', aliases: ['Oleksandr Brovko', 'Brovko'], mentions: 5 });
  report.quotes.push({ id: 'qd', article: 'd', text: 'The pier stays shut', speaker: 'Oleksandr Brovko', partial: false, span: [0, 5] });
  return new StoryFilters(new ReportIndex(report));
}

describe('story filters', () => {
  it('folds case, diacritics and punctuation', () => {
    expect(fold('  Gazeta  PÓLNOCNA, ')).toBe('gazeta polnocna');
    expect(fold('Ðorđe Šarić')).toBe('dorde saric');
  });

  it('matches words by prefix in any position, and long words within one edit', () => {
    expect(textMatches('The Norrvik Courier', 'norrvik courier')).toBe(true);
    expect(textMatches('The Norrvik Courier', 'Courier')).toBe(true);
    expect(textMatches('The Norrvik Courier', 'Norr')).toBe(true);
    expect(textMatches('Olexandr Brovko', 'Oleksandr Brovko')).toBe(false); // two edits apart
    expect(textMatches('Sergej Brovko', 'Sergei Brovko')).toBe(true);
    expect(textMatches('The Norrvik Courier', 'Island')).toBe(false);
    expect(textMatches('Ana Lo', 'Anb')).toBe(false); // short words must match exactly (as prefixes)
  });

  it('finds stories by part of an outlet name, without its diacritics', () => {
    const f = filters();
    expect(f.stories({ outlet: 'courier' }).map((s) => s.id)).toEqual(['s1']);
    expect(f.stories({ outlet: 'gazeta polnocna' }).map((s) => s.id)).toEqual(['s2']);
    expect(f.stories({ outlet: 'Tidewater' })).toEqual([]);
  });

  it("finds a story through any of an entity's names, including its speakers", () => {
    const f = filters();
    expect(f.stories({ entity: 'Marken' }).map((s) => s.id)).toEqual(['s1']);
    // The story names the speaker "Oleksandr"; the query uses the entity's other spelling.
    expect(f.stories({ entity: 'Olexandr Brovko' }).map((s) => s.id)).toEqual(['s2']);
    expect(f.stories({ entity: 'Brovko', outlet: 'courier' })).toEqual([]);
  });

  it('suggests values best first, and says which other name matched', () => {
    const f = filters();
    expect(f.suggest('outlet', '', 10).map((s) => s.value)).toEqual(['Gazeta Pólnocna', 'Island Wire', 'Norrvik Courier']);
    expect(f.suggest('outlet', 'isl', 10)).toEqual([{ value: 'Island Wire', weight: 1 }]);
    expect(f.suggest('entity', 'oleksandr', 10)).toEqual([{ value: 'Olexandr Brovko', weight: 5, aliases: ['Oleksandr Brovko'] }]);
    expect(f.suggest('entity', '', 1).map((s) => s.value)).toEqual(['Olexandr Brovko']);
  });
});

describe('filters before the index has loaded', () => {
  const summaries = () => {
    const index = new ReportIndex(sampleReport());
    return index.storySummaries().map((s) => ({ ...s, entities: ['Marken'] }));
  };
  const names = [['Ilse Marken', 'Marken', 'harbour master Marken']];

  it("finds a story through another of an entity's names, from the stored name groups", () => {
    expect(filterSummaries(summaries(), { entity: 'Ilse Marken' }, names).map((s) => s.id)).toEqual(['s1']);
    expect(filterSummaries(summaries(), { entity: 'harbour master' }, names).map((s) => s.id)).toEqual(['s1']);
    // Without the name groups only the story's own words match.
    expect(filterSummaries(summaries(), { entity: 'Ilse Marken' })).toEqual([]);
    expect(filterSummaries(summaries(), { entity: 'Tidewater' }, names)).toEqual([]);
  });

  it('suggests an entity by its canonical name when an alias matched, and outlets by part', () => {
    expect(suggestFromSummary(summaries(), names, 'entity', 'harbour', 5)).toEqual([{ value: 'Ilse Marken', weight: 1, aliases: ['harbour master Marken'] }]);
    expect(suggestFromSummary(summaries(), names, 'outlet', 'norr', 5).map((s) => s.value)).toEqual(['Norrvik Courier']);
  });
});
