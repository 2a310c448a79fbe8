// Time evidence for an undated article from the dates its text states without a year ("on 29
// August", "le 12 mai", "el viernes 12 de mayo"). A date written without its year is a recent one:
// reporters drop the year for the days around the event they report, and keep it for background
// ("born on 30 July 1950"). So an undated article's events fall on or soon after the latest such date
// it states. The year stays unknown, so the evidence is a span of days of the year, compared on the
// circle of the year: an article stating "29 August" is two weeks from a story of 15 August and five
// months from one of late March, whatever their years.
import { datesIn } from '../ingest/date-parse.js';
import { countsTimeSince } from './elapsed.js';
import { datesWithYear, yearlessDates } from './stated-dates.js';

/** Days of the year on a 365-day circle: [first day (0-364), length in days]. */
export type YearSpan = [number, number];

const YEAR = 365;
// How long after the latest year-less date it states an article's events can be, and how long
// before (a date can be a near deadline: "held until 14 April").
const AFTER_DAYS = 30;
const BEFORE_DAYS = 7;
const STATED_FLOOR = 0.5;
// A span covering this much of the year says nothing about when.
const TOO_WIDE = 180;
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function dayOfYear(month: number, day: number): number {
  return (MONTH_START[month - 1] + day - 1) % YEAR;
}

const mod = (n: number) => ((n % YEAR) + YEAR) % YEAR;

/**
 * The latest of the dates the text states without a year (the end of the shortest stretch of the
 * year covering them all), as a span of no length: the article's events fall on it or soon after.
 * Null when the text states none, or when they spread over too much of the year. Deadlines and
 * dates of last year are left out (see stated-dates.ts).
 */
export function statedYearSpan(text: string, language: string | null | undefined): YearSpan | null {
  const own = ownTime(text, language);
  return own?.day == null ? null : [own.day, 0];
}

/** What an undated article's own text says of when its events happened, as days of the year. */
export interface OwnTime {
  /** The latest date it states without a year (deadlines and last year's left out), or null. */
  day: number | null;
  /**
   * Whether that date is written as the day of the news (its weekday, time of day, a dateline) or
   * marked as gone by ("el pasado 4 de octubre", "le 9 juin dernier"): the article is written on or after it.
   */
  news: boolean;
  /** The latest date it states as last year's: the article is of the following year. */
  lastYear: number | null;
  /** Its opening says its events come a year or more after the event it recalls (see `yearOn`). */
  yearOn?: boolean;
  /**
   * The dates it states with their year (a day or a month), as day-number ranges, when it states
   * two or more: a report that tells the story's days with their year and a later one is a later
   * report retelling the event (see peel.ts).
   */
  told?: [number, number][];
  /**
   * The first day of the time the article is known to be of (the month its page states, the day its
   * opening prints), when its opening sentence tells its events in the past perfect: a later report
   * looking back on them once that time starts after the story's days (see retelling.ts, peel.ts).
   */
  looksBack?: number;
  /**
   * The day (day number) its latest year-less date is, when the text also states that day with its
   * year ("on 5 November", "on 5 November 2015"): the year the article puts its own events in.
   */
  pinned?: number;
}

// An opening that tells a year since an event ("one year on", "a year after", "the second
// anniversary", "un año después", "ein Jahr nach", "um ano fora"): a report of another event about
// the same people or place (a commemoration, a return), not of the event it recalls. Longer spans
// ("twenty years after") are the history a report of the day recalls, and are not read.
const YEAR_ON = [
  /\b(?:a|one)[- ]year[- ](?:on|after|since)\b/i,
  /\b(?:un año (?:después|desde)|a (?:casi )?un año de)\b/i,
  /\b(?:um ano (?:depois|após)|completa(?:r)? um ano)\b/i,
  /\bun an (?:après|plus tard|jour pour jour)\b/i,
  /\b(?:ein|einem) Jahr (?:nach|später|danach)\b/i,
  /\b(?:anniversary|aniversario|aniversário|anniversaire|Jahrestag)\b/i,
  // The same word in the other languages of the news (a commemoration is another event).
  /(?<!\p{L})(?:anniversari[oe]|rocznic\p{L}*|годовщин\p{L}*|річниц\p{L}*|yıl ?dönüm\p{L}*|výročí|επέτει\p{L}*|verjaardag|herdenking|årsdag\p{L}*|aniversari)(?!\p{L})/iu,
  /周年|주년|ذكرى/u,
  // Indonesian "peringatan" is a warning too: a commemoration only with its years ('10 tahun peringatan', 'peringatan 10 tahun').
  /(?<!\p{L})(?:tahun\s+peringatan|peringatan\s+(?:ke-?\s*)?\d+\s+tahun)(?!\p{L})/iu,
];
const OPENING_CHARS = 500;
// Counted spans ("14 months after", see elapsed.ts) are read in the first paragraphs: a report of
// a later event often states the time since in a quote below its lead ("today, 430 days after").
const COUNTED_CHARS = 1500;

/**
 * Whether the opening (headline and first lines) says its events come a year or more after an
 * event it recalls, or the first paragraphs count months to a few years since one.
 */
export function yearOn(headline: string | null, body: string): boolean {
  const opening = `${headline ?? ''}\n${body.slice(0, OPENING_CHARS)}`;
  return YEAR_ON.some((pattern) => pattern.test(opening)) || countsTimeSince(`${headline ?? ''}\n${body.slice(0, COUNTED_CHARS)}`);
}

// Dates with their year kept per article: enough to hold the story's days and a later one.
const TOLD_MAX = 16;

export function ownTime(text: string, language: string | null | undefined): OwnTime | null {
  const stated = datesIn(text, { language });
  const dates = yearlessDates(text, language, stated);
  const recent = dates.filter((d) => d.role === 'recent' || d.role === 'news day' || d.role === 'past');
  const day = latest(recent.map((d) => dayOfYear(d.month, d.day)));
  const lastYear = latest(dates.filter((d) => d.role === 'last year').map((d) => dayOfYear(d.month, d.day)));
  const told = datesWithYear(text, language, stated);
  if (day === null && lastYear === null && told.length === 0) return null;
  const news = day !== null && recent.some((d) => (d.role === 'news day' || d.role === 'past') && dayOfYear(d.month, d.day) === day);
  const own: OwnTime = { day, news, lastYear };
  // The earliest and the latest, when there are more: what the story's days and a later date need.
  if (told.length >= 2) own.told = told.length > TOLD_MAX ? [...told.slice(0, TOLD_MAX / 2), ...told.slice(-TOLD_MAX / 2)] : told;
  const pinned = day === null ? undefined : told.find(([from, to]) => from === to && yearSpanOf([from, from])![0] === day);
  if (pinned) own.pinned = pinned[0];
  return own;
}

/** The end of the shortest stretch of the year covering the days, or null (none, or spread too wide). */
function latest(days: number[]): number | null {
  const cover = coverOf([...new Set(days)]);
  return !cover || cover[1] > TOO_WIDE ? null : mod(cover[0] + cover[1]);
}

/** The shortest stretch of the year covering every day given. */
function coverOf(days: number[]): YearSpan | null {
  if (days.length === 0) return null;
  const sorted = [...days].sort((a, b) => a - b);
  // The widest gap between neighbouring days is the part of the year outside the cover.
  let gapEnd = 0;
  let widest = -1;
  for (let i = 0; i < sorted.length; i++) {
    const prev = sorted[(i + sorted.length - 1) % sorted.length];
    const gap = mod(sorted[i] - prev) || (sorted.length === 1 ? YEAR : 0);
    if (gap > widest) [widest, gapEnd] = [gap, i];
  }
  const start = sorted[gapEnd];
  return [start, mod(sorted[(gapEnd + sorted.length - 1) % sorted.length] - start)];
}

/** The days of the year of a range of day numbers (null when it spans too much of the year). */
export function yearSpanOf(time: [number, number] | null): YearSpan | null {
  if (!time || time[1] - time[0] > TOO_WIDE) return null;
  // Day number 0 is 1 January 1970; leap days shift a date by at most a day or two, well within the grace periods.
  const start = new Date(time[0] * 86_400_000);
  return [dayOfYear(start.getUTCMonth() + 1, start.getUTCDate()), time[1] - time[0]];
}

/** The shortest span of the year covering both (null when either is null or together they say nothing). */
export function joinYearSpans(a: YearSpan | null, b: YearSpan | null): YearSpan | null {
  if (!a || !b) return a ?? b;
  // Either starts first; the shorter of the two covers is the union on the circle.
  const fromA: YearSpan = [a[0], Math.max(a[1], mod(b[0] - a[0]) + b[1])];
  const fromB: YearSpan = [b[0], Math.max(b[1], mod(a[0] - b[0]) + a[1])];
  const best = fromA[1] <= fromB[1] ? fromA : fromB;
  return best[1] > TOO_WIDE ? [best[0], YEAR] : best;
}

/** Days between two spans of the year, going round the shorter way (0 when they overlap). */
export function yearSpanGap(a: YearSpan, b: YearSpan): number {
  if (a[1] >= YEAR || b[1] >= YEAR) return 0;
  if (mod(b[0] - a[0]) <= a[1] || mod(a[0] - b[0]) <= b[1]) return 0;
  return Math.min(mod(b[0] - (a[0] + a[1])), mod(a[0] - (b[0] + b[1])));
}

/**
 * When something happened, as far as known: day numbers; the days of the year of dated events; and
 * the days of the year that undated events fall on or after (from year-less dates in their text).
 */
export interface When {
  time: [number, number] | null;
  days: YearSpan | null;
  after: YearSpan | null;
}

/**
 * How much two pieces of time evidence leave of a match: 1 within `graceDays` of each other, then
 * decaying over `decayDays`. Dates a text states without a year are weaker evidence than dates of
 * publication (one can be a deadline or an anniversary), so alone they never take more than
 * half of a match away: a close enough match in content still holds.
 */
export function timeFactor(a: When, b: When, graceDays: number, decayDays: number, beforeDays = BEFORE_DAYS): number {
  if (a.time && b.time) return discount(Math.max(0, a.time[0] - b.time[1], b.time[0] - a.time[1]), graceDays, decayDays);
  // Otherwise on the circle of the year; dated days where both sides have them, else the days
  // undated events fall on or within a month after.
  if (a.days && b.days) return discount(yearSpanGap(a.days, b.days), graceDays, decayDays);
  const x = a.days ?? later(a.after, beforeDays);
  const y = b.days ?? later(b.after, beforeDays);
  return x && y ? Math.max(STATED_FLOOR, discount(yearSpanGap(x, y), graceDays, decayDays)) : 1;
}

function discount(gap: number, graceDays: number, decayDays: number): number {
  return gap <= graceDays ? 1 : Math.exp(-(gap - graceDays) / decayDays);
}

function later(after: YearSpan | null, before: number): YearSpan | null {
  return after && [mod(after[0] - before), Math.min(YEAR, after[1] + before + AFTER_DAYS)];
}
