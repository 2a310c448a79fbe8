import { describe, expect, it } from 'vitest';
import { meanTokenScore, tokenScore } from './token-metric.js';

const gold = 'The Northshire council voted on Tuesday to close the old bridge. Dana Kellor said it would reopen in spring.';

describe('tokenScore', () => {
  it('is perfect for the gold text whatever its case, punctuation and line breaks', () => {
    expect(tokenScore(gold, gold.toUpperCase().replace(/\. /g, '\n\n'))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('loses precision for kept boilerplate and recall for a dropped sentence', () => {
    const s = tokenScore(gold, 'The Northshire council voted on Tuesday to close the old bridge. Subscribe to the Harbour Herald');
    // 16 words extracted; 11 of them gold ("the" and "to" count only as often as gold has them); 19 gold words.
    expect(s.precision).toBeCloseTo(11 / 16, 5);
    expect(s.recall).toBeCloseTo(11 / 19, 5);
  });

  it('counts a repeated word only as often as the gold text has it', () => {
    expect(tokenScore('bridge', 'bridge bridge').precision).toBe(0.5);
  });

  it('scores nothing extracted from a real article as 0', () => {
    expect(tokenScore(gold, '')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('meanTokenScore', () => {
  it('weighs every page the same', () => {
    expect(meanTokenScore([tokenScore(gold, gold), tokenScore(gold, '')]).f1).toBe(0.5);
  });
});
