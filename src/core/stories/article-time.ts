// Small helpers about an article's time and opening line, shared by the story index.
import type { Article, IsoDate } from '../types.js';
import { firstSentence } from '../extract/index.js';
import { evidencePeriod } from './evidence-date.js';

export function leadOf(article: Article): string {
  // Split as extraction splits sentences: an abbreviation or an ordinal date ("13. marca") ends none.
  const first = firstSentence(article.body.trim(), article.language);
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}

/** When the article's events happened, in day numbers: its date, else the period its text points to. */
export function articleTime(article: Article): [number, number] | null {
  if (article.published) {
    const day = dayNumber(article.published);
    return [day, day];
  }
  const evidence = evidencePeriod(article.body);
  if (!evidence) return null;
  const [from, to] = evidence.period;
  const end = new Date(Date.parse(`${to}-01T00:00:00Z`));
  end.setUTCMonth(end.getUTCMonth() + 1);
  return [dayNumber(`${from}-01`), Math.floor(end.getTime() / 86_400_000) - 1];
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

