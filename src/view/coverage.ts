// A story's coverage at a glance: how many articles, outlets, independent origins (as the core
// counted them), copies folded into what they copy, and languages. Counts only; decides nothing.
import { plural } from './format.js';
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
  /** Articles that reuse passages of another article of the story without copying it (the core's partial reuse). */
  partialReuse: number;
  /** The core's threads: moves of the story, each told in one set of words. */
  threads: number;
  /** ISO 639-1 codes, most articles first; articles of unknown language are left out. */
  languages: { code: string; articles: number }[];
  /** One segment per origin: the origin's label and how many articles carry it, copies included. */
  segments: { label: string; articles: number }[];
}

/**
 * The copies count as every surface says it, and beside it the articles that reuse part of another
 * when there are any: '0 copies', '2 with partial reuse' (never a bare '0 copies' that hides reuse).
 */
export function reuseCounts(c: Pick<Coverage, 'copies' | 'partialReuse'>): { copies: string; partial: string | null } {
  return { copies: plural(c.copies, 'copy', 'copies'), partial: c.partialReuse ? `${c.partialReuse} with partial reuse` : null };
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
    partialReuse: new Set(view.provenance.partialReuse.map((r) => r.copy)).size,
    threads: view.threads.length,
    languages: [...byLanguage].map(([code, articles]) => ({ code, articles })).sort((a, b) => b.articles - a.articles || a.code.localeCompare(b.code)),
    segments: view.provenance.origins.map((o) => ({ label: o.label, articles: o.articles.length })),
  };
}
