import { describe, expect, it } from 'vitest';
import { countsMatch, type FigureTruth, knownDisagreements, type OutputFigure, scoreFigures, scoreFlags } from './figures.js';

const truth: FigureTruth[] = [
  { id: 'r1', value: '40 crossings', counts: 'ferry crossings cancelled', number: 40 },
  { id: 'r1', value: '2,5 Millionen Euro', counts: 'repair cost', number: 2_500_000 },
  { id: 'r2', value: '6:40 a.m.', counts: 'departure time', number: null },
];
const perfect = new Map<string, OutputFigure[]>([
  ['r1', [{ value: 40, counts: 'crossings', text: '40 crossings' }, { value: 2_500_000, counts: 'Euro', text: '2,5 Millionen Euro' }]],
  ['r2', [{ value: 6.4, counts: 'departure', text: '6:40 a.m.' }]],
]);

describe('scoreFigures', () => {
  it('scores perfect output 1 and empty output 0', () => {
    expect(scoreFigures(truth, perfect)).toMatchObject({ valueRecall: 1, countsRecall: 1, missed: [] });
    expect(scoreFigures(truth, new Map())).toMatchObject({ valueRecall: 0, countsRecall: 0 });
  });

  it('finds the value in the right article only, and the counted thing separately', () => {
    const out = new Map<string, OutputFigure[]>([['r2', [{ value: 40, counts: 'crossings', text: '40' }]], ['r1', [{ value: 40, counts: 'ships', text: '40 ships' }]]]);
    const s = scoreFigures(truth, out);
    expect(s.valuesFound).toBe(1);
    expect(s.countsFound).toBe(0);
    expect(s.missed).toEqual([truth[1], truth[2]]);
  });
});

describe('countsMatch', () => {
  it('meets singular and plural, and words of the figure as written', () => {
    expect(countsMatch('crossing', truth[0])).toBe(true);
    expect(countsMatch('Millionen', truth[1])).toBe(true);
    expect(countsMatch(null, truth[0])).toBe(false);
    expect(countsMatch('passengers', truth[0])).toBe(false);
  });
});

describe('figure flags against known disagreements', () => {
  const story = (id: string) => (id === 'r9' ? 'other' : 'strike');
  const figures: FigureTruth[] = [
    { id: 'r1', value: '1,200 dockworkers', counts: 'dockworkers on strike', number: 1200 },
    { id: 'r2', value: '1.100 Hafenarbeiter', counts: 'dockworkers on strike (union figure)', number: 1100 },
    { id: 'r2', value: '45 ships', counts: 'ships waiting offshore', number: 45 },
    { id: 'r9', value: '900 dockworkers', counts: 'dockworkers on strike', number: 900 },
  ];
  const known = knownDisagreements(figures, story);

  it('knows two articles of one story giving one quantity differently, notes aside', () => {
    expect(known).toEqual([[figures[0], figures[1]]]);
  });

  it('judges flags whose two values are truth figures, and finds the known ones', () => {
    const s = scoreFlags(
      [
        { a: { id: 'r1', value: 1200 }, b: { id: 'r2', value: 1100 } },
        { a: { id: 'r1', value: 1200 }, b: { id: 'r2', value: 45 } },
        { a: { id: 'r1', value: 7 }, b: { id: 'r2', value: 8 } },
      ],
      figures,
      known,
    );
    expect(s).toMatchObject({ judged: 2, right: 1, precision: 0.5, known: 1, found: 1, recall: 1 });
    expect(s.wrong).toEqual([{ a: { id: 'r1', value: 1200 }, b: { id: 'r2', value: 45 } }]);
  });
});
