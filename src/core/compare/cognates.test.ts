// Which words carry over into another language: cognates that begin alike, names across scripts,
// numbers as written in any locale; and words that merely share letters do not.
import { describe, expect, it } from 'vitest';
import { cognateOverlap, crossWords } from './cognates.js';

const shared = (a: string, b: string): number => cognateOverlap(crossWords(a), crossWords(b)).shared;

describe('cognates', () => {
  it('matches words that begin alike across languages, a name across scripts, and a number', () => {
    expect(shared('réparées', 'repaired')).toBe(1);
    expect(shared('salaire', 'salary')).toBe(1);
    expect(shared('tolererar', 'tolerate')).toBe(1);
    expect(shared('volontairement', 'voluntary')).toBe(1);
    expect(shared('Бржезинский', 'Brzezinski')).toBe(1);
    expect(shared('1.500 Arbeiter', '1,500 workers')).toBe(1);
  });

  it('does not match words that only share some letters, or short function words', () => {
    expect(shared('violent', 'voluntary')).toBe(0);
    expect(shared('murder', 'mörda')).toBe(0);
    expect(shared('les des and the', 'les des and the')).toBe(0);
    expect(shared('15', '150')).toBe(0);
  });

  it('counts each word of the other text once', () => {
    expect(cognateOverlap(crossWords('terminal terminals'), crossWords('terminal'))).toEqual({ shared: 1, dice: 2 / 3 });
  });
});
