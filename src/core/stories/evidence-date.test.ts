import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { evidencePeriod, monthsOutside } from './evidence-date.js';

const noShared = skipWithoutShared();

describe('evidencePeriod', () => {
  it.skipIf(noShared)('dates the undated Aleppo seed to 2016 from the length of the Syrian war', () => {
    const aleppo = loadSeeds().find((s) => s.prefix === '004')!;
    const found = evidencePeriod(aleppo.text)!;
    expect(found.period[0].startsWith('2016')).toBe(true);
    expect(found.period[1].startsWith('2016')).toBe(true);
    expect(found.evidence.some((e) => /five and a half years of war/.test(e.text))).toBe(true);
  });

  it.skipIf(noShared)('finds no period in the Dec-2017 seeds, which carry no such evidence', () => {
    for (const s of loadSeeds().filter((x) => x.prefix !== '004')) expect(evidencePeriod(s.text)).toBeNull();
  });

  // Our own sentences, one pattern each.
  it.each([
    ['Aid convoys reached Kharkiv, where three years of war in Ukraine have emptied whole districts.', ['2025-02', '2026-01']],
    ['Yemen’s ports reopened. Nearly ten years into the conflict, Houthi forces still hold Sanaa.', ['2024-03', '2024-09']],
    ['In Tigray, the war that began two and a half years ago has displaced millions.', ['2023-02', '2023-08']],
    ['Syrian refugees gathered as the start of the Syrian war, some 12 years ago, was remembered.', ['2023-03', '2024-02']],
  ])('reads elapsed war time: %s', (text, period) => {
    expect(evidencePeriod(text)?.period).toEqual(period);
  });

  it('reads offices held, but not former holders', () => {
    expect(evidencePeriod('The summit opened as President Barack Obama arrived in Hanoi.')?.period).toEqual(['2009-01', '2017-01']);
    expect(evidencePeriod('Former President Obama spoke at the library opening.')).toBeNull();
  });

  it('narrows elapsed time with an office held', () => {
    const text = 'Five years of war in Syria. Secretary-General Ban Ki-moon urged a ceasefire in Syria.';
    expect(evidencePeriod(text)?.period).toEqual(['2016-03', '2016-12']);
  });

  it('names no conflict when the text does not say which', () => {
    expect(evidencePeriod('After four years of war, the farmers returned to their fields.')).toBeNull();
  });

  it('measures months outside a period', () => {
    expect(monthsOutside('2017-12-27', ['2016-06', '2016-12'])).toBe(12);
    expect(monthsOutside('2016-09-01', ['2016-06', '2016-12'])).toBe(0);
  });
});
