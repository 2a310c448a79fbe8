import { describe, expect, it } from 'vitest';
import { yearlessDates } from './stated-dates.js';
import { ownTime } from './yearless.js';

const roles = (text: string, language: string) => yearlessDates(text, language).map((d) => `${d.month}-${d.day} ${d.role}`);

describe('what the words around a year-less date say of it', () => {
  it('tells a deadline from the day of the events', () => {
    expect(roles('The court extended his custody until 17 June, his lawyer Dara Venn said.', 'en')).toEqual(['6-17 deadline']);
    expect(roles('Sa garde à vue est prolongée jusqu’au 17 juin.', 'fr')).toEqual(['6-17 deadline']);
    expect(roles('Ministers want an answer by the end of Friday, 19 May, she said.', 'en')).toEqual(['5-19 deadline']);
  });

  it('reads a date of last year as one, in several languages', () => {
    expect(roles('Two Ostland tugs crossed the line on 3 October last year, the border service recalled.', 'en')).toEqual(['10-3 last year']);
    expect(roles('Два буксира Остланда 3 октября прошлого года пересекли границу.', 'ru')).toEqual(['10-3 last year']);
    expect(roles('Los remolcadores cruzaron la línea el 3 de octubre del año pasado.', 'es')).toEqual(['10-3 last year']);
    expect(roles('A year ago, on 3 October, the plant closed.', 'en')).toEqual(['10-3 last year']);
  });

  it('takes a weekday, a time of day or a dateline as the day of the news', () => {
    expect(roles('La fondation a signé la convention ce vendredi 12 mai.', 'fr')).toEqual(['5-12 news day']);
    expect(roles('Корабль вышел из порта утром 29 августа и направился к проливу.', 'ru')).toEqual(['8-29 news day']);
    expect(roles('The minister resigned on Friday (May 12), aides said.', 'en')).toEqual(['5-12 news day']);
    expect(roles('ВЕЛЬСК, 8 фев — Агентство Север. Три буксира задержаны.', 'ru')).toEqual(['2-8 news day']);
  });

  it('leaves any other date a recent one', () => {
    expect(roles('The tug has been held since May 17, when it was boarded.', 'en')).toEqual(['5-17 recent']);
    expect(roles('Son exil le 17 mai dernier a tout changé.', 'fr')).toEqual(['5-17 recent']);
  });
});

describe('an undated article’s own time', () => {
  it('takes its latest date, leaving deadlines and last year’s dates out', () => {
    expect(ownTime('Held since 2 May, he stays in custody until 17 June.', 'en')).toEqual({ day: 121, news: false, lastYear: null });
    expect(ownTime('On the morning of 29 August the ship left port. Two tugs were seized on 3 October last year.', 'en')).toEqual({
      day: 240,
      news: true,
      lastYear: 275,
    });
    expect(ownTime('No date here at all.', 'en')).toBeNull();
  });
});
