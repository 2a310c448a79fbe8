// Capitalised words that are no names: month and weekday names ("March", "Friday", "Marzo" in a
// title-cased headline line, "Freitag"), and the titles and ranks before a name ("Judge",
// "Minister"). Every report of a day names its month and weekday, and every court report a judge:
// two reports sharing them are no more about one event than any two reports of that month, so they
// never count as names two stories share (in any language the word lists or the platform's locale
// data know).
import { lexiconFor } from '../extract/lang/index.js';
import { weekdayNames } from '../ingest/date-parse.js';

// The languages with word lists, and others the platform's locale data name months and weekdays for.
const LANGUAGES = ['en', 'ar', 'da', 'de', 'es', 'fr', 'it', 'nl', 'pt', 'ru', 'sv', 'sl', 'tr', 'pl', 'cs', 'uk', 'ro', 'hu', 'fi', 'no', 'el'];

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

let words: Set<string> | null = null;

function build(): Set<string> {
  const out = new Set<string>();
  const add = (w: string) => {
    for (const part of w.split(/[\s-]+/)) if (part.length >= 3) out.add(fold(part.replace(/\.$/, '')));
  };
  for (const language of LANGUAGES) {
    const lex = lexiconFor(language);
    for (const list of [lex.months, lex.weekdays, lex.titles, weekdayNames(language)]) for (const w of list) add(w);
    try {
      for (const format of [{ month: 'long' }, { month: 'short' }] as const) {
        const f = new Intl.DateTimeFormat(language, { ...format, timeZone: 'UTC' });
        // Months of 2024 from January. Standalone and in-date forms differ in some languages
        // ("март" and "марта"): both come from formatting a whole date.
        for (let i = 0; i < 12; i++) {
          const date = new Date(Date.UTC(2024, i, 15));
          add(f.format(date));
          add(new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date).replace(/\d+\.?/g, ''));
        }
      }
    } catch {
      // A language the platform has no locale data for: its word lists alone.
    }
  }
  return out;
}

/** Whether a capitalised word is a month or weekday name or a title word, in any language known. */
export function isCalendarOrTitle(word: string): boolean {
  words ??= build();
  return words.has(fold(word));
}
