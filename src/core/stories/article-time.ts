// Small helpers about an article's time and opening line, shared by the story index.
import type { Article, IsoDate } from '../types.js';
import { firstSentence } from '../extract/index.js';
import { evidencePeriod } from './evidence-date.js';
import { openingTimestamp } from './timestamp.js';

/** The article's opening sentence, split as extraction splits sentences: an abbreviation or an ordinal date ("13. marca") ends none. */
export function openingOf(article: Pick<Article, 'body' | 'language'>): string {
  return firstSentence(article.body.trim(), article.language);
}

export function leadOf(article: Article, first = openingOf(article)): string {
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}

/**
 * When the article's events happened, in day numbers: its date, else the day its opening dates
 * itself to (see timestamp.ts), else the month it is known to be of, else the period its text
 * points to.
 */
export function articleTime(article: Article): [number, number] | null {
  if (article.published) {
    const day = dayNumber(article.published);
    return [day, day];
  }
  const stamped = openingTimestamp(article.body, article.language);
  if (stamped !== null) return [stamped, stamped];
  // The month the page states for itself without its day ("date 2031-03" from the crawl): not its
  // date, but the period its events fall in, as a text's own evidence is. A report of March and a
  // release of the same ship in July are told apart by it when neither has a day.
  const month = /^(\d{4})-(\d{2})$/.exec(article.published_month ?? '');
  if (month) {
    const end = Date.UTC(Number(month[1]), Number(month[2]), 1) / 86_400_000 - 1;
    return [dayNumber(`${month[0]}-01`), end];
  }
  const evidence = evidencePeriod(article.body);
  if (!evidence) return null;
  const [from, to] = evidence.period;
  const end = new Date(Date.parse(`${to}-01T00:00:00Z`));
  end.setUTCMonth(end.getUTCMonth() + 1);
  return [dayNumber(`${from}-01`), Math.floor(end.getTime() / 86_400_000) - 1];
}

/**
 * A thread's time after joining two: the span of their dated members' days when either has one,
 * else of what their undated members' texts point to. An undated report's own evidence (a year of
 * a war, a term of office) spans months; added to a dated span it would let the thread meet any
 * dated report in it, a bridge between events months apart that no report close in time makes.
 */
export function datedTime(a: [number, number] | null, aDated: boolean, b: [number, number] | null, bDated: boolean): [number, number] | null {
  if (aDated !== bDated) return aDated ? a : b;
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

export function minDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a && b ? (a < b ? a : b) : (a ?? b);
}

export function maxDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a && b ? (a > b ? a : b) : (a ?? b);
}

export function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / 86_400_000);
}

export function byDateThenId(a: Pick<Article, 'id' | 'published'>, b: Pick<Article, 'id' | 'published'>): number {
  return (
    (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
    (a.published ?? '').localeCompare(b.published ?? '') ||
    a.id.localeCompare(b.id)
  );
}

