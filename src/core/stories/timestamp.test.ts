import { describe, expect, it } from 'vitest';
import { article } from '../../testing/invented-event.js';
import { articleTime, dayNumber } from './article-time.js';
import { clusterStories } from './index.js';
import { openingTimestamp } from './timestamp.js';

const day = (iso: string) => dayNumber(iso);

describe('the day an undated page prints under its headline', () => {
  it('is read from a date with its year and its own weekday or a time of day', () => {
    const en = 'Ferry runs aground off Northshire\n\nThe Harbour Herald reports forty passengers were taken off.\n\nFriday, 14th March 2031, 10:19 am\nUpdated Friday, 14th March 2031, 11:23 am\n\nCoastguard chief Dana Kellor said the ferry struck a sandbank.';
    expect(openingTimestamp(en, 'en')).toBe(day('2031-03-14'));
    const it = 'Traghetto incagliato al largo di Northshire\n14 marzo 2031, ore 08:20, agg. alle 09:10\n\nQuaranta passeggeri sono stati evacuati, ha detto Dana Kellor.';
    expect(openingTimestamp(it, 'it')).toBe(day('2031-03-14'));
  });

  it('is not a background date, a weekday the date does not fall on, nor a date deep in the text', () => {
    // The event recalled by a report seventeen months later: a date with its year, no weekday, no hour.
    const recalled = 'Tomas Verhoek was sentenced on Thursday for the Northshire ferry fire of 14 March 2031, in which eleven people died.';
    expect(openingTimestamp(recalled, 'en')).toBeNull();
    // 14 March 2031 is a Friday, not a Monday: not the page's own stamp.
    expect(openingTimestamp('Ferry inquiry opens\nMonday, 14 March 2031\n\nThe inquiry into the ferry fire opened.', 'en')).toBeNull();
    // A year the parser supplies ("the day after Tuesday's") is no date the page states.
    expect(openingTimestamp('Crews searched the day after Tuesday’s fire in Northshire harbour.', 'en')).toBeNull();
    const deep = `${'The harbour stayed closed for days. '.repeat(30)}\nFriday, 14th March 2031, 10:19 am`;
    expect(openingTimestamp(deep, 'en')).toBeNull();
  });

  it('places an undated report on that day, and a dated one on its date', () => {
    const undated = article('u1', 'en', null, 'Ferry runs aground off Northshire', 'Friday, 14th March 2031, 10:19 am\n\nForty passengers were taken off, coastguard chief Dana Kellor said.');
    expect(articleTime(undated)).toEqual([day('2031-03-14'), day('2031-03-14')]);
    const dated = article('d1', 'en', '2032-08-27', 'Ferry captain sentenced', 'Friday, 14th March 2031, 10:19 am\n\nTomas Verhoek was sentenced for the ferry fire.');
    expect(articleTime(dated)).toEqual([day('2032-08-27'), day('2032-08-27')]);
  });
});

describe('an event report and a follow-up seventeen months later', () => {
  it('stay apart when the event report prints its own day, though its words are the follow-up\'s', () => {
    const sentenced = (id: string, body: string) => article(id, 'en', '2032-08-27', 'Northshire ferry captain Tomas Verhoek sentenced to life', body);
    const s1 = sentenced('s1', 'Ferry captain Tomas Verhoek was sentenced to life in prison in the Northshire High Court over the ferry fire that killed eleven passengers off Northshire harbour.\n\nCoastguard chief Dana Kellor said the passengers were trapped on the car deck when the fire spread.');
    const s2 = sentenced('s2', 'Tomas Verhoek, the captain of the ferry that burned off Northshire harbour killing eleven passengers, was sentenced to life in prison.\n\nCoastguard chief Dana Kellor told the court the passengers were trapped on the car deck.');
    const fire = article('e1', 'en', null, 'Eleven killed as ferry burns off Northshire harbour', 'Eleven passengers were killed when a ferry burned off Northshire harbour, coastguard chief Dana Kellor said.\n\nFriday, 14th March 2031, 10:19 am\n\nThe passengers were trapped on the car deck as the fire spread, Kellor said, and the captain, Tomas Verhoek, was taken to hospital.');
    const sets = clusterStories([s1, s2, fire]).map((s) => s.articles.map((a) => a.slice(0, 2)).sort().join(',')).sort();
    expect(sets).toEqual(['e1', 's1,s2']);
  });
});

describe('the month a page is known to be of, without its day', () => {
  it('is the period its events fall in: a report of March does not join a story of July on its words', () => {
    const release = (id: string, body: string) => article(id, 'en', '2031-07-07', 'Stranded Northshire ferry freed after settlement', body);
    const r1 = release('r1', 'The ferry Harbour Queen, stranded on the Northshire sandbank, was freed after its owner settled with the port, harbour master Dana Kellor said. Tugs from Verhoek Towage pulled it clear.');
    const r2 = release('r2', 'Harbour master Dana Kellor said the ferry Harbour Queen left the Northshire sandbank after the settlement. Tugs from Verhoek Towage pulled the ferry clear.');
    const march = { ...article('m1', 'en', null, 'Ferry Harbour Queen stranded on Northshire sandbank', 'The ferry Harbour Queen ran onto the Northshire sandbank and is stranded, harbour master Dana Kellor said. Tugs from Verhoek Towage are trying to pull it clear.'), published_month: '2031-03' };
    expect(articleTime(march)).toEqual([day('2031-03-01'), day('2031-03-31')]);
    const sets = clusterStories([r1, r2, march]).map((s) => s.articles.map((a) => a.slice(0, 2)).sort().join(',')).sort();
    expect(sets).toEqual(['m1', 'r1,r2']);
  });
});
