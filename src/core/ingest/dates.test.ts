import { describe, expect, it } from 'vitest';
import { dateFromUrl, datelineDate, leadDateline, leadingDateToken } from './dates.js';

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
  ])('%s -> %s', (line, date) => {
    expect(datelineDate(line)?.date).toBe(date);
  });

  it('tells labelled and "updated" lines apart', () => {
    expect(datelineDate('Published: March 3, 2030')).toMatchObject({ labelled: true, updated: false });
    expect(datelineDate('Updated 22 May 2031')).toMatchObject({ labelled: true, updated: true });
    expect(datelineDate('25 Dec, 2017 11:06')).toMatchObject({ labelled: false, updated: false });
  });

  it('knows an all-numeric date line whose day and month could be swapped, but gives no date', () => {
    expect(datelineDate('04/05/2031')).toEqual({ date: null, labelled: false, updated: false });
    expect(datelineDate('Published 12/05/2031')).toEqual({ date: null, labelled: true, updated: false });
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
    expect(leadingDateToken('date 2031-07-09 The city said')).toEqual({ date: '2031-07-09', rest: 'The city said' });
    expect(leadingDateToken('Published: 2031-07-09T08:30 Text')).toEqual({ date: '2031-07-09T08:30', rest: 'Text' });
  });

  it('needs the label and a valid date at the very start', () => {
    expect(leadingDateToken('2031-07-09 The city said')).toBeNull();
    expect(leadingDateToken('The date 2031-07-09 was set')).toBeNull();
    expect(leadingDateToken('date 2031-13-09 x')).toBeNull();
  });
});

describe('leadDateline', () => {
  it.each([
    ['KESTREL BAY, March 3, 2031 (Wire Service) - Dockworkers voted on Thursday.', '2031-03-03'],
    ['March 3, 2031 — The council met.', '2031-03-03'],
    ['Port Ellis, 3 Mar 2031 | The board met.', '2031-03-03'],
  ])('%s -> %s', (lead, date) => expect(leadDateline(lead)).toBe(date));

  it.each([
    'KESTREL BAY (Wire Service) - Dockworkers voted on March 3, 2031.',
    'On March 3, 2031, the council met - and voted.',
    'The council met on Tuesday - its third meeting since March 3, 2031.',
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

  it.each(['https://host.example/2031/04/pier', 'https://host.example/story/546937', 'https://host.example/a?date=2031/04/02', 'https://20310402.example/x'])(
    'finds no whole date in %s',
    (url) => {
      expect(dateFromUrl(url)).toBeNull();
    },
  );
});
