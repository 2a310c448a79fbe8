// A story's coverage at a glance: how many articles, outlets, independent origins (as the core
// counted them), copies folded into what they copy, and languages. Counts only; decides nothing.
import type { StoryView } from './story-view.js';

export interface Coverage {
  articles: number;
  outlets: number;
  /** The outlets as a reader says them, unknown ones included (see outletsText). */
  outletsText: string;
  /** The core's independent origins of the story's central claim. */
  origins: number;
  /** Articles that republish another article of the story (the core's copies). */
  copies: number;
  /** The core's threads: moves of the story, each told in one set of words. */
  threads: number;
  /** ISO 639-1 codes, most articles first; articles of unknown language are left out. */
  languages: { code: string; articles: number }[];
  /** One segment per origin: the origin's label and how many articles carry it, copies included. */
  segments: { label: string; articles: number }[];
}

export function storyCoverage(view: StoryView): Coverage {
  const copies = new Set(view.provenance.copies.map((c) => c.copy));
  const byLanguage = new Map<string, number>();
  for (const a of view.articles) if (a.language) byLanguage.set(a.language, (byLanguage.get(a.language) ?? 0) + 1);
  return {
    articles: view.story.articleCount,
    outlets: view.story.outletCount,
    outletsText: view.story.outletsText,
    origins: view.story.originCount,
    copies: copies.size,
    threads: view.threads.length,
    languages: [...byLanguage].map(([code, articles]) => ({ code, articles })).sort((a, b) => b.articles - a.articles || a.code.localeCompare(b.code)),
    segments: view.provenance.origins.map((o) => ({ label: o.label, articles: o.articles.length })),
  };
}
