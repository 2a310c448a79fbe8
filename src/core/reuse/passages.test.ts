// Partial reuse: a few shared sentences inside otherwise different articles are found through the
// winnowed fingerprints, and the chance-overlap test tells copying from the one sentence that
// independent reports of an event share.
import { describe, expect, it } from 'vitest';
import { FORMULA_HOLDERS, selectCandidates } from './candidates.ts';
import type { Article } from '../types.ts';
import { comparePair, detectReuse } from './index.ts';
import { MARK_BASE } from './minhash.ts';
import { article, dockStrike } from './testdata.ts';
import { tokenize } from './tokens.ts';

/** Two wire paragraphs about a ferry accident, copied into other outlets' own reporting. */
const wireOne =
  'The ferry Morgenrot ran aground on a sandbank off the island of Tessel shortly after midnight, and coastguard boats took all two hundred passengers to the mainland by dawn without serious injury.';
const wireTwo =
  'Investigators from the maritime safety board boarded the vessel on Tuesday afternoon and began reading the bridge recorder, which should show whether the crew had switched off the depth alarm before the grounding.';

const ownA = [
  'Families waiting at the harbour of Brack spent a cold night on the quay as news of the accident spread through the small town.',
  wireOne,
  'The shipping line has run the crossing for forty years and its chief executive apologised on local radio for the delay in informing relatives.',
  'Fishermen said the channel had silted up over the winter and that the buoys marking it had not been moved since the autumn storms.',
  wireTwo,
  'Tourism officials fear that bookings for the summer season, already weak after a wet spring, will fall further if the route stays closed.',
].join('\n\n');

const ownB = [
  'A second ferry operator offered free seats to stranded travellers on Wednesday as the island council met to discuss the closed route.',
  'The island depends on the crossing for fresh food, post and the daily commute of about three hundred workers to the mainland.',
  wireOne,
  'Council members demanded that the harbour master explain why dredging work planned for January had been postponed twice.',
  wireTwo,
  'A hearing into the grounding is expected before the end of the month, the council said in a statement posted outside the town hall.',
].join('\n\n');

/** The one fact every report of the accident states, in the same words. */
const sharedFact = 'The ferry Morgenrot ran aground on a sandbank off the island of Tessel shortly after midnight on Monday.';

const independentA = [
  'Relatives gathered at the harbour of Brack overnight waiting for news.',
  sharedFact,
  'A spokeswoman for the shipping line said the company would pay for hotel rooms on the mainland until the route reopened.',
  'Divers inspected the hull at first light and found a long gash below the waterline on the starboard side.',
].join('\n\n');

const independentB = [
  'Weather on the coast had been calm all evening, according to the national forecasting service.',
  sharedFact,
  'Local fishermen have complained for years that the channel buoys are placed too far apart for large vessels.',
  'The regional governor cut short a visit abroad and is expected on the island on Thursday.',
].join('\n\n');

describe('partial reuse', () => {
  it('finds two wire paragraphs pasted into otherwise different articles', () => {
    const [r, ...rest] = detectReuse([article('a', ownA), article('b', ownB)]);
    expect(rest).toEqual([]);
    expect(r.kind).toBe('partial reuse');
    expect(r.passages.map((p) => p.text)).toEqual([wireOne, wireTwo]);
  });

  it('one sentence two independent reports share is chance, not copying', () => {
    expect(detectReuse([article('a', independentA), article('b', independentB)])).toEqual([]);
  });

  it('a short brief made of one sentence of a longer report is a copy of it, when aligned', () => {
    // One sentence gives too few fingerprints to be sure of a candidate; the verdict is what is tested.
    const brief = ['Ferry aground off Tessel.', sharedFact, 'Nobody was hurt.'].join('\n\n');
    const prepared = (a: Article) => ({ article: a, tokens: tokenize(a.body) });
    const r = comparePair(prepared(article('a', independentA)), prepared(article('brief', brief)));
    expect(r).toMatchObject({ kind: 'republication' });
  });

  it('a passage longer than a sentence is reuse on its own', () => {
    const longer = `${wireOne} ${wireTwo}`;
    const [a0, , a2, a3, , a5] = ownA.split('\n\n');
    const [b0, b1, , b3, , b5] = ownB.split('\n\n');
    const a = [a0, longer, a2, a3, a5].join('\n\n');
    const b = [b0, b1, longer, b3, b5].join('\n\n');
    const [r] = detectReuse([article('a', a), article('b', b)]);
    expect(r.kind).toBe('partial reuse');
    expect(r.passages).toHaveLength(1);
  });

  it('shares of quoted speech do not count towards the passages', () => {
    const quoted = (s: string) => `“${s.replace(/\.$/, ',')}” the captain said.`;
    const a = [ownA.split('\n\n')[0], quoted(wireOne), ownA.split('\n\n')[2], dockStrike].join('\n\n');
    const b = [ownB.split('\n\n')[0], quoted(wireOne), ownB.split('\n\n')[3]].join('\n\n');
    expect(detectReuse([article('a', a), article('b', b)]).filter((r) => r.kind !== 'shared quote only')).toEqual([]);
  });
});

describe('selectCandidates', () => {
  const mark = (n: number) => MARK_BASE + n;
  const holdersFrom = (table: Map<number, number[]>) => (key: number, into: number[]) => {
    const list = table.get(key) ?? [];
    into.push(...list);
    return list.length;
  };

  it('names every holder of a band key, and holders of two fingerprints only', () => {
    const table = new Map([
      [7, [5]],
      [mark(1), [1, 2]],
      [mark(2), [2, 3]],
      [mark(3), [3]],
    ]);
    // 1 shares one fingerprint (a chance 6-word run); 2 and 3 share two; 5 shares a band key.
    expect(selectCandidates([7, mark(1), mark(2), mark(3)], holdersFrom(table))).toEqual([2, 3, 5]);
  });

  it('a fingerprint many earlier articles hold is a formula and names nobody', () => {
    const many = Array.from({ length: FORMULA_HOLDERS }, (_, i) => i);
    const table = new Map([
      [mark(1), many],
      [mark(2), many],
      [mark(3), [0, 9]],
      [mark(4), [9]],
    ]);
    expect(selectCandidates([mark(1), mark(2), mark(3), mark(4)], holdersFrom(table))).toEqual([9]);
  });
});
