// A story's timeline (publication dates and the dated events its articles mention, resolved
// against each article's own date) and stale-story flags from the articles' internal evidence.
import { evidencePeriod, monthsOutside } from '../stories/index.js';
import type { Article, Flag, Story, TimelineEntry } from '../types.js';
import { eventDates } from './event-dates.js';
import type { ArticleUnits } from './units.js';

/** Evidence this many months away from the article's (or its story's) date makes it stale. */
const STALE_MONTHS = 6;
const TEXT_CHARS = 200;

export function storyTimeline(story: Pick<Story, 'id' | 'span'>, units: ArticleUnits[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const events = new Map<string, TimelineEntry>();
  for (const { article, sentences } of units) {
    if (article.published) {
      entries.push({ story: story.id, article: article.id, date: article.published, kind: 'published', text: clip(article.headline ?? sentences[0]?.text ?? '') });
    }
    const ref = article.published ? new Date(`${article.published.slice(0, 10)}T12:00:00Z`) : null;
    for (const s of sentences) {
      // An undated article's days and months take the year nearest its story's dated span.
      for (const date of eventDates(s.text, ref, article.language ?? null, story.span)) {
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

export function staleFlags(story: Pick<Story, 'span'>, articles: Article[]): Flag[] {
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
