// Every stage over a set of articles in memory, for evaluation, tests and benchmarks. The app's
// pipeline runs the same stages incrementally over the store.
import { compareStories } from './compare/index.js';
import { extractArticle, resolveCorpus } from './extract/index.js';
import { detectReuse } from './reuse/index.js';
import { clusterStories } from './stories/index.js';
import type { AnalysisReport, Article } from './types.js';

export function analyzeArticles(articles: Article[]): AnalysisReport {
  const extractions = articles.map(extractArticle);
  const resolved = resolveCorpus(extractions);
  const reuse = detectReuse(articles);
  const stories = clusterStories(articles, extractions);
  const comparison = compareStories({ stories, articles, extractions, reuse, ...resolved });
  return {
    articles: articles.map(({ original: _original, ...rest }) => rest),
    reuse,
    ...resolved,
    stories,
    ...comparison,
  };
}
