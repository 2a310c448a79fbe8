import { describe, expect, it } from 'vitest';
import type { Row } from '../_realworld.js';
import { scoreDirections, truthDirection } from './direction.js';

const row = (id: string, notes: string, copy_of = ''): Row => ({ id, url: '', outlet: '', language: 'en', published: '', story: '', thread: '', copy_of, copy_kind: copy_of ? 'edited' : '', notes });

describe('truthDirection', () => {
  it('reads notes saying both carry one wire or source text as a common source', () => {
    const rep = row('x1', 'Coastline Wire text (credited); date in the address');
    expect(truthDirection(row('x2', 'lightly edited, own lead added', 'x1'), rep)).toBe('common source');
    expect(truthDirection(row('x3', 'same story as x1 via the Harbour Herald', 'x1'), row('x1', 'own reporting'))).toBe('common source');
    const republished = row('x4', 'republishes the Northshire Courier article with a new headline', 'x1');
    expect(truthDirection(republished, { ...row('x1', ''), outlet: 'Valley Radio' })).toBe('common source');
    // Unless the source it names is the original's own outlet.
    expect(truthDirection(republished, { ...row('x1', ''), outlet: 'Northshire Courier' })).toBe('copy of copy_of');
  });

  it('reads a plain copy of its copy_of as a copy', () => {
    expect(truthDirection(row('x2', 'scraped without credit, trailing comment form', 'x1'), row('x1', 'own reporting by Dana Kellor'))).toBe('copy of copy_of');
  });
});

describe('scoreDirections', () => {
  it('credits a common source only where truth is one, and counts any direction there as wrong', () => {
    const s = scoreDirections([
      { pair: ['a', 'b'], truth: 'common source', stated: { statement: 'common source' } },
      { pair: ['c', 'd'], truth: 'common source', stated: { statement: 'direction', source: 'c' } },
      { pair: ['e', 'f'], truth: 'copy of copy_of', stated: { statement: 'direction', source: 'e' } },
      { pair: ['g', 'h'], truth: 'copy of copy_of', stated: { statement: 'direction', source: 'h' } },
      { pair: ['i', 'j'], truth: 'copy of copy_of', stated: { statement: 'common source' } },
      { pair: ['k', 'l'], truth: 'common source', stated: { statement: 'undetermined' } },
    ]);
    expect(s).toMatchObject({ right: 2, wrong: 2, commonSource: 2, undetermined: 1, truth: { 'copy of copy_of': 3, 'common source': 3 } });
    expect(s.wrongPairs).toEqual(['d<-c (truth: both carry one source)', 'g<-h (truth: the other way)']);
  });
});
