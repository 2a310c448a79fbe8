// The one place an article's publication date is chosen, with how it was found: a corpus field, the
// page's metadata, a dateline, a dated byline, a crawler token, the URL, or a day in the text completed from a
// stated month. When none holds, the date stays null and the note says why.
import type { IsoDate, PublishedSource } from '../types.js';
import { datesIn, findDate, isoOf, validDate, weekdayDays, type DateContext } from './date-parse.js';
import { completeYear, dateFromUrl, monthFromUrl } from './dates.js';
import type { TextDates } from './text.js';

export interface PublishedChoice {
  published: IsoDate | null;
  source: PublishedSource | null;
  /** How a weak date was completed, or why there is none. */
  note: string | null;
  /** 'YYYY-MM' when only the month is stated (no day), else null: not a date, but not "undated" either. */
  month?: string | null;
}

export interface PublishedEvidence {
  /** A corpus field's date, already read (null when absent or unreadable). */
  corpus: IsoDate | null;
  /** The corpus field as stated, when it could not be read. */
  corpusUnread: string | null;
  /** A corpus field stating only a month ('YYYY-MM') or a year ('YYYY'): valid, at its precision. */
  corpusPeriod?: string | null;
  meta: IsoDate | null;
  text: TextDates;
  url: string | null;
  /** The cleaned body: its opening paragraphs may name the day of a stated month. */
  body: string;
  ctx: DateContext;
}

/**
 * A corpus date field stating only a month or a year ("2018-11", "2018/11", "2019"): the period at
 * that precision ('YYYY-MM' or 'YYYY'), else null.
 */
export function corpusPeriod(value: string): string | null {
  const m = /^\s*(\d{4})(?:[-/.](\d{1,2}))?\s*$/.exec(value);
  if (!m) return null;
  if (m[2] == null) return m[1]!;
  const month = +m[2];
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}

function describeParts(p: { month: number; day: number }): string {
  return `day ${p.day} of month ${p.month}`;
}

export function choosePublished(e: PublishedEvidence): PublishedChoice {
  const t = e.text;
  const urlDate = e.url ? dateFromUrl(e.url) : null;
  // A month stated without a day: by the corpus field, the crawler token or the URL path.
  const period = e.corpusPeriod ?? null;
  const month = (period?.length === 7 ? period : null) ?? t.tokenMonth ?? (e.url ? monthFromUrl(e.url) : null);
  const firm: [IsoDate | null, PublishedSource][] = [
    [e.corpus, 'corpus'],
    [e.meta, 'meta'],
    // A crawler's whole-day token is the date of the page it fetched; a date line may be a
    // republished original's.
    [t.token, 'crawler'],
    [t.byline, 'byline'],
    [t.dateline, 'dateline'],
    [t.lead?.date ?? null, 'dateline'],
    [urlDate, 'url'],
  ];
  // An all-numeric date line read once the text's language settles its order.
  if (t.ambiguous && e.ctx.order) {
    const { found } = findDate(t.ambiguous, e.ctx);
    if (found) firm.push([isoOf(found.parts), 'dateline']);
  }
  const stated = firm.filter((f): f is [IsoDate, PublishedSource] => f[0] != null);
  if (stated.length) {
    // Sources that agree on the day outvote one that does not (a crawler's thread date, a
    // republished original's date line); on a tie the more direct source wins.
    const votes = new Map<string, number>();
    for (const [date] of stated) votes.set(date.slice(0, 10), (votes.get(date.slice(0, 10)) ?? 0) + 1);
    // A year-less dateline ("BEIJING, Jan. 3 (Agency) --") seconds the stated day it matches.
    const yearless = t.yearless ?? t.lead?.yearless;
    if (yearless) {
      for (const day of [...votes.keys()]) if (isoOf({ ...yearless, hour: null }, +day.slice(0, 4)) === day) votes.set(day, votes.get(day)! + 1);
    }
    const top = Math.max(...votes.values());
    const [date, source] = stated.find(([d]) => votes.get(d.slice(0, 10)) === top)!;
    const dissent = stated.filter(([d]) => d.slice(0, 10) !== date.slice(0, 10)).map(([d, s]) => `${s} says ${d.slice(0, 10)}`);
    // The most precise statement of the winning day (one with a time, if any).
    const precise = stated.find(([d]) => d.slice(0, 10) === date.slice(0, 10) && d.length > 10)?.[0] ?? date;
    return { published: precise, source, note: dissent.length ? `outvoted: ${dissent.join(', ')}` : null };
  }

  const yearless = t.yearless ?? t.lead?.yearless ?? null;
  // Only a day of the stated month: a day of another is the news of an earlier story, or another year's.
  if (yearless && month && yearless.month === +month.slice(5, 7)) {
    const date = completeYear(yearless, month);
    if (date) return { published: date, source: 'dateline', note: `year from the stated month ${month}` };
  }
  if (month) {
    const day = dayInText(e.body, month, e.ctx);
    if (day) return { published: day, source: 'text', note: `day from the text, month ${month} stated` };
  }
  let why: string;
  if (e.corpusUnread) why = `corpus date "${e.corpusUnread}" unreadable`;
  else if (t.ambiguous) why = `numeric date "${t.ambiguous}" could be day/month or month/day`;
  else if (yearless && month) why = `dateline (${describeParts(yearless)}) is not of the stated month ${month}`;
  else if (yearless) why = `dateline (${describeParts(yearless)}) names no year and nothing else does`;
  else if (month) why = `only the month is stated (${month})`;
  else if (period) why = `only the year is stated (${period})`;
  else if (t.updated) why = `only an update date is stated (${t.updated.slice(0, 10)}), never taken for publication`;
  else why = 'no date in the metadata, URL or text';
  // The month (or year) alone is kept apart from `published`: no day, so it never places an article
  // in time. Its source is named when the corpus field stated it.
  const kept = month ?? period;
  return { published: null, source: period && kept === period ? 'corpus' : null, note: why, month: kept };
}

/**
 * The latest day of the stated month that the opening paragraphs name with its weekday ("mardi 21
 * novembre", "nesta segunda-feira (26)"): news names the weekday of what happened in the last days,
 * so the newest such day is the nearest to publication. The weekday must be the day's own in that
 * month (else the day is of another month or year). A bare "2 October" may be any earlier event.
 * Needs the month stated.
 */
function dayInText(body: string, month: string, ctx: DateContext): IsoDate | null {
  const year = +month.slice(0, 4);
  const m = +month.slice(5, 7);
  const lead = body.slice(0, 700);
  let best: IsoDate | null = null;
  const consider = (day: number, dow: number | undefined) => {
    if (!validDate(year, m, day) || (dow !== undefined && new Date(Date.UTC(year, m - 1, day)).getUTCDay() !== dow)) return;
    const date = isoOf({ year, month: m, day, hour: null, minute: null });
    if (date && (!best || date > best)) best = date;
  };
  for (const p of datesIn(lead, ctx)) {
    if (p.weekday && p.month === m && (p.year == null || p.year === year)) consider(p.day, p.dow);
  }
  for (const p of weekdayDays(lead, ctx.language)) consider(p.day, p.dow);
  return best;
}
