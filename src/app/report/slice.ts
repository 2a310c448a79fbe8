// A report cut into per-story pieces, so a surface can show some stories without indexing the
// whole corpus (the terminal summary, one story, or every story a few at a time).
import type { AnalysisReport } from '../../core/types.js';
import { ReportIndex, type StorySummary } from '../../view/index.js';

/** The parts of a report one story's view needs: its articles and what refers to them. */
export type StorySlice = Omit<AnalysisReport, 'entities'>;

function emptySlice(): StorySlice {
  return {
    articles: [],
    reuse: [],
    quotes: [],
    figures: [],
    attributions: [],
    stories: [],
    quote_groups: [],
    claims: [],
    framing: [],
    flags: [],
    timeline: [],
    figure_groups: [],
    verdicts: [],
  };
}

/** Every story's slice, built in one pass over each section (records are shared, not copied). */
export function sliceByStory(report: AnalysisReport): Map<string, StorySlice> {
  const slices = new Map<string, StorySlice>();
  const storyOf = new Map<string, string>();
  for (const s of report.stories) {
    const slice = emptySlice();
    slice.stories.push(s);
    slices.set(s.id, slice);
    for (const a of s.articles) storyOf.set(a, s.id);
  }
  const byArticle = (article: string) => slices.get(storyOf.get(article) ?? '');
  const byStory = (story: string) => slices.get(story);
  for (const a of report.articles) byArticle(a.id)?.articles.push(a);
  for (const r of report.reuse) {
    const from = byArticle(r.source);
    const to = byArticle(r.copy);
    from?.reuse.push(r);
    if (to && to !== from) to.reuse.push(r);
  }
  for (const q of report.quotes) byArticle(q.article)?.quotes.push(q);
  for (const f of report.figures) byArticle(f.article)?.figures.push(f);
  for (const a of report.attributions) byArticle(a.article)?.attributions.push(a);
  for (const f of report.flags) byArticle(f.article)?.flags.push(f);
  for (const g of report.quote_groups) byStory(g.story)?.quote_groups.push(g);
  for (const c of report.claims) byStory(c.story)?.claims.push(c);
  for (const f of report.framing) byStory(f.story)?.framing.push(f);
  for (const t of report.timeline) byStory(t.story)?.timeline.push(t);
  for (const g of report.figure_groups) byStory(g.story)?.figure_groups.push(g);
  for (const v of report.verdicts) byStory(v.story)?.verdicts.push(v);
  return slices;
}

/** Several slices as one (stories stay apart: no record belongs to two of them but reuse). */
export function joinSlices(slices: StorySlice[]): StorySlice {
  const out = emptySlice();
  const seenReuse = new Set<unknown>();
  for (const s of slices) {
    for (const key of Object.keys(out) as (keyof StorySlice)[]) {
      if (key === 'reuse') continue;
      for (const item of s[key]) (out[key] as unknown[]).push(item);
    }
    for (const r of s.reuse) if (!seenReuse.has(r)) seenReuse.add(r) && out.reuse.push(r);
  }
  return out;
}

/** Stories indexed together when every story is wanted: bounds the index built at once. */
export const STORIES_PER_INDEX = 200;

/**
 * The summary of every story, in report order. A summary reads only the story, its articles and
 * its verdict, so the index is built over those alone (indexing every quote, claim and reuse
 * record for it was a second of a 20,000-article run).
 */
export function storySummaries({ articles, stories, verdicts }: Pick<AnalysisReport, 'articles' | 'stories' | 'verdicts'>): StorySummary[] {
  return new ReportIndex({ ...emptySlice(), articles, stories, verdicts, entities: [] }).storySummaries();
}

/**
 * The report limited to some articles: the stories they are in, whole and with their stored
 * comparison (a story cut short would need comparing again), and those of them in no story.
 */
export function reportOn(report: AnalysisReport, ids: string[]): AnalysisReport {
  const wanted = new Set(ids);
  const slices = sliceByStory(report);
  const stories = report.stories.filter((s) => s.articles.some((a) => wanted.has(a)));
  const out = joinSlices(stories.map((s) => slices.get(s.id)!));
  const placed = new Set(stories.flatMap((s) => s.articles));
  const loose = new Set([...wanted].filter((a) => !placed.has(a)));
  const mine = <T extends { article: string }>(list: T[]) => list.filter((x) => loose.has(x.article));
  out.articles.push(...report.articles.filter((a) => loose.has(a.id)));
  out.quotes.push(...mine(report.quotes));
  out.figures.push(...mine(report.figures));
  out.attributions.push(...mine(report.attributions));
  out.flags.push(...mine(report.flags));
  const seen = new Set(out.reuse);
  for (const r of report.reuse) if ((loose.has(r.source) || loose.has(r.copy)) && !seen.has(r)) out.reuse.push(r);
  return { ...out, entities: entitiesOf(out, report.entities) };
}

/** Of the corpus's entities, those a report on some articles keeps: named by its stories or speaking in its quotes. */
export function entitiesOf(slice: Pick<StorySlice, 'stories' | 'quotes'>, entities: AnalysisReport['entities']): AnalysisReport['entities'] {
  const names = new Set([...slice.stories.flatMap((s) => s.entities), ...slice.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))]);
  return entities.filter((e) => names.has(e.name) || e.aliases.some((a) => names.has(a)));
}
