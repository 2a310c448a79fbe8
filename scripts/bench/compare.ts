// Comparison throughput: compareStories over a generated corpus whose earlier stages (extraction,
// reuse, stories) are computed outside the timing. Single thread; CPU time is the per-core figure.
import { compareStories } from '../../src/core/compare/index.js';
import { extractArticle, resolveCorpus } from '../../src/core/extract/index.js';
import { detectReuse } from '../../src/core/reuse/index.js';
import { clusterStories } from '../../src/core/stories/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { report, timed } from './_measure.js';

export default async function benchCompare(): Promise<void> {
  const sizes = (process.env.COMPARE_BENCH_SIZES ?? '3000,10000').split(',').map(Number);
  for (const size of sizes) {
    const articles = generateCorpus({ articles: size, seed: 5 }).articles.map((a) => a.article);
    const extractions = articles.map(extractArticle);
    const input = { articles, extractions, reuse: detectReuse(articles), stories: clusterStories(articles, extractions), ...resolveCorpus(extractions) };
    const m = await timed(() => compareStories(input));
    report(`compareStories (${input.stories.length} stories, ${m.result.claims.length} claims)`, size, m, 48);
  }
}
