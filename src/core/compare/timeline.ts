// A story's timeline (publication dates and the dated events its articles mention, resolved
// against each article's own date) and stale-story flags from the articles' internal evidence.
import * as chrono from 'chrono-node';
import { evidencePeriod, monthsOutside } from '../stories/index.js';
import type { Article, Flag, IsoDate, Story, TimelineEntry } from '../types.js';
import type { ArticleUnits } from './units.js';

/** Evidence this many months away from the article's (or its story's) date makes it stale. */
const STALE_MONTHS = 6;
const TEXT_CHARS = 200;
/**
 * A date expression names a calendar point: a month, a weekday, a year, or yesterday / last week.
 * Durations ("the past six months"), "now" and vague futures ("next year") are not events.
 */
const CALENDAR_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast (?:week|month)\b|\b(?:1[89]|20)\d{2}\b/i;
const FUTURE = /\b(?:will|shall|is due to|are due to|is expected to|are expected to|is set to|are set to|plans? to|next)\b/i;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;
/** "said on Monday", "was arrested on Friday": a past-tense verb right before the day points back. */
const PAST_DAY = /\b(?:said|told|\w+ed)\s+(?:on\s+)?(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

export function storyTimeline(story: Story, units: ArticleUnits[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const events = new Map<string, TimelineEntry>();
  for (const { article, sentences } of units) {
    if (article.published) {
      entries.push({ story: story.id, article: article.id, date: article.published, kind: 'published', text: clip(article.headline ?? sentences[0]?.text ?? '') });
    }
    const ref = article.published ? new Date(`${article.published.slice(0, 10)}T12:00:00Z`) : null;
    for (const s of sentences) {
      for (const date of eventDates(s.text, ref)) {
        const text = clip(s.text);
        // One event per fact: a copy (or another outlet) stating the same sentence adds its article.
        const key = `${date}|${text}`;
        const seen = events.get(key);
        if (seen) {
          if (!seen.articles!.includes(article.id)) seen.articles!.push(article.id);
          continue;
        }
        const entry: TimelineEntry = { story: story.id, article: article.id, date, kind: 'event', text, articles: [article.id] };
        events.set(key, entry);
        entries.push(entry);
      }
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.article.localeCompare(b.article) || a.kind.localeCompare(b.kind));
}

/**
 * Dates a sentence mentions. Relative ones ("on Wednesday", "last month") need the article's date;
 * without it only expressions that name their year count. Times of day alone are no event.
 */
export function eventDates(text: string, ref: Date | null): IsoDate[] {
  const out = new Set<IsoDate>();
  // chrono is the costly part of comparison: most sentences name no calendar point at all.
  if (!CALENDAR_WORDS.test(text)) return [];
  // "will reopen on Monday" is the coming Monday; "said on Monday" the last one.
  const forwardDate = FUTURE.test(text) && !PAST_DAY.test(text);
  for (const r of chrono.casual.parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate })) {
    const c = r.start;
    if (!CALENDAR_WORDS.test(r.text) || (!ref && !YEAR.test(r.text))) continue;
    const day = c.isCertain('day') || c.isCertain('weekday');
    const year = c.get('year');
    const month = c.get('month');
    if (!year || !month) continue;
    const ym = `${year}-${String(month).padStart(2, '0')}`;
    if (day) out.add(`${ym}-${String(c.get('day')).padStart(2, '0')}`);
    else if (c.isCertain('month')) out.add(ym);
    else out.add(String(year));
  }
  return [...out];
}

export function staleFlags(story: Story, articles: Article[]): Flag[] {
  const flags: Flag[] = [];
  const storyDate = story.span[0];
  for (const article of articles) {
    const evidence = evidencePeriod(article.body);
    if (!evidence) continue;
    const [from, to] = evidence.period;
    const readings = evidence.evidence.map((e) => `"${e.text}": ${e.reading}`).join('; ');
    const reference = article.published ?? storyDate;
    if (reference) {
      if (monthsOutside(reference, evidence.period) <= STALE_MONTHS) continue;
      const claimed = article.published ? `published ${article.published}` : `in a story dated ${storyDate}`;
      flags.push({ article: article.id, kind: 'stale', detail: `${claimed}, but its own evidence places the events in ${from}..${to} (${readings})`, period: [from, to] });
    } else {
      flags.push({ article: article.id, kind: 'undated', detail: `no publication date; its own evidence places the events in ${from}..${to} (${readings})`, period: [from, to] });
    }
  }
  return flags;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_CHARS ? flat.slice(0, TEXT_CHARS - 1) + '…' : flat;
}
