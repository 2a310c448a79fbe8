import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { storyFeatures } from './features.js';
import { opensInPastPerfect } from './retelling.js';

describe('an opening told in the past perfect', () => {
  it('is read in several languages', () => {
    expect(opensInPastPerfect('Velikov hatte den Aufstand angeführt und seine Kämpfer nach Kelport geschickt.', 'de')).toBe(true);
    expect(opensInPastPerfect('Velikov had led the revolt and sent his fighters towards Kelport.', 'en')).toBe(true);
    expect(opensInPastPerfect('El ferry Solvik había chocado contra el muelle de Kelport.', 'es')).toBe(true);
    expect(opensInPastPerfect('Le ferry Solvik avait heurté le quai de Kelport.', 'fr')).toBe(true);
    expect(opensInPastPerfect('Il traghetto Solvik aveva urtato il molo di Kelport.', 'it')).toBe(true);
    expect(opensInPastPerfect('O ferry Solvik tinha batido no cais de Kelport.', 'pt')).toBe(true);
  });

  it('is not the present perfect or the simple past of news of the day', () => {
    expect(opensInPastPerfect('Velikov hat den Aufstand abgebrochen, teilte der Kreml mit.', 'de')).toBe(false);
    expect(opensInPastPerfect('Velikov led his fighters towards Kelport on Saturday.', 'en')).toBe(false);
    expect(opensInPastPerfect('El ferry Solvik chocó el martes contra el muelle de Kelport.', 'es')).toBe(false);
    expect(opensInPastPerfect('Le ferry Solvik a heurté mardi le quai de Kelport.', 'fr')).toBe(false);
    // A language without a reading here.
    expect(opensInPastPerfect('Prom Solvik uderzył we wtorek w nabrzeże.', 'pl')).toBe(false);
  });
});

describe('a report looking back on its events', () => {
  const report = (body: string, month: string | null, published: string | null = null): Article => ({
    id: 'x'.padEnd(24, '0'),
    source: 'x.txt',
    outlet: null,
    url: null,
    headline: null,
    published,
    published_month: month,
    language: 'de',
    body,
    original: body,
  });
  const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

  it('keeps the first day of its own time when it opens in the past perfect', () => {
    const body = 'Velikov hatte den Aufstand angeführt und seine Kämpfer nach Kelport geschickt. Nun traf er den Präsidenten.';
    expect(storyFeatures(report(body, '2031-07')).own?.looksBack).toBe(day('2031-07-01'));
    // Without a time of its own, or dated, nothing says when it looks back from.
    expect(storyFeatures(report(body, null)).own?.looksBack).toBeUndefined();
    expect(storyFeatures(report(body, null, '2031-07-04')).own?.looksBack).toBeUndefined();
    expect(storyFeatures(report('Velikov hat den Aufstand abgebrochen, teilte der Kreml mit.', '2031-07')).own?.looksBack).toBeUndefined();
  });
});
