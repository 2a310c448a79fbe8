// Every stage over a set of articles in memory, for evaluation, tests and benchmarks. The app's
// pipeline runs the same stages incrementally over the store and assembles its report the same way.
import { compareStories } from './compare/index.js';
import { extractArticle, resolveCorpus } from './extract/index.js';
import { detectReuse } from './reuse/index.js';
import { clusterStories } from './stories/index.js';
import type { AnalysisReport, Article, ArticleExtraction, ReuseRecord, Story } from './types.js';

export function analyzeArticles(articles: Article[]): AnalysisReport {
  const extractions = articles.map(extractArticle);
  return assembleReport(articles, extractions, detectReuse(articles), clusterStories(articles, extractions));
}

/** The report from per-article extractions, reuse records and stories: corpus resolution, then comparison. */
export function assembleReport(articles: Article[], extractions: ArticleExtraction[], reuse: ReuseRecord[], stories: Story[]): AnalysisReport {
  const resolved = resolveCorpus(extractions);
  const comparison = compareStories({ stories, articles, extractions, reuse, ...resolved });
  return {
    articles: articles.map(({ original: _original, ...rest }) => rest),
    reuse,
    ...resolved,
    stories: withCopies(stories, reuse),
    ...comparison,
  };
}

/** Each member's reasons gain the articles of its story it copies text from (the reuse stage's verdict). */
function withCopies(stories: Story[], reuse: ReuseRecord[]): Story[] {
  const sources = new Map<string, string[]>();
  for (const r of reuse) {
    if (r.kind === 'shared quote only') continue;
    const list = sources.get(r.copy);
    if (list) list.push(r.source);
    else sources.set(r.copy, [r.source]);
  }
  return stories.map((story) => {
    const members = new Set(story.articles);
    return {
      ...story,
      why: story.why.map((w) => ({ ...w, copies: (sources.get(w.article) ?? []).filter((s) => members.has(s)).sort() })),
    };
  });
}
