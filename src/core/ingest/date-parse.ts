// One date expression in the languages of the news: chrono-node's own locale parsers for month
// names and word orders, and the day/month order of all-numeric dates decided by evidence (a part
// above 12, the article's other numeric dates, its language), never by a guess.
import * as chrono from 'chrono-node';
import type { IsoDate } from '../types.js';
import { monthNameDates } from './month-dates.js';

/** A calendar date as written; `year` null when the expression names none ("18 dec", "jeudi 4 avril"). */
export interface DateParts {
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

export interface FoundDate {
  parts: DateParts;
  /** Offsets of the expression in the searched text. */
  index: number;
  end: number;
}

/** 'dmy' / 'mdy' when the order of all-numeric dates is known, null when it is not. */
export type DayOrder = 'dmy' | 'mdy' | null;

export interface DateContext {
  /** ISO 639-1 language of the text, when known: its parser is tried first. */
  language?: string | null;
  /**
   * The language of the raw text when none was stated, detected on first call: only to read month
   * names in a language chrono has no locale for, once chrono's locales found no date (the stated
   * language, or none, decides everything else).
   */
  guess?: () => string | null;
  order?: DayOrder;
}

// chrono-node's strict parsers (no "today", no "last Tuesday": only stated dates count).
const PARSERS: Record<string, chrono.Chrono> = {
  en: chrono.en.strict,
  fr: chrono.fr.strict,
  es: chrono.es.strict,
  de: chrono.de.strict,
  pt: chrono.pt.strict,
  it: chrono.it.strict,
  nl: chrono.nl.strict,
  ru: chrono.ru.strict,
  uk: chrono.uk.strict,
  sv: chrono.sv.strict,
  fi: chrono.fi.strict,
  ja: chrono.ja.strict,
  zh: chrono.zh.strict,
  id: chrono.id.strict,
  vi: chrono.vi.strict,
};
const DEFAULT_ORDER = Object.keys(PARSERS);
// Languages that chrono has no locale for but whose month names a close locale reads ("marts" no, "mars" yes).
const NEAREST: Record<string, string> = { da: 'sv', no: 'sv', nb: 'sv', nn: 'sv', ca: 'es', gl: 'es', be: 'ru', bg: 'ru' };

// Which locales can read a text at all, by its script: a Latin line never needs the Russian parser.
const CYRILLIC = new Set(['ru', 'uk']);
const CJK = new Set(['ja', 'zh']);

const hasParser = (language: string): boolean => PARSERS[language] !== undefined || NEAREST[language] !== undefined;
/** The stated language whose CLDR month names are read, when it is one chrono has no locale for. */
const monthNameLanguage = (ctx: DateContext): string | null => (ctx.language && !hasParser(ctx.language) ? ctx.language : null);

function parsersFor(language: string | null | undefined, text: string): chrono.Chrono[] {
  const first = language ? (PARSERS[language] ? language : NEAREST[language]) : undefined;
  const order = first ? [first, ...DEFAULT_ORDER.filter((l) => l !== first)] : DEFAULT_ORDER;
  const cyrillic = /[\u0400-\u04ff]/.test(text);
  const cjk = /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  return order.filter((l) => (CYRILLIC.has(l) ? cyrillic : CJK.has(l) ? cjk : true)).map((l) => PARSERS[l]);
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Parts with a year to 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'; null for an impossible date. */
export function isoOf(p: DateParts, year = p.year): IsoDate | null {
  if (year == null || !validDate(year, p.month, p.day)) return null;
  const date = `${year}-${pad(p.month)}-${pad(p.day)}`;
  return p.hour == null ? date : `${date}T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
}

// d/m/yyyy, m/d/yyyy, d.m.yyyy, d-m-yyyy (one separator throughout); yyyy-mm-dd and yyyy/mm/dd.
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-]|\.\d)/;
const NUMERIC_ALL = new RegExp(NUMERIC.source, 'g');
// An ISO 8601 timestamp's time ("2031-06-10T14:05:00Z", "...T14:05+02:00") is part of the date: the
// clock as written is kept and the zone dropped, as for metadata timestamps.
const YEAR_FIRST =
  /(?<![\d./-])((?:19|20)\d{2})([./-])(\d{1,2})\2(\d{1,2})(?:T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\w:]))?(?![\d/-]|\.\d)/;
// 17:11, 18h05, 08.15 (with a.m./p.m.), right after the date or before it.
const TIME = /(?<![\d.:/])([01]?\d|2[0-3])\s?(?::|h|\.)\s?([0-5]\d)(?::[0-5]\d)?(?![\d/])(?:\s?([ap])\.?\s?m\b\.?)?/i;

/**
 * The order of all-numeric dates in a text: a first part above 12 says day first, a second part above
 * 12 month first; otherwise the language (only English is written both ways). Null when unknown.
 */
export function dayOrderOf(text: string, language?: string | null): DayOrder {
  let dmy = false;
  let mdy = false;
  for (const m of text.matchAll(NUMERIC_ALL)) {
    if (+m[1] > 12 && +m[3] <= 12) dmy = true;
    if (+m[3] > 12 && +m[1] <= 12) mdy = true;
  }
  if (dmy !== mdy) return dmy ? 'dmy' : 'mdy';
  if (language && language !== 'en' && !dmy) return 'dmy';
  return null;
}

function timeNear(text: string, from: number, to: number): { hour: number; minute: number; index: number; end: number } | null {
  // Only a time touching the date ("17:11 GMT" after it, "11:06, 25 December" before it).
  const after = TIME.exec(text.slice(to, to + 30));
  if (after && /^[\s,|/·•–—-]*(?:at|à|a las|às|um|alle|om|kl\.?|в)?\s*$/i.test(text.slice(to, to + after.index))) {
    return clock(after, to);
  }
  const before = text.slice(Math.max(0, from - 12), from);
  const b = TIME.exec(before);
  if (b && /^[\s,|]*$/.test(before.slice(b.index + b[0].length))) return clock(b, Math.max(0, from - 12));
  return null;
}

function clock(m: RegExpExecArray, offset: number): { hour: number; minute: number; index: number; end: number } | null {
  let hour = +m[1];
  const meridiem = m[3]?.toLowerCase();
  if (meridiem === 'p' && hour < 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  return { hour, minute: +m[2], index: offset + m.index, end: offset + m.index + m[0].length };
}

/** Result of reading an all-numeric date; `ambiguous` when day and month could be swapped. */
type Numeric = { found: FoundDate } | { ambiguous: string } | null;

function numericDate(text: string, order: DayOrder): Numeric {
  const y = YEAR_FIRST.exec(text);
  if (y?.[5] != null) {
    const [year, month, day, hour, minute] = [+y[1], +y[3], +y[4], +y[5], +y[6]!];
    if (!validDate(year, month, day)) return null;
    // Midnight exactly is how many systems write "date only".
    const time = hour === 0 && minute === 0 ? { hour: null, minute: null } : { hour, minute };
    return { found: { parts: { year, month, day, ...time }, index: y.index, end: y.index + y[0].length } };
  }
  if (y) return withTime(text, { year: +y[1], month: +y[3], day: +y[4] }, y.index, y.index + y[0].length);
  const m = NUMERIC.exec(text);
  if (!m) return null;
  const a = +m[1];
  const b = +m[3];
  let dayFirst: boolean;
  if (a > 12 && b <= 12) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  else if (a === b) dayFirst = true;
  // Dotted numeric dates are day-first in every language that writes them (10.06.2031, 4.5.2031).
  else if (m[2] === '.') dayFirst = true;
  else if (order) dayFirst = order === 'dmy';
  else {
    // The time touching the date goes with it, for when the order is settled ("05/06/2031 a las 10:30").
    const t = timeNear(text, m.index, m.index + m[0].length);
    return { ambiguous: t ? text.slice(Math.min(m.index, t.index), Math.max(m.index + m[0].length, t.end)) : m[0] };
  }
  const [day, month] = dayFirst ? [a, b] : [b, a];
  return withTime(text, { year: +m[4], month, day }, m.index, m.index + m[0].length);
}

function withTime(text: string, d: { year: number; month: number; day: number }, index: number, end: number): { found: FoundDate } | null {
  if (!validDate(d.year, d.month, d.day)) return null;
  const t = timeNear(text, index, end);
  return {
    found: {
      parts: { ...d, hour: t?.hour ?? null, minute: t ? t.minute : null },
      index: Math.min(index, t?.index ?? index),
      end: Math.max(end, t?.end ?? end),
    },
  };
}

/**
 * The first date in `text` that names at least a day and a month, in whichever of the news
 * languages reads it (the text's own first). `ambiguous` is set, and nothing found, when the only
 * date is all-numeric with an unknown day/month order.
 */
export function findDate(text: string, ctx: DateContext = {}): { found: FoundDate | null; ambiguous: string | null } {
  const numeric = numericDate(text, ctx.order ?? null);
  if (numeric && 'found' in numeric) return { found: numeric.found, ambiguous: null };
  // A stated language chrono has no locale for reads its month names from the platform's CLDR data.
  const stated = monthNameLanguage(ctx);
  if (stated) {
    const named = monthNameDate(text, stated);
    if (named) return { found: named, ambiguous: null };
  }
  for (const parser of parsersFor(ctx.language, text)) {
    for (const r of parser.parse(text, REFERENCE)) {
      const s = r.start;
      // A range ("March 3 - March 5") is not one date.
      if (r.end || !s.isCertain('day') || !s.isCertain('month')) continue;
      // chrono reads "04/05/2031" (with a time after it or not) month-first; the numeric reader above decides those.
      if (/^\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?!\d)/.test(r.text.trim())) continue;
      const year = s.isCertain('year') ? s.get('year')! : null;
      const month = s.get('month')!;
      const day = s.get('day')!;
      if (year != null ? !validDate(year, month, day) : !validDate(2000, month, day)) continue;
      const hasTime = s.isCertain('hour');
      const parts: DateParts = { year, month, day, hour: hasTime ? s.get('hour')! : null, minute: hasTime ? s.get('minute') ?? 0 : null };
      let end = r.index + r.text.length;
      let index = r.index;
      if (!hasTime) {
        const t = timeNear(text, index, end);
        if (t) [parts.hour, parts.minute, index, end] = [t.hour, t.minute, Math.min(index, t.index), Math.max(end, t.end)];
      }
      return { found: { parts, index, end }, ambiguous: null };
    }
  }
  // No language stated and no locale of chrono's reads it: the raw text's own language may.
  const guessed = !ctx.language && ctx.guess ? ctx.guess() : null;
  const named = guessed && !hasParser(guessed) ? monthNameDate(text, guessed) : null;
  if (named) return { found: named, ambiguous: null };
  return { found: null, ambiguous: numeric && 'ambiguous' in numeric ? numeric.ambiguous : null };
}

/** The first month-name date of `text` in `language`, with the time touching it. */
function monthNameDate(text: string, language: string): FoundDate | null {
  const named = monthNameDates(text, language)[0];
  if (!named) return null;
  const { parts, index, end } = named;
  const t = timeNear(text, index, end);
  return t ? { parts: { ...parts, hour: t.hour, minute: t.minute }, index: Math.min(index, t.index), end: Math.max(end, t.end) } : named;
}

// A fixed reference keeps parsing independent of today's date (year-less dates get no guessed year).
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** A date found in running text, with where it is written; `dow` the weekday it names (0 Sunday), when it names one. */
export type StatedDate = DateParts & { weekday: boolean; dow?: number; index: number; end: number };

/**
 * Every date naming a day and a month in words in `text` ("mardi 21 novembre", "4. April"), read by
 * the first parser (the text's language first) that finds any; `weekday` when it names one too.
 */
export function datesIn(text: string, ctx: DateContext = {}): StatedDate[] {
  const out: StatedDate[] = [];
  // Running text is read in its own language only (or English when that has no parser): every
  // other locale would cost a full parse of the paragraph.
  const own = ctx.language ? PARSERS[ctx.language] ?? PARSERS[NEAREST[ctx.language] ?? 'en'] : PARSERS.en;
  for (const parser of [own]) {
    const results = parser.parse(text, REFERENCE).filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && !/^\d{1,2}[./-]\d{1,2}/.test(r.text));
    if (results.length === 0) continue;
    for (const r of results) {
      const s = r.start;
      const weekday = s.isCertain('weekday');
      const dow = weekday ? { dow: s.get('weekday')! } : {};
      out.push({ year: s.isCertain('year') ? s.get('year')! : null, month: s.get('month')!, day: s.get('day')!, hour: null, minute: null, weekday, ...dow, index: r.index, end: r.index + r.text.length });
    }
    break;
  }
  if (text.includes('(')) out.push(...weekdayWithNumericDate(text, ctx));
  return out.sort((a, b) => a.index - b.index);
}

// "neste domingo (30/10)", "ce mardi (4/3)": the day and month in parentheses after a weekday.
// "Kamis (14/1)", "Kamis (14/1/2010)": the year may follow.
const PAREN_DATE = /\((\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\)/g;
const weekdayEnds = new Map<string, RegExp>();

/** The language's weekday names in full, lower case, Monday first, from the platform's locale data; none for a tag it does not know. */
export function weekdayNames(language: string): string[] {
  try {
    const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday.
    return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))).toLowerCase());
  } catch {
    return [];
  }
}

/** A weekday name of the language (or English) ending a text, from the platform's locale data. */
function weekdayEnd(language: string): RegExp {
  let re = weekdayEnds.get(language);
  if (!re) {
    const names = new Set<string>();
    // "segunda-feira" is also written "segunda".
    for (const lang of new Set([language, 'en'])) for (const name of weekdayNames(lang)) for (const n of name.split('-')) if (n.length >= 3) names.add(n);
    const alternatives = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<!\\p{L})(?:${alternatives})(?:-feira)?\\s*$`, 'iu');
    weekdayEnds.set(language, re);
  }
  return re;
}

/**
 * A weekday the text names with its date in figures in parentheses: the press of several languages
 * dates "this Sunday" so. The parts' order is the text's (day first unless it writes month first).
 */
function weekdayWithNumericDate(text: string, ctx: DateContext): StatedDate[] {
  const out: StatedDate[] = [];
  for (const m of text.matchAll(PAREN_DATE)) {
    const before = text.slice(Math.max(0, m.index! - 20), m.index!);
    const weekday = weekdayEnd(ctx.language ?? 'en').exec(before);
    if (!weekday) continue;
    const [a, b] = [+m[1], +m[2]];
    const order = ctx.order ?? (ctx.language && ctx.language !== 'en' ? 'dmy' : a > 12 ? 'dmy' : b > 12 ? 'mdy' : null);
    if (!order) continue;
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    const year = m[3] ? (m[3].length === 2 ? 2000 + +m[3] : +m[3]) : null;
    if (!validDate(year ?? 2000, month, day)) continue;
    out.push({ year, month, day, hour: null, minute: null, weekday: true, dow: dowOf(weekday[0], ctx.language ?? 'en'), index: m.index! - before.length + weekday.index, end: m.index! + m[0].length });
  }
  return out;
}

/** The weekday (0 Sunday) a name of the language or English stands for, or undefined. */
function dowOf(word: string, language: string): number | undefined {
  const w = word.toLowerCase().trim().split('-')[0];
  for (const lang of new Set([language, 'en'])) {
    const i = weekdayNames(lang).findIndex((n) => n.split('-')[0] === w);
    // weekdayNames lists Monday first.
    if (i >= 0) return (i + 1) % 7;
  }
  return undefined;
}

const weekdayDayRes = new Map<string, RegExp>();

/**
 * A weekday with its day of the month and no month: "nesta segunda-feira (26)", "el lunes 26,",
 * "on Monday 26th,". The press writes the day so for a day of the current month; a number
 * followed by a word ("el lunes 26 personas") is a count, not a day.
 */
export function weekdayDays(text: string, language: string | null | undefined): { day: number; dow: number; index: number }[] {
  const lang = language ?? 'en';
  let re = weekdayDayRes.get(lang);
  if (!re) {
    const names = new Set<string>();
    for (const l of new Set([lang, 'en'])) for (const name of weekdayNames(l)) names.add(name.split('-')[0]);
    const alternatives = [...names].filter((n) => n.length >= 3).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<!\\p{L})(${alternatives})(?:-feira)?,?\\s+(?:den\\s+|the\\s+)?(?:\\((\\d{1,2})\\)|(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?=\\s*[,;)]))`, 'giu');
    weekdayDayRes.set(lang, re);
  }
  const out: { day: number; dow: number; index: number }[] = [];
  for (const m of text.matchAll(re)) {
    const day = +(m[2] ?? m[3]);
    const dow = dowOf(m[1], lang);
    if (dow !== undefined && day >= 1 && day <= 31) out.push({ day, dow, index: m.index! });
  }
  return out;
}
