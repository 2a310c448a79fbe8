import { describe, expect, it } from 'vitest';
import { article } from '../../testing/invented-event.js';
import { leadOf } from './article-time.js';

describe('the opening sentence that titles a thread without a headline', () => {
  it('is not cut at an ordinal day before its month, nor at an abbreviation', () => {
    const sl = article('sl1', 'sl', null, '', 'Sarnovsk, 13. marca - Guverner Ilja Voroncov je danes zanikal obtožbe. Preiskava se nadaljuje.');
    expect(leadOf(sl)).toBe('Sarnovsk, 13. marca - Guverner Ilja Voroncov je danes zanikal obtožbe.');
    const de = article('de2', 'de', null, '', 'Sarnowsk, 3. Dezember – Gouverneur Woronzow bestreitet die Vorwürfe. Die Ermittlungen laufen.');
    expect(leadOf(de)).toBe('Sarnowsk, 3. Dezember – Gouverneur Woronzow bestreitet die Vorwürfe.');
    const en = article('en9', 'en', null, '', 'Gov. Ilya Vorontsov denied the charges on Tuesday. The inquiry goes on.');
    expect(leadOf(en)).toBe('Gov. Ilya Vorontsov denied the charges on Tuesday.');
  });
});
