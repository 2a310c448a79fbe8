// When a story happened, and on what evidence: its articles' publication dates, or for an undated
// story the period the core read from its text (a flag's period), or the dates its text mentions
// (the core's timeline events). Says which; decides no date itself.
import type { Flag, TimelineEntry } from '../core/types.js';
import type { StoryArticle } from './story-view.js';

export interface StoryDating {
  /** 'published': publication dates; 'text': an undated story placed by what its text says; 'none'. */
  basis: 'published' | 'text' | 'none';
  period: [string, string] | null;
  /** One line saying where the period comes from. */
  note: string;
}

/** A labelled timeline entry, in date order. */
export interface TimelineRow {
  date: string;
  kind: TimelineEntry['kind'];
  /** The outlets (labels) of the articles it comes from. */
  outlets: string[];
  text: string;
  articles: string[];
}

export const TIMELINE_LEGEND = [
  { term: 'filled dot', meaning: 'an article was published' },
  { term: 'hollow dot', meaning: 'an event the article dates in its text' },
];

export function storyDating(span: [string | null, string | null], timeline: TimelineEntry[], flags: Flag[]): StoryDating {
  if (span[0] || span[1]) {
    const from = (span[0] ?? span[1])!;
    return { basis: 'published', period: [from, span[1] ?? from], note: 'publication dates of its articles' };
  }
  const periods = flags.flatMap((f) => (f.period ? [f.period] : []));
  if (periods.length) {
    const from = periods.map((p) => p[0]).sort()[0]!;
    const to = periods.map((p) => p[1]).sort().at(-1)!;
    return { basis: 'text', period: [from, to], note: 'no publication date; the evidence in its text places the events in this period' };
  }
  const events = timeline.filter((t) => t.kind === 'event').map((t) => t.date).sort();
  if (events.length) return { basis: 'text', period: [events[0]!, events.at(-1)!], note: 'no publication date; the dates its text mentions' };
  return { basis: 'none', period: null, note: 'no publication date, and its text places the events at no date' };
}

export function timelineRows(timeline: TimelineEntry[], articles: Pick<StoryArticle, 'id' | 'label'>[]): TimelineRow[] {
  const label = new Map(articles.map((a) => [a.id, a.label]));
  return [...timeline]
    .sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1))
    .map((t) => {
      const ids = t.articles ?? [t.article];
      return { date: t.date, kind: t.kind, outlets: [...new Set(ids.map((a) => label.get(a) ?? 'another article'))], text: t.text, articles: ids };
    });
}
