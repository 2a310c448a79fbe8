import { describe, expect, it } from 'vitest';
import { yearlessDates } from './stated-dates.js';
import { ownTime } from './yearless.js';

const roles = (text: string, language: string) => yearlessDates(text, language).map((d) => `${d.month}-${d.day} ${d.role}`);

describe('what the words around a year-less date say of it', () => {
  it('tells a deadline from the day of the events', () => {
    expect(roles('The court extended his custody until 14 April, his lawyer Dara Venn said.', 'en')).toEqual(['4-14 deadline']);
    expect(roles('Sa garde à vue est prolongée jusqu’au 11 janvier.', 'fr')).toEqual(['1-11 deadline']);
    expect(roles('Ministers want an answer by the end of Tuesday, 13 March, she said.', 'en')).toEqual(['3-13 deadline']);
  });

  it('reads a date of last year as one, in several languages', () => {
    expect(roles('Two Ostland tugs crossed the line on 25 November last year, the border service recalled.', 'en')).toEqual(['11-25 last year']);
    expect(roles('Два буксира Остланда 25 ноября прошлого года пересекли границу.', 'ru')).toEqual(['11-25 last year']);
    expect(roles('Los remolcadores cruzaron la línea el 25 de noviembre del año pasado.', 'es')).toEqual(['11-25 last year']);
    expect(roles('A year ago, on 3 March, the plant closed.', 'en')).toEqual(['3-3 last year']);
  });

  it('takes a weekday, a time of day or a dateline as the day of the news', () => {
    expect(roles('La fondation a signé la convention ce mardi 24 septembre.', 'fr')).toEqual(['9-24 news day']);
    expect(roles('Корабль вышел из порта утром 9 декабря и направился к проливу.', 'ru')).toEqual(['12-9 news day']);
    expect(roles('The minister resigned on Thursday (April 4), aides said.', 'en')).toEqual(['4-4 news day']);
    expect(roles('ВЕЛЬСК, 26 ноя — Агентство Север. Три буксира задержаны.', 'ru')).toEqual(['11-26 news day']);
  });

  it('leaves any other date a recent one', () => {
    expect(roles('The tug has been held since March 4, when it was boarded.', 'en')).toEqual(['3-4 recent']);
    expect(roles('Son exil le 6 novembre dernier a tout changé.', 'fr')).toEqual(['11-6 recent']);
  });
});

describe('an undated article’s own time', () => {
  it('takes its latest date, leaving deadlines and last year’s dates out', () => {
    expect(ownTime('Held since 2 March, he stays in custody until 14 April.', 'en')).toEqual({ day: 60, news: false, lastYear: null });
    expect(ownTime('On the morning of 9 December the ship left port. Two tugs were seized on 25 November last year.', 'en')).toEqual({
      day: 342,
      news: true,
      lastYear: 328,
    });
    expect(ownTime('No date here at all.', 'en')).toBeNull();
  });
});
