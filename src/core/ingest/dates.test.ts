import { describe, expect, it } from 'vitest';
import { dayOrderOf } from './date-parse.js';
import { completeYear, dateFromUrl, datelineDate, leadDateline, leadingDateToken, monthFromUrl } from './dates.js';

describe('datelineDate', () => {
  it.each([
    ['25 Dec, 2017 11:06', '2017-12-25T11:06'],
    ['3 Feb, 2031 17:20', '2031-02-03T17:20'],
    ['Published: March 3, 2030', '2030-03-03'],
    ['Dec 24, 2029 | 11:06 GMT', '2029-12-24T11:06'],
    ['Monday 4 December 2028 08.15 GMT', '2028-12-04T08:15'],
    ['Posted on 2031-01-15', '2031-01-15'],
    ['Last updated on 25.12.2027 at 14:00', '2027-12-25T14:00'],
    ['13/05/2031', '2031-05-13'],
    ['11:06, 25 December 2027', '2027-12-25T11:06'],
    ['Dec. 24, 2027, 11:06 a.m. ET', '2027-12-24T11:06'],
    ['Published time: 25 Dec, 2027 11:06', '2027-12-25T11:06'],
    ['December 23, 2027 / 4:32 PM / Updated 2 hours ago', '2027-12-23T16:32'],
    ['Publication date: 2027-12-22', '2027-12-22'],
    ['Sun, 12/19/2027 - 09:20', '2027-12-19T09:20'],
    // ISO 8601 timestamps: the clock as written, the zone and seconds dropped.
    ['2031-06-10T14:05:00Z', '2031-06-10T14:05'],
    ['Published: 2031-06-10T14:05+02:00', '2031-06-10T14:05'],
    ['2031-06-10T09:30:12.345-05:00', '2031-06-10T09:30'],
    ['2031-06-10T00:00:00Z', '2031-06-10'],
    ['2031-06-10 14:05', '2031-06-10T14:05'],
    // Dotted numeric dates are day-first wherever they are written.
    ['10.06.2031', '2031-06-10'],
    ['Veröffentlicht am 4.5.2031, 18:20 Uhr', '2031-05-04T18:20'],
  ])('%s -> %s', (line, date) => {
    expect(datelineDate(line)?.date).toBe(date);
  });

  it('tells labelled and "updated" lines apart', () => {
    expect(datelineDate('Published: March 3, 2030')).toMatchObject({ labelled: true, updated: false });
    expect(datelineDate('Updated 22 May 2031')).toMatchObject({ labelled: true, updated: true });
    expect(datelineDate('25 Dec, 2017 11:06')).toMatchObject({ labelled: false, updated: false });
  });

  it('reads a dotted date day-first even where slashed ones are month-first', () => {
    expect(datelineDate('10.06.2031', { order: 'mdy' })?.date).toBe('2031-06-10');
    // A second part above 12 is still evidence of month first.
    expect(datelineDate('06.13.2031')?.date).toBe('2031-06-13');
    expect(datelineDate('2031-06-10T14:05:00Zulu')).toBeNull();
  });

  it('knows an all-numeric date line whose day and month could be swapped, but gives no date', () => {
    expect(datelineDate('04/05/2031')).toEqual({ date: null, labelled: false, updated: false, ambiguous: '04/05/2031' });
    expect(datelineDate('Published 12/05/2031')).toEqual({ date: null, labelled: true, updated: false, ambiguous: '12/05/2031' });
  });

  it('reads the order from the text around it or its language', () => {
    expect(datelineDate('04/05/2031', { order: 'dmy' })?.date).toBe('2031-05-04');
    expect(datelineDate('04/05/2031', { order: 'mdy' })?.date).toBe('2031-04-05');
    expect(dayOrderOf('12/03/2031 17:11 GMT | Updated 13/03/2031 08:56 GMT')).toBe('dmy');
    expect(dayOrderOf('Posted 03/12/2031, updated 03/14/2031')).toBe('mdy');
    expect(dayOrderOf('03/04/2031', 'es')).toBe('dmy');
    expect(dayOrderOf('03/04/2031', 'en')).toBeNull();
  });

  it.each([
    ['Kellstadt, 9. Dezember 2031', '2031-12-09'],
    ['27/11/2031 01:57 | Actualizado a 27/11/2031 19:20', '2031-11-27T01:57'],
    ['Publié le 21/11/2031 à 18h05', '2031-11-21T18:05'],
    ['mardi 21 novembre 2031', '2031-11-21'],
    ['Publicado el martes 21 de noviembre de 2031', '2031-11-21'],
    ['Actualizado: 3 de marzo de 2031', '2031-03-03'],
    ['26 ноября 2031, 14:30', '2031-11-26T14:30'],
    ['Veröffentlicht am 25.11.2031 um 14:30 Uhr', '2031-11-25T14:30'],
    ['13 marzo 2031', '2031-03-13'],
    ['7 oktober 2031', '2031-10-07'],
    ['21 de novembro de 2031', '2031-11-21'],
  ])('in the languages of the news: %s -> %s', (line, date) => {
    expect(datelineDate(line)?.date).toBe(date);
  });

  it('marks an update line in another language as an update', () => {
    expect(datelineDate('Actualizado: 3 de marzo de 2031')).toMatchObject({ updated: true });
    expect(datelineDate('Mis à jour le 4 mars 2031')).toMatchObject({ updated: true });
  });

  it('keeps a dateline without a year for the caller, only with a place before it, and the agency after', () => {
    expect(datelineDate('VELDENBURG, 18 dec — Wirepost.')).toMatchObject({ date: null, yearless: { month: 12, day: 18 }, agency: 'Wirepost' });
    expect(datelineDate('18 dec')).toBeNull();
  });

  it.each([
    ['a sentence with a date', 'This photo, taken on May 23, 2029, shows the border crossing.'],
    ['an event in the text', 'On December 16, the centre released a statement.'],
    ['a date without a year', 'Dec 25 11:06'],
    ['a weekday only', 'on Wednesday'],
    ['an impossible day', 'February 30, 2031'],
    ['a count, not a date', 'Page 2 of 2031'],
    ['a date range', '29 November 2030 | 20 January 2031'],
    ['a date range in one expression', 'March 3 - March 5, 2031'],
  ])('rejects %s', (_why, line) => {
    expect(datelineDate(line)).toBeNull();
  });
});

describe('leadingDateToken', () => {
  it('takes a machine date opening the text and returns the rest', () => {
    expect(leadingDateToken('date 2031-07-09 The city said')).toEqual({ date: '2031-07-09', month: '2031-07', rest: 'The city said' });
    expect(leadingDateToken('Published: 2031-07-09T08:30 Text')).toEqual({ date: '2031-07-09T08:30', month: '2031-07', rest: 'Text' });
  });

  it('takes a month-only token as the month, never as a headline word', () => {
    expect(leadingDateToken('date 2031-12 Mayor resigns after vote')).toEqual({ date: null, month: '2031-12', rest: 'Mayor resigns after vote' });
  });

  it('needs the label and a valid date at the very start', () => {
    expect(leadingDateToken('2031-07-09 The city said')).toBeNull();
    expect(leadingDateToken('The date 2031-07-09 was set')).toBeNull();
    expect(leadingDateToken('date 2031-13-09 x')).toBeNull();
  });
});

describe('leadDateline', () => {
  it.each([
    ['KESTREL BAY, March 3, 2031 (Wire Service) - Dockworkers voted on Thursday.', '2031-03-03', 'Wire Service'],
    ['March 3, 2031 — The council met.', '2031-03-03', null],
    ['Port Ellis, 3 Mar 2031 | The board met.', '2031-03-03', null],
    ['NORTH QUAY, NB / HARBOURWIRE / April 8, 2031 / Two ferry firms announced a merger.', '2031-04-08', 'HARBOURWIRE'],
    ['Kellstadt, 9. Dezember 2031 – Die Fähre fährt wieder.', '2031-12-09', null],
    ['KESTREL BAY (Wire Service) - Dockworkers voted on March 3, 2031.', null, 'Wire Service'],
    ['Ciudad de Norrvik 15/07/2031.- El ferry volvió a navegar.', '2031-07-15', null],
    ['NORRVIK, 26 мар 2031 — Вайрпост. Паром снова вышел в море.', '2031-03-26', 'Вайрпост'],
  ])('%s -> %s, credit %s', (lead, date, agency) => expect(leadDateline(lead)).toMatchObject({ date, agency }));

  it('keeps a year-less lead dateline for context to complete', () => {
    expect(leadDateline('VELDENBURG, Jan. 3 (Wirepost) -- The ferry ran again.')).toMatchObject({ date: null, yearless: { month: 1, day: 3 }, agency: 'Wirepost' });
    expect(completeYear({ year: null, month: 1, day: 3, hour: null, minute: null }, '2031-01')).toBe('2031-01-03');
    expect(completeYear({ year: null, month: 12, day: 30, hour: null, minute: null }, '2031-01')).toBe('2030-12-30');
  });

  it.each([
    'On March 3, 2031, the council met - and voted.',
    'The council met on Tuesday - its third meeting since March 3, 2031.',
    'TOKYO: Prosecutors met on Tuesday.',
    'Norrvik.- El ferry volvió a navegar el 15/07/2031.',
  ])('finds none in: %s', (lead) => expect(leadDateline(lead)).toBeNull());
});

describe('dateFromUrl', () => {
  it.each([
    ['https://host.example/Detail/2029/12/27/546937/Some-Title', '2029-12-27'],
    ['https://host.example/news/2031/6/2/flood-barrier', '2031-06-02'],
    ['https://host.example/2031-04-02/pier.html', '2031-04-02'],
    ['https://host.example/archive/20310402/pier', '2031-04-02'],
  ])('%s -> %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it('gives the month a path states without a day', () => {
    expect(monthFromUrl('https://host.example/2031/04/pier-reopens/')).toBe('2031-04');
    expect(monthFromUrl('https://host.example/story/546937')).toBeNull();
  });

  it.each(['https://host.example/2031/04/pier', 'https://host.example/story/546937', 'https://host.example/a?date=2031/04/02', 'https://20310402.example/x'])(
    'finds no whole date in %s',
    (url) => {
      expect(dateFromUrl(url)).toBeNull();
    },
  );
});
