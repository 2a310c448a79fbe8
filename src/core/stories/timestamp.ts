// The day an undated page states for itself at its top: "Friday, 15th March 2019, 10:19 am",
// "15 marzo 2019, ore 08:20". A page that lost its date in the crawl often still prints it under
// the headline, with its year and a weekday or a time of day, as no background date is written
// ("the attack of 15 March 2019" names no hour, and a weekday beside it is rare). So such a date in
// the opening is the day of the report's news: a report that tells an event of March and one of a
// sentencing seventeen months later are told apart by it even when neither has a byline date.
import { datesIn } from '../ingest/date-parse.js';

// The top of the page: headline, standfirst and the lines under them.
const OPENING_CHARS = 700;
// A time of day right after the date ("10:19 am", ", ore 08:20", "à 10h30", "| 12:56").
const TIME_AFTER = /^[\s,|·•–—-]*(?:\p{L}{1,3}\.?\s+)?\d{1,2}[:h.]\d{2}(?!\d)/u;

/** The day (day number) the opening of an undated text dates itself to, or null. */
export function openingTimestamp(text: string, language: string | null | undefined): number | null {
  const opening = text.slice(0, OPENING_CHARS);
  for (const d of datesIn(opening, { language })) {
    if (d.year === null) continue;
    const written = opening.slice(d.index, d.end);
    // The year as written, not one the parser supplied ("the day after Tuesday's").
    if (!written.includes(String(d.year))) continue;
    const day = Date.UTC(d.year, d.month - 1, d.day);
    // A weekday that is the date's own in the calendar, or a time of day: a timestamp.
    const weekday = d.weekday && weekdayOf(written, language) === new Date(day).getUTCDay();
    const time = /\d{1,2}:\d{2}/.test(written.slice(written.indexOf(String(d.year)) + 4)) || TIME_AFTER.test(opening.slice(d.end, d.end + 20));
    if (weekday || time) return Math.floor(day / 86_400_000);
  }
  return null;
}

const weekdayNames = new Map<string, string[][]>();

/** The weekday (0: Sunday) the text names, from the platform's locale data for the language and English. */
function weekdayOf(written: string, language: string | null | undefined): number | null {
  const lower = written.toLowerCase();
  for (const lang of new Set([language ?? 'en', 'en'])) {
    let names = weekdayNames.get(lang);
    if (!names) {
      names = [];
      try {
        const long = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
        const short = new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' });
        // 7 January 2024 was a Sunday.
        for (let i = 0; i < 7; i++) {
          const date = new Date(Date.UTC(2024, 0, 7 + i));
          names.push([long.format(date).toLowerCase(), short.format(date).toLowerCase().replace(/\.$/, '')]);
        }
      } catch {
        // An unknown language tag: English names only.
      }
      weekdayNames.set(lang, names);
    }
    for (let i = 0; i < names.length; i++) if (names[i].some((n) => n.length >= 3 && new RegExp(`(?<!\\p{L})${n}(?!\\p{L})`, 'u').test(lower))) return i;
  }
  return null;
}
