// Story clustering accuracy: BCubed precision/recall/F1 on generated corpora with known stories,
// and the seeds' two stories.
import { clusterStories } from '../../src/core/stories/index.js';
import { bcubed, generateStoryCorpus } from './_story-corpus.js';

export default async function evalStories(): Promise<void> {
  const rows: string[][] = [['corpus', 'articles', 'true stories', 'found', 'BCubed P', 'BCubed R', 'BCubed F1']];
  for (const [articles, seed, undated] of [
    [2_000, 1, 0.05],
    [10_000, 2, 0.05],
    [10_000, 3, 0.3],
  ] as const) {
    const { articles: docs, truth } = generateStoryCorpus({ articles, seed, undated });
    const stories = clusterStories(docs);
    const score = bcubed(
      stories.map((s) => s.articles),
      truth,
    );
    rows.push([
      `generated seed=${seed} undated=${undated}`,
      String(docs.length),
      String(new Set(truth.values()).size),
      String(stories.length),
      score.precision.toFixed(3),
      score.recall.toFixed(3),
      score.f1.toFixed(3),
    ]);
  }
  printTable(rows);
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}
