import { describe, expect, it } from 'vitest';
import { inFuture } from './future.js';

const at = (text: string, date: string, language: string) => {
  const start = text.indexOf(date);
  return inFuture(text, start, start + date.length, language);
};

describe('whether the clause of a date speaks of the future', () => {
  it('reads auxiliaries and the endings of a synthetic future', () => {
    expect(at('Tomas Verhoek will hand over the keys on 14 August.', '14 August', 'en')).toBe(true);
    expect(at('Verhoek said he would leave the harbour office on 14 August.', '14 August', 'en')).toBe(true);
    expect(at('Verhoek would have left the harbour office on 14 August.', '14 August', 'en')).toBe(false);
    expect(at('Verhoek abandonará el puerto el 14 de agosto.', '14 de agosto', 'es')).toBe(true);
    expect(at('Verhoek deixará o porto em 14 de agosto.', '14 de agosto', 'pt')).toBe(true);
    expect(at('Verhoek lascerà il porto il 14 agosto.', '14 agosto', 'it')).toBe(true);
    expect(at('Verhoek cédera la capitainerie le 14 août.', '14 août', 'fr')).toBe(true);
    expect(at('Le portrait de Verhoek a été dévoilé le 14 août.', '14 août', 'fr')).toBe(false);
  });

  it('reads "next", "prochain" and their like beside the date only: elsewhere in the clause they qualify another noun', () => {
    expect(at('Verhoek leaves the harbour office next Thursday, 14 August.', '14 August', 'en')).toBe(true);
    expect(at('Verhoek cède la capitainerie le 14 août prochain.', '14 août', 'fr')).toBe(true);
    expect(at('Verhoek entered the harbour office on 14 August to collect papers for his upcoming wedding in Kessa.', '14 August', 'en')).toBe(false);
  });

  it('keeps to the sentence of the date, and takes a weekday set off by commas as part of the date', () => {
    expect(at('Verhoek will speak later. He left the harbour office on 14 August.', '14 August', 'en')).toBe(false);
    expect(at('Verhoek teilte mit, dass er am Donnerstag, den 14. August, das Hafenamt abgeben werde.', '14. August', 'de')).toBe(true);
    expect(at('Verhoek sagte am Donnerstag, den 14. August, er habe das Hafenamt abgegeben.', '14. August', 'de')).toBe(false);
  });
});
