import { describe, expect, it } from 'vitest';
import { datesWithYear, yearlessDates } from './stated-dates.js';
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

  it('takes a date in a clause that speaks of the future as planned, wherever else the article names that day', () => {
    expect(roles('Tomas Verhoek said he will hand over the harbour office on Thursday 14 August.', 'en')).toEqual(['8-14 planned']);
    expect(roles('Verhoek to quit harbour post on 14 August\n\nVerhoek told staff he would hand over the keys on 14 August.', 'en')).toEqual(['8-14 planned', '8-14 planned']);
    expect(roles('El alcalde de Velmar abandonará el puerto el próximo 14 de agosto.', 'es')).toEqual(['8-14 planned']);
    expect(roles("M. Verhoek a fait savoir qu'il céderait la capitainerie le 14 août.", 'fr')).toEqual(['8-14 planned']);
    expect(roles('Verhoek cédera la capitainerie le 14 août.', 'fr')).toEqual(['8-14 planned']);
    expect(roles('Verhoek teilte mit, dass er am Donnerstag, den 14. August, das Hafenamt abgeben werde.', 'de')).toEqual(['8-14 planned']);
    // Told in the past, the same day is the day of the events.
    expect(roles('Verhoek handed over the harbour office on Thursday 14 August.', 'en')).toEqual(['8-14 news day']);
    expect(roles('Verhoek a cédé la capitainerie le 14 août.', 'fr')).toEqual(['8-14 recent']);
    expect(roles('Le retrait des grues a commencé le 14 août.', 'fr')).toEqual(['8-14 recent']);
  });

  it('leaves any other date a recent one', () => {
    expect(roles('The tug has been held since May 17, when it was boarded.', 'en')).toEqual(['5-17 recent']);
  });

  it('reads the first of January after "since" as the start of a count over the year, in several languages', () => {
    expect(roles('Selon les derniers chiffres, 4.120 feux ont été répertoriés depuis le 1er janvier.', 'fr')).toEqual(['1-1 year start']);
    expect(roles('Desde el 1 de enero se han registrado 4.120 incendios en Velmar.', 'es')).toEqual(['1-1 year start']);
    expect(roles('Seit dem 1. Januar zählte die Behörde 4120 Brände.', 'de')).toEqual(['1-1 year start']);
    expect(roles('Some 4,120 fires have been counted since January 1.', 'en')).toEqual(['1-1 year start']);
    // Another day after "since" is a recent one.
    expect(roles('The tug has been held since 2 May.', 'en')).toEqual(['5-2 recent']);
  });

  it('reads a date marked as gone by as a past day, in several languages', () => {
    expect(roles('Son exil le 17 mai dernier a tout changé.', 'fr')).toEqual(['5-17 past']);
    expect(roles('Los buzos recuperaron el pasado 4 de octubre los restos del ferry Solvik.', 'es')).toEqual(['10-4 past']);
    expect(roles('Il 26 marzo scorso il traghetto Solvik ha urtato il molo di Kelport.', 'it')).toEqual(['3-26 past']);
    expect(roles('O ferry Solvik afundou no passado dia 4 de outubro.', 'pt')).toEqual(['10-4 past']);
    // A date of last year stays one.
    expect(roles('Los buzos lo vieron el 4 de octubre del año pasado.', 'es')).toEqual(['10-4 last year']);
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

describe('dates a text states with their year', () => {
  const day = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
  it('reads days and months with their year, in several languages', () => {
    expect(datesWithYear('El ferry Solvik se hundió en junio de 2031 frente a Kelport. En agosto de 2032, la familia de un pasajero presentó una demanda.', 'es')).toEqual([
      [day('2031-06-01'), day('2031-06-30')],
      [day('2032-08-01'), day('2032-08-31')],
    ]);
    expect(datesWithYear('Die Fähre Solvik sank am 18. Juni 2031 vor Kelport.', 'de')).toEqual([[day('2031-06-18'), day('2031-06-18')]]);
    expect(datesWithYear('The Solvik ferry sank on June 18, 2031, and its owner was charged in March 2032.', 'en')).toEqual([
      [day('2031-06-18'), day('2031-06-18')],
      [day('2032-03-01'), day('2032-03-31')],
    ]);
  });

  it('leaves out plans and deadlines: days the events have not reached', () => {
    expect(datesWithYear('La audiencia está prevista para marzo de 2033.', 'es')).toEqual([]);
    expect(datesWithYear('The port stays closed until June 2033, and a hearing is scheduled for 4 July 2033.', 'en')).toEqual([]);
  });
});
