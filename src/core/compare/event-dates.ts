// The dates a sentence mentions, resolved against its article's publication date. A month or
// weekday named without a year in reported news is the most recent one not after publication
// ("released in early March" in an April article is this March); the next one when its clause
// speaks of the future ("will reopen on Monday", "from October"). An undated article's day and
// month take the year nearest its story's dated span; a weekday written with them picks the year
// the day falls on that weekday.
import * as chrono from 'chrono-node';
import { inFuture, isDeadline, isPeriodEnd } from '../stories/index.js';
import type { IsoDate } from '../types.js';

/**
 * A date expression names a calendar point: a month, a weekday, a year, or yesterday / last week.
 * Durations ("the past six months"), "now" and vague futures ("next year") are not events.
 */
const EN_CALENDAR =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast (?:week|month)\b/i;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
const LOWER_MONTH_WORD = /\b(?:march|may|august)\b/;
/** Day-precise dates this many days after publication are still reported ones (time zones, late updates). */
const GRACE_DAYS = 1;
const DAY_MS = 86_400_000;

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
  /** The language writes its months in lower case (French "avril"): a capitalised one inside a sentence is a name ("Avril Kellor"). */
  lowerMonths: boolean;
}
const calendars = new Map<string, Calendar>();

/** Month and weekday names of a language, from the platform's locale data. */
function calendarOf(language: string): Calendar {
  let cal = calendars.get(language);
  if (cal) return cal;
  const months = new Map<string, number>();
  const names: string[] = [];
  let lowerMonths = false;
  try {
    for (let m = 0; m < 12; m++) {
      const at = Date.UTC(2001, m, 15);
      for (const opts of [{ month: 'long' }, { day: 'numeric', month: 'long' }] as const) {
        const name = new Intl.DateTimeFormat(language, { ...opts, timeZone: 'UTC' }).formatToParts(at).find((p) => p.type === 'month')?.value;
        if (name && /\p{L}{3,}/u.test(name)) months.set(name.toLowerCase().replace(/\.$/, ''), m + 1);
        if (name && m === 3) lowerMonths = name === name.toLowerCase();
      }
    }
    for (let d = 0; d < 7; d++) names.push(new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2001, 0, 7 + d)));
  } catch {
    // An unknown language tag: English words only.
  }
  names.push(...months.keys());
  const words = names.map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const own = words.length ? new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'iu') : null;
  cal = { names: (t) => EN_CALENDAR.test(t) || YEAR.test(t) || !!own?.test(t), months: language === 'en' ? new Map() : months, lowerMonths };
  calendars.set(language, cal);
  return cal;
}

/** The dated span of an article's story ([first, last] publication day), for an article without a date of its own. */
export type StorySpan = readonly [IsoDate | null, IsoDate | null] | null;

/**
 * Dates a sentence mentions, in the article's language (English when unknown). Relative ones ("on
 * Wednesday", "in early March", "last month") need the article's date; without it a day and month
 * take the year nearest the story's span, and otherwise only expressions that name their year
 * count. Times of day alone are no event.
 */
export function eventDates(text: string, ref: Date | null, language: string | null = null, span: StorySpan = null): IsoDate[] {
  const lang = language && PARSERS[language] ? language : 'en';
  const cal = calendarOf(language ?? 'en');
  if (!cal.names(text)) return [];
  const out = new Set<IsoDate>();
  const covered: [number, number][] = [];
  const parsers = lang === 'en' ? [PARSERS.en] : [PARSERS[lang], PARSERS.en];
  const near = ref ? null : spanOf(span);
  const stated = soleYear(text);
  for (const parser of parsers) {
    for (const r of parser.parse(text, ref ? { instant: ref, timezone: 0 } : undefined)) {
      const c = r.start;
      if (!cal.names(r.text) || (!ref && !near && !YEAR.test(r.text) && stated === null)) continue;
      if (!/\d/.test(r.text) && !monthWordStands(text, r, parser === PARSERS.en, lang, cal)) continue;
      // Without the article's date, "yesterday" or "aujourd'hui" would be read against the machine's clock.
      if (!ref && !YEAR.test(r.text) && (c.isCertain('year') || (c.isCertain('day') && !/\d/.test(r.text)))) continue;
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
        const year = YEAR.exec(r.text);
        if (year) out.add(year[0]);
        continue;
      }
      const month = c.get('month');
      const day = c.isCertain('day') ? c.get('day')! : null;
      const weekday = c.isCertain('weekday') ? c.get('weekday')! : null;
      if (!month) continue;
      if (c.isCertain('year')) {
        const y = c.get('year')!;
        if (day) out.add(`${y}-${pad(month)}-${pad(day)}`);
        else if (c.isCertain('month')) out.add(`${y}-${pad(month)}`);
        else out.add(String(y));
        continue;
      }
      if (ref) {
        if (weekday !== null && !day) {
          out.add(weekdayNear(ref, weekday, future));
          continue;
        }
        if (!c.isCertain('month') && !day) {
          out.add(String(c.get('year')));
          continue;
        }
        const y = yearNear(ref, month, day, future);
        // "jeudi 11 avril": the weekday says which of the years around the article's date it is.
        const at = ref.getTime();
        const w = day && weekday !== null ? agreeing(y, month, day, weekday, at, at) : y;
        out.add(day ? `${weekdayOf(w, month, day) === weekday ? w : y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`);
        continue;
      }
      if (!c.isCertain('month') && !day) continue;
      // No date of its own: a day and month are of the year nearest the story's span; a month alone,
      // or any date in a story with no date, takes the one year its sentence states, or none (never
      // the year the machine runs in, nor the year a term runs until).
      if (day && near) {
        out.add(`${agreeing(near[1].getUTCFullYear(), month, day, weekday, near[0].getTime(), near[1].getTime())}-${pad(month)}-${pad(day)}`);
        continue;
      }
      if (stated === null) continue;
      // "jeudi 11 avril" in a sentence of 2012 whose 11 April was a Wednesday is of another year.
      if (day && weekday !== null && weekdayOf(stated, month, day) !== weekday) continue;
      out.add(day ? `${stated}-${pad(month)}-${pad(day)}` : `${stated}-${pad(month)}`);
    }
  }
  // A month named alone ("Anfang März", "début mars"), which a locale's parser may not read
  // (English months are chrono's own, and "may" is mostly no month).
  for (const [name, month] of cal.months) {
    const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
    for (const m of text.matchAll(re)) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (covered.some(([a, b]) => start < b && end > a)) continue;
      if (cal.lowerMonths && capitalisedInside(text, start)) continue;
      const future = ref ? inFuture(text, start, end, language ?? 'en') : false;
      if (future && isDeadline(text, start, language)) continue;
      const year = /^\s*((?:1[89]|20)\d{2})\b/.exec(text.slice(end))?.[1];
      if (year) out.add(`${year}-${pad(month)}`);
      else if (ref) out.add(`${yearNear(ref, month, null, future)}-${pad(month)}`);
    }
  }
  return [...out];
}

// ---- a month word that is a name ----

const EN_MONTH_WORD = /(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\p{L}*/iu;
const EN_FULL_NAME = /(?<!\p{L})(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\p{L})/u;
/** Capitalised words that lead a month at a sentence's start ("In May", "Since April", "Last June"). */
const DATE_LEAD = /^(?:in|on|since|from|until|till|by|early|late|mid|last|next|this|each|every|during|through|throughout|before|after|of|around|between|and|or|to|for|at|that|the|a|until|following|past|coming)$/i;
/** What a person does right after the name: "May said", "April told reporters". */
const NAME_VERB = /^\s+(?:said|says|told|tells|added|wrote|writes|announced|insisted|argued|warned|urged|called|asked|replied|stated|has|had|was|is|will|would)(?!\p{L})/iu;
const WORD_BEFORE = /(\p{L}[\p{L}'’-]*)[.,]?\s+$/u;

/**
 * Whether a month word read without a figure stands as a month. English writes its months
 * capitalised ("a march on the capital", "may resign" name none), and a month word beside a name or a
 * speech verb is itself a name ("Marisa May", "Prime Minister May said", "April Kellor"). In another
 * language, the English reading counts only for a whole English month or weekday ("dix-sept" holds
 * no September), and a month of a language that writes them in lower case is a name when
 * capitalised inside a sentence ("Avril Kellor").
 */
function monthWordStands(text: string, r: chrono.ParsedResult, english: boolean, lang: string, cal: Calendar): boolean {
  if (english) {
    if (lang !== 'en' && !EN_FULL_NAME.test(r.text)) return false;
    if (LOWER_MONTH_WORD.test(r.text)) return false;
    const word = EN_MONTH_WORD.exec(r.text);
    if (!word || !r.start.isCertain('month') || r.start.isCertain('weekday')) return true;
    const start = r.index + word.index;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    const after = text.slice(start + word[0].length, start + word[0].length + 40);
    const lead = before && DATE_LEAD.test(before[1]);
    // A capitalised word right before (no comma between): a given name, a title ("Minister May").
    if (before && !lead && /^\p{Lu}/u.test(before[1]) && !/[.,]\s*$/.test(text.slice(start - 3, start)) && !EN_FULL_NAME.test(before[1])) return false;
    if (!lead && (NAME_VERB.test(after) || /^\s+\p{Lu}\p{Ll}+(?!\s*\d)/u.test(after))) return false;
    return true;
  }
  if (!cal.lowerMonths) return true;
  for (const m of r.text.matchAll(/\p{L}+/gu)) if (cal.months.has(m[0].toLowerCase()) && capitalisedInside(text, r.index + m.index!)) return false;
  return true;
}

/** A capitalised word that does not open its sentence. */
function capitalisedInside(text: string, at: number): boolean {
  return /^\p{Lu}/u.test(text.slice(at, at + 1)) && /\p{L}[,;]?\s+$/u.test(text.slice(Math.max(0, at - 4), at));
}

// ---- the year of a date stated without one ----

/** A story's span as two times (noon of its first and last days), or null without a date. */
function spanOf(span: StorySpan): [Date, Date] | null {
  const [from, to] = [span?.[0] ?? span?.[1], span?.[1] ?? span?.[0]];
  return from && to ? [new Date(`${from.slice(0, 10)}T12:00:00Z`), new Date(`${to.slice(0, 10)}T12:00:00Z`)] : null;
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The year of a day and month nearest the times [from, to], among `year` and its neighbours; with
 * a weekday, the nearest on which the day falls on that weekday (none of them: the nearest, never a
 * year years away).
 */
function agreeing(year: number, month: number, day: number, weekday: number | null, from: number, to: number): number {
  const gap = (y: number) => {
    const at = Date.UTC(y, month - 1, day, 12);
    return Math.max(0, from - at, at - to);
  };
  const years = [year, year - 1, year + 1].sort((a, b) => gap(a) - gap(b));
  return (weekday === null ? undefined : years.find((y) => weekdayOf(y, month, day) === weekday)) ?? years[0];
}

// "pour un mandat jusqu'en 2031", "until 2031", "hasta 2031", "bis 2031": the year a term or period runs to.
const UNTIL_YEAR = /(?<!\p{L})(?:until|till|through|to|jusqu['’]en|jusqu['’]à|hasta(?: el(?: año)?)?|bis(?: zum jahr| ins jahr)?|fino al|até|tot)\s+((?:1[89]|20)\d{2})(?!\d)/giu;

/** The one year a sentence states, when it states exactly one (a year a term runs until is none). */
function soleYear(text: string): number | null {
  const years = new Set(text.replace(UNTIL_YEAR, ' ').match(new RegExp(YEAR.source, 'g')) ?? []);
  return years.size === 1 ? +[...years][0] : null;
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

/**
 * A weekday named without a date: the last one not after `ref`, or in a future clause the next one,
 * the report's own day included ("expected to hover until late Monday" in Monday's report is that
 * Monday, not the next).
 */
function weekdayNear(ref: Date, weekday: number, future: boolean): IsoDate {
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  const shift = future ? ahead : -((7 - ahead) % 7);
  return new Date(ref.getTime() + shift * DAY_MS).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
