import { describe, expect, it } from 'vitest';
import { foldText, type OutputQuote, type QuoteTruth, scoreQuotes, scoreSameStatement, speakerMatches } from './quotes.js';

const truth: QuoteTruth[] = [
  { id: 'r1', contains: 'we will not sail until', speaker: 'Ilse Marken' },
  { id: 'r1', contains: 'the plates are sound', speaker: 'unnamed inspector' },
  { id: 'r2', contains: 'nous ne partirons pas', speaker: 'Ilse Marken' },
];
const perfect = new Map<string, OutputQuote[]>([
  ['r1', [{ id: 'q1', text: '“We will not   sail until every plate is checked”', speaker: 'Ilse Marken' }, { id: 'q2', text: 'The plates are sound', speaker: null }]],
  ['r2', [{ id: 'q3', text: '« Nous ne partirons pas »', speaker: 'Marken' }]],
]);

describe('scoreQuotes', () => {
  it('scores perfect output 1 and empty output 0', () => {
    expect(scoreQuotes(truth, perfect)).toMatchObject({ recall: 1, speakerAccuracy: 1, unmatched: [] });
    expect(scoreQuotes(truth, new Map())).toMatchObject({ recall: 0, speakerAccuracy: 0, found: 0 });
  });

  it('lists output quotes that hold no truth quote, and wrong speakers', () => {
    const out = new Map<string, OutputQuote[]>([['r1', [{ id: 'q1', text: 'we will not sail until Friday', speaker: 'Tom Reed' }, { id: 'q9', text: 'Ferries are late again', speaker: null }]]]);
    const s = scoreQuotes(truth, out);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.speakerAccuracy).toBe(0);
    expect(s.unmatched.map((u) => u.quote.id)).toEqual(['q9']);
    expect(s.wrongSpeakers).toEqual([{ truth: truth[0], got: 'Tom Reed' }]);
  });
});

describe('speakerMatches', () => {
  it('accepts the name folded, or the surname; an anonymous source only as nobody', () => {
    expect(speakerMatches('ILSE MÁRKEN', 'Ilse Marken')).toBe(true);
    expect(speakerMatches('Ms Marken', 'Ilse Marken')).toBe(true);
    expect(speakerMatches('Ilse', 'Ilse Marken')).toBe(false);
    expect(speakerMatches(null, 'Ilse Marken')).toBe(false);
    expect(speakerMatches(null, 'unnamed harbour official')).toBe(true);
    expect(speakerMatches('Ilse Marken', 'unnamed harbour official')).toBe(false);
    expect(speakerMatches('Norrvik Port Authority', 'unnamed official, Norrvik Port Authority')).toBe(true);
    expect(speakerMatches('Ilse Marken', 'unnamed official, Norrvik Port Authority')).toBe(false);
  });

  it('compares names across scripts and romanisations through the name folding, unless asked for letters', () => {
    expect(speakerMatches('Валерий Герасимов', 'Valery Gerasimov')).toBe(true);
    expect(speakerMatches('Gerassimow', 'Valery Gerasimov')).toBe(true);
    expect(speakerMatches('Валерий Герасимов', 'Valery Gerasimov', 'literal')).toBe(false);
    expect(speakerMatches('Сергей Шойгу', 'Valery Gerasimov')).toBe(false);
    expect(speakerMatches('Gerasimova', 'Valery Gerasimov')).toBe(false);
    expect(speakerMatches('Yevgueni Prigozhin', 'Evgheni Prigojin')).toBe(true);
    expect(speakerMatches('Prigoschin', 'Evgheni Prigojin')).toBe(true);
    expect(speakerMatches('Prigozhin', 'Evgheni Prigojin', 'literal')).toBe(false);
    // In a script that writes the surname otherwise (vowels left out, a vowel for an r): its consonants.
    expect(speakerMatches('Дональд Трамп', 'Donald Trump')).toBe(true);
    expect(speakerMatches('فلاديمير كاتين', 'Vladimir Katin')).toBe(true);
    expect(speakerMatches('マクロン', 'Emmanuel Macron')).toBe(true);
    expect(speakerMatches('فلاديمير كاتين', 'Vladimir Morin')).toBe(false);
    // A regnal number or a generational suffix is no surname.
    expect(speakerMatches('Charles', 'Charles III')).toBe(true);
    expect(speakerMatches('Frank Holding', 'Frank Holding Jr.')).toBe(true);
    expect(speakerMatches('Camilla', 'Charles III')).toBe(false);
  });

  it('folds quote marks, dashes, case and whitespace', () => {
    expect(foldText('“It’s  over” — she said')).toBe(`"it's over" - she said`);
  });
});

describe('scoreSameStatement', () => {
  const groups = [
    [{ id: 'r1', contains: 'we will not sail until' }, { id: 'r2', contains: 'nous ne partirons pas' }],
    [{ id: 'r1', contains: 'the plates are sound' }],
  ];
  it('scores one output group per truth group 1, no groups 0', () => {
    expect(scoreSameStatement(groups, perfect, [{ quotes: ['q1', 'q3'] }, { quotes: ['q2'] }])).toMatchObject({ precision: 1, recall: 1 });
    expect(scoreSameStatement(groups, perfect, [])).toMatchObject({ precision: 0, recall: 0 });
  });

  it('counts a group that lumps two statements against precision', () => {
    const s = scoreSameStatement(groups, perfect, [{ quotes: ['q1', 'q3', 'q2'] }]);
    expect(s).toMatchObject({ recall: 1, predictedPairs: 3, hits: 1 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.grouping.precision).toBeCloseTo(1 / 3);
  });

  it('scores the grouping apart from the quotes the extraction missed or joined', () => {
    const three = [...groups, [{ id: 'r2', contains: 'sail until every plate' }, { id: 'r1', contains: 'every plate is checked' }]];
    // r1's one quote holds two statements; r2 gives the second in its own quote, which was not found.
    const joined = new Map<string, OutputQuote[]>([...perfect, ['r2', [{ id: 'q3', text: '« Nous ne partirons pas »', speaker: 'Marken' }]]]);
    const s = scoreSameStatement(three, joined, [{ quotes: ['q1', 'q3'] }, { quotes: ['q2'] }]);
    expect(s).toMatchObject({ truePairs: 2, hits: 1, recall: 0.5 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.grouping).toMatchObject({ truePairs: 1, recall: 1, precision: 1 });
    // Why: r2's second statement is not a quote; r1's quote holds two statements.
    expect(s.misses.map((m) => [m.kind, m.a.id, m.b.id, m.why])).toEqual([
      ['missed', 'r2', 'r1', 'not found as a quote: r2'],
      ['false', 'r1', 'r1', 'one statement of one quote holds both'],
      ['false', 'r2', 'r1', 'one group holds both'],
    ]);
  });

  it('places an item in the statement of its quote that a group takes as a part', () => {
    const three = [...groups, [{ id: 'r1', contains: 'every plate is checked' }, { id: 'r2', contains: 'chaque tôle' }]];
    const out = new Map<string, OutputQuote[]>([
      ['r1', [{ id: 'q1', text: 'We will not sail until Friday. Every plate is checked twice.', speaker: 'Ilse Marken' }, { id: 'q2', text: 'The plates are sound', speaker: null }]],
      ['r2', [{ id: 'q3', text: '« Nous ne partirons pas »', speaker: 'Marken' }, { id: 'q4', text: 'chaque tôle est vérifiée', speaker: 'Marken' }]],
    ]);
    const parted = [{ quotes: ['q1', 'q3'], parts: { q1: [0, 29] as [number, number] } }, { quotes: ['q1', 'q4'], parts: { q1: [30, 60] as [number, number] } }];
    expect(scoreSameStatement(three, out, parted)).toMatchObject({ truePairs: 2, hits: 2, precision: 1, recall: 1 });
    // Without the parts, the passage is one statement: all four items are one group.
    expect(scoreSameStatement(three, out, [{ quotes: ['q1', 'q3', 'q4'] }])).toMatchObject({ hits: 2, predictedPairs: 6 });
  });
});
