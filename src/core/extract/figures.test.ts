import { describe, expect, it } from 'vitest';
import { extractArticle } from './index.js';

const figures = (body: string) =>
  extractArticle({ id: 't', source: 't', outlet: null, url: null, headline: null, published: null, language: null, body, original: body }).figures.map(
    (f) => [f.value, f.unit, f.counts, f.place],
  );

describe('figures', () => {
  it('reads numbers in digits and words with their qualifiers', () => {
    expect(figures('More than half a million people fled and some 11 million were displaced.')).toEqual([
      [500000, null, 'people', null],
      [11000000, null, null, null],
    ]);
    expect(figures('The war has lasted five and a half years; two dozen towns and 1,200 homes burned.')).toEqual([
      [5.5, 'years', null, null],
      [24, null, 'towns', null],
      [1200, null, 'homes', null],
    ]);
  });

  it('normalises units and currencies', () => {
    expect(figures('The camp lies 20 kilometers away; the plan costs $3.5 billion, or 40 percent of the budget, over six months.')).toEqual([
      [20, 'km', null, null],
      [3500000000, 'USD', null, null],
      [40, '%', null, null],
      [6, 'months', null, null],
    ]);
  });

  it('finds what is counted, inherits it for "others", and the place when stated', () => {
    expect(figures('Officials counted around 300 of these fighters in Dunmore Province and 200 others in Kessel Province.')).toEqual([
      [300, null, 'fighters', 'Dunmore Province'],
      [200, null, 'fighters', 'Kessel Province'],
    ]);
  });

  it('skips dates, years, times and ordinals but keeps year-like counts', () => {
    expect(figures('On May 23, 2017, at 11:06, the 12th convoy left. In 2019 it returned with 1850 families.')).toEqual([
      [1850, null, 'families', null],
    ]);
  });
});
