// What can stand for a claim's origin: named people and organisations, and described sources
// specific enough to tell apart; one person under all the names the articles give them.
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../analyze.js';
import { compareStories } from './index.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import { isCommonNoun, isFragment, isSpecificDescription, samePerson } from './source-names.js';

describe('source names', () => {
  it('tells a sentence fragment from a name, in German and English', () => {
    expect(isFragment('Erst am Montag', 'de')).toBe(true);
    expect(isFragment('Noch in der Nacht', 'de')).toBe(true);
    expect(isFragment('Only the day before', 'en')).toBe(true);
    expect(isFragment('Bank of Carrow', 'en')).toBe(false);
    expect(isFragment('Hafenbehörde Carrow', 'de')).toBe(false);
  });

  it('takes a described source only when it says more than a common noun', () => {
    expect(isSpecificDescription('the firm', 'en')).toBe(false);
    expect(isSpecificDescription('the inquiry', 'en')).toBe(false);
    expect(isSpecificDescription('die Firma', 'de')).toBe(false);
    expect(isSpecificDescription("the harbour pilots' office", 'en')).toBe(true);
    expect(isSpecificDescription('die örtliche Feuerwehr', 'de')).toBe(true);
  });

  it('takes a capitalised word its article also writes in lower case for a common noun, except where nouns are capitalised', () => {
    expect(isCommonNoun('Harbour', 'Harbour staff left early. The harbour closed at noon.', 'en')).toBe(true);
    expect(isCommonNoun('Nordsund', 'Nordsund said the ferry was safe.', 'en')).toBe(false);
    expect(isCommonNoun('Authority', 'The Carrow Port Authority and the Pilots’ Authority met.', 'en', true)).toBe(true);
    expect(isCommonNoun('Nordsund', 'Shares in Nordsund fell after Ferry Nordsund sailed.', 'en', true)).toBe(false);
    expect(isCommonNoun('Nordsund', 'The Nordsund ferry sailed. Ferry Nordsund was late.', 'en', true)).toBe(false);
    expect(isCommonNoun('Feuerwehr', 'Die Feuerwehr kam. Feuerwehr und Polizei blieben.', 'de')).toBe(false);
  });

  it('folds the names of one person, title words before them left out', () => {
    const names = ['Ilse Marken', 'Marken', 'Präsidentin Marken', 'Bürgermeisterin Ilse Marken', 'Jonas Berg'];
    const key = samePerson(names, () => 'de');
    expect(new Set(names.slice(0, 4).map(key)).size).toBe(1);
    expect(key('Jonas Berg')).not.toBe(key('Ilse Marken'));
  });

  it('folds one person across scripts and case endings, and keeps other people apart', () => {
    const ru = ['Томас Хейл', 'Томаса Хейла', 'Томасу Хейлу', 'Томасом Хейлом', 'Даны Келлор', 'Анны Велмаровой'];
    const pl = ['Tomasz Halski', 'Tomasza Halskiego', 'Tomaszowi Halskiemu'];
    const uk = ['Томасові Хейлу'];
    const names = ['Thomas Hale', 'Dana Kellor', 'Anna Velmarova', 'Tomas Verhoek', ...ru, ...pl, ...uk];
    const lang = (n: string) => (ru.includes(n) ? 'ru' : pl.includes(n) ? 'pl' : uk.includes(n) ? 'uk' : 'en');
    const key = samePerson(names, lang);
    expect(new Set(['Thomas Hale', ...ru.slice(0, 4), ...uk].map(key)).size).toBe(1);
    expect(key('Даны Келлор')).toBe(key('Dana Kellor'));
    expect(key('Анны Велмаровой')).toBe(key('Anna Velmarova'));
    expect(new Set(pl.map(key)).size).toBe(1);
    // Another surname, or the same consonants in one script only, is another person.
    expect(key('Tomasz Halski')).not.toBe(key('Thomas Hale'));
    expect(key('Tomas Verhoek')).not.toBe(key('Thomas Hale'));
    expect(samePerson(['Thomas Hale', 'Thomas Hill'])('Thomas Hill')).toBe('Thomas Hill');
  });
});

describe('origins of a claim', () => {
  // One claim in four English and two German articles. The extraction credits it to what it took
  // for sources; here each article gets one of the kinds an extraction gets wrong on real news.
  const CLAIM_EN = 'The Nordsund Lines ferry to Skellan caught fire in its engine room on Tuesday, the captain said.';
  const CLAIM_DE = 'Die Fähre der Nordsund Lines nach Skellan geriet am Dienstag im Maschinenraum in Brand, sagte die Kapitänin.';
  const files: Record<string, string> = {
    'en-1.txt': `Ferry fire off Skellan\n\n${CLAIM_EN}\n\nPassengers were taken ashore by lifeboat.`,
    'en-2.txt': `Skellan ferry catches fire\n\n${CLAIM_EN}\n\nThe port stayed open.`,
    'en-3.txt': `Fire on Skellan ferry\n\n${CLAIM_EN}\n\nNobody in the harbour was hurt.`,
    'en-4.txt': `Engine fire on Nordsund ferry\n\n${CLAIM_EN}\n\nThe ferry was towed to Carrow.`,
    'de-1.txt': `Brand auf der Fähre nach Skellan\n\n${CLAIM_DE}\n\nNiemand wurde verletzt.`,
    'de-2.txt': `Fähre nach Skellan brennt\n\n${CLAIM_DE}\n\nDie Fähre wurde nach Carrow geschleppt.`,
  };
  const articles = Object.entries(files).flatMap(([name, text]) => readInput(name, new TextEncoder().encode(text)).docs.map(cleanDoc));
  const id = (prefix: string) => articles.find((a) => a.source.startsWith(prefix))!.id;

  it('are named sources, never a fragment or a bare noun, and one person once under their plain name', () => {
    const r = analyzeArticles(articles);
    const said: Record<string, string> = {
      [id('en-1')]: 'the firm',
      [id('en-2')]: 'Captain Marken',
      [id('en-3')]: 'Harbour',
      [id('en-4')]: 'Ilse Marken',
      [id('de-1')]: 'Noch am Abend',
      [id('de-2')]: 'Kapitänin Marken',
    };
    const first = new Map<string, number>();
    for (const a of r.attributions) first.set(a.article, Math.min(first.get(a.article) ?? Infinity, a.span[0]));
    const attributions = r.attributions.map((a) => (a.span[0] === first.get(a.article) ? { ...a, mode: 'attributed' as const, source: said[a.article] } : a));
    const named = (name: string, type: 'person' | 'organization') => ({ id: name, name, type, aliases: [], mentions: 1 });
    const entities = [
      ...r.entities,
      ...['Captain Marken', 'Ilse Marken', 'Kapitänin Marken', 'Noch am Abend'].map((n) => named(n, 'person')),
      named('Harbour', 'organization'),
    ];
    const compared = compareStories({ ...r, articles, extractions: [], entities, attributions });
    expect(r.stories).toHaveLength(1);
    const origins = compared.verdicts[0].origins;
    for (const bad of ['the firm', 'Harbour', 'Noch am Abend', 'Captain Marken', 'Kapitänin Marken']) expect(origins.map((o) => o.label)).not.toContain(bad);
    expect(origins.find((o) => o.label === 'Ilse Marken')?.articles.sort()).toEqual([id('de-2'), id('en-2'), id('en-4')].sort());
  });
});
