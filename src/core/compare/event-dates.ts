// The dates a sentence mentions, resolved against its article's publication date. A month or
// weekday named without a year in reported news is the most recent one not after publication
// ("released in early March" in an April article is this March); the next one when its clause
// speaks of the future ("will reopen on Monday", "from October").
import * as chrono from 'chrono-node';
import { isDeadline, isPeriodEnd } from '../stories/index.js';
import type { IsoDate } from '../types.js';

/**
 * A date expression names a calendar point: a month, a weekday, a year, or yesterday / last week.
 * Durations ("the past six months"), "now" and vague futures ("next year") are not events.
 */
const EN_CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast (?:week|month)\b/i;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
const LOWER_MONTH_WORD = /\b(?:march|may|august)\b/;
/** "said on Monday", "was arrested on Friday": a past-tense verb right before the day points back. */
const PAST_BEFORE = /\b(?:said|told|\w+ed)\s+(?:on\s+|in\s+)?(?:last\s+)?$/i;
/** Day-precise dates this many days after publication are still reported ones (time zones, late updates). */
const GRACE_DAYS = 1;
const DAY_MS = 86_400_000;

/** Whole words in any script (JavaScript's \b knows only ASCII letters: "será", "à"). */
const words = (alternatives: string, tail = '') => new RegExp(`(?<!\\p{L})(?:${alternatives})${tail || '(?!\\p{L})'}`, 'iu');
/** After "from" and its like ("from March", "ab März"), with a part of the month between. */
const FROM_TAIL = '\\s*(?:(?:early|late|mid|Anfang|Ende|Mitte|début|fin|principios de|finales de)\\s+)?$';

/** Words that put a clause in the future, by language; "from" right before the date ("from March") too. */
const FUTURE: Record<string, { clause: RegExp; before: RegExp }> = {
  en: {
    clause: words("will|shall|won['’]t|\\w+['’]ll|is due to|are due to|is expected to|are expected to|is set to|are set to|plans? to|next|coming|upcoming"),
    before: words('from|starting|as of', FROM_TAIL),
  },
  de: { clause: words('wird|werden|wirst|soll|sollen|nächste[nmrs]?|kommende[nmrs]?'), before: words('ab', FROM_TAIL) },
  fr: { clause: words('sera|seront|va|vont|devra|devront|prochaine?s?'), before: words("à partir d[e']|dès", FROM_TAIL) },
  es: { clause: words('será|serán|va a|van a|deberá|deberán|próxim[oa]s?'), before: words('a partir de', FROM_TAIL) },
  pt: { clause: words('será|serão|vai|vão|deverá|deverão|próxim[oa]s?'), before: words('a partir de', FROM_TAIL) },
  it: { clause: words('sarà|saranno|dovrà|dovranno|prossim[oaie]'), before: words('a partire da', FROM_TAIL) },
  nl: { clause: words('zal|zullen|gaat|gaan|volgende|komende'), before: words('vanaf', FROM_TAIL) },
};
/** Clause edges: a date belongs to the clause between these (a comma, "since", "that" ...). */
const CLAUSE_EDGE = /[,;:()\u2013\u2014]|\s(?:since|after|before|because|that|when|while|seit|nachdem|dass|depuis|après|que|desde|después|dopo|sinds|nadat)\s/giu;

const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.casual, de: chrono.de.casual, fr: chrono.fr.casual, es: chrono.es.casual, pt: chrono.pt.casual,
  it: chrono.it.casual, nl: chrono.nl.casual, ru: chrono.ru.casual, uk: chrono.uk.casual, sv: chrono.sv.casual,
  fi: chrono.fi.casual, ja: chrono.ja.casual, zh: chrono.zh.casual,
};

interface Calendar {
  /** Cheap test for a sentence that may name a calendar point: most name none. */
  names(text: string): boolean;
  /** Month names (standalone and in a date, lower case) to their number. */
  months: Map<string, number>;
}
const calendars = new Map<string, Calendar>();

/** Month and weekday names of a language, from the platform's locale data. */
function calendarOf(language: string): Calendar {
  let cal = calendars.get(language);
  if (cal) return cal;
  const months = new Map<string, number>();
  const names: string[] = [];
  try {
    for (let m = 0; m < 12; m++) {
      const at = Date.UTC(2001, m, 15);
      for (const opts of [{ month: 'long' }, { day: 'numeric', month: 'long' }] as const) {
        const name = new Intl.DateTimeFormat(language, { ...opts, timeZone: 'UTC' }).formatToParts(at).find((p) => p.type === 'month')?.value;
        if (name && /\p{L}{3,}/u.test(name)) months.set(name.toLowerCase().replace(/\.$/, ''), m + 1);
      }
    }
    for (let d = 0; d < 7; d++) names.push(new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 0, 7 + d)));
  } catch {
    // An unknown language tag: English words only.
  }
  names.push(...months.keys());
  const words = names.map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const own = words.length ? new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu') : null;
  cal = { names: (t) => EN_CALENDAR.test(t) || YEAR.test(t) || !!own?.test(t), months: language === 'en' ? new Map() : months };
  calendars.set(language, cal);
  return cal;
}

/**
 * Dates a sentence mentions, in the article's language (English when unknown). Relative ones ("on
 * Wednesday", "in early March", "last month") need the article's date; without it only expressions
 * that name their year count. Times of day alone are no event.
 */
export function eventDates(text: string, ref: Date | null, language: string | null = null): IsoDate[] {
  const lang = language && PARSERS[language] ? language : 'en';
  const cal = calendarOf(language ?? 'en');
  if (!cal.names(text)) return [];
  const out = new Set<IsoDate>();
  const covered: [number, number][] = [];
  const parsers = lang === 'en' ? [PARSERS.en] : [PARSERS[lang], PARSERS.en];
  for (const parser of parsers) {
    for (const r of parser.parse(text, ref ? { instant: ref, timezone: 0 } : undefined)) {
      const c = r.start;
      if (!cal.names(r.text) || (!ref && !YEAR.test(r.text) && soleYear(text) === null)) continue;
      // English writes its months capitalised: "a march on the capital", "may resign" name none.
      if (parser === PARSERS.en && LOWER_MONTH_WORD.test(r.text) && !/\d/.test(r.text)) continue;
      if (covered.some(([a, b]) => r.index < b && r.index + r.text.length > a)) continue;
      covered.push([r.index, r.index + r.text.length]);
      const future = ref ? inFuture(text, r.index, r.index + r.text.length, language ?? 'en') : false;
      // "will stay closed until Friday": a deadline ahead is a day the events have not reached. In a
      // past clause the same words say when a state held ("were waiting by Friday morning"). The
      // end of a period or a term ("until 31 December", "son mandat s'achève le 31 décembre") is
      // never a happening.
      if ((future && isDeadline(text, r.index, language)) || isPeriodEnd(text, r.index)) continue;
      // A number read as a time of day ("remonte à 2010" as 20:10) names its year, not a day.
      if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('year')) {
        const stated = YEAR.exec(r.text);
        if (stated) out.add(stated[0]);
        continue;
      }
      // A year-less date takes its year from the article's date; without one, from the one year its
      // sentence states; without either it has none: never the year the machine runs in.
      const year = c.isCertain('year') ? c.get('year') : ref ? c.get('year') : soleYear(text);
      const month = c.get('month');
      if (!year || !month) continue;
      if (ref && c.isCertain('weekday') && !c.isCertain('day')) {
        out.add(weekdayNear(ref, c.get('weekday')!, future));
        continue;
      }
      const day = c.isCertain('day') ? c.get('day')! : null;
      const y = ref && !c.isCertain('year') && (c.isCertain('month') || day) ? yearNear(ref, month, day, future) : year;
      if (!ref && !c.isCertain('year') && !c.isCertain('month') && !day) continue;
      if (day) out.add(`${y}-${pad(month)}-${pad(day)}`);
      else if (c.isCertain('month')) out.add(`${y}-${pad(month)}`);
      else out.add(String(y));
    }
  }
  // A month named alone ("Anfang März", "début mars"), which a locale's parser may not read
  // (English months are chrono's own, and "may" is mostly no month).
  for (const [name, month] of cal.months) {
    const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (covered.some(([a, b]) => start < b && end > a)) continue;
      const future = ref ? inFuture(text, start, end, language ?? 'en') : false;
      if (future && isDeadline(text, start, language)) continue;
      const year = /^\s*((?:1[89]|20)\d{2})\b/.exec(text.slice(end))?.[1];
      if (year) out.add(`${year}-${pad(month)}`);
      else if (ref) out.add(`${yearNear(ref, month, null, future)}-${pad(month)}`);
    }
  }
  return [...out];
}

/** The one year a sentence states, when it states exactly one. */
function soleYear(text: string): number | null {
  const years = new Set(text.match(new RegExp(YEAR.source, 'g')) ?? []);
  return years.size === 1 ? +[...years][0] : null;
}

/** Whether the clause holding the expression at [start, end) speaks of the future. */
function inFuture(text: string, start: number, end: number, language: string): boolean {
  const words = FUTURE[language] ?? FUTURE.en;
  const before = text.slice(0, start);
  if (words.before.test(before)) return true;
  if (language === 'en' && PAST_BEFORE.test(before)) return false;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    if (m.index! + m[0].length <= start) from = m.index! + m[0].length;
    else if (m.index! >= end) {
      to = m.index!;
      break;
    }
  }
  return words.clause.test(text.slice(from, to));
}

/** The year of a month (and day) named without one: the latest not after `ref`, or the first not before it. */
function yearNear(ref: Date, month: number, day: number | null, future: boolean): number {
  const year = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  if (day === null) {
    if (future) return month < refMonth ? year + 1 : year;
    return month > refMonth ? year - 1 : year;
  }
  const at = Date.UTC(year, month - 1, day);
  if (future) return at < ref.getTime() - DAY_MS ? year + 1 : year;
  return at > ref.getTime() + GRACE_DAYS * DAY_MS ? year - 1 : year;
}

/** A weekday named without a date: the last one not after `ref`, or the next one after it. */
function weekdayNear(ref: Date, weekday: number, future: boolean): IsoDate {
  const now = ref.getUTCDay();
  const shift = future ? (weekday - now + 7) % 7 || 7 : -((now - weekday + 7) % 7);
  return new Date(ref.getTime() + shift * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
