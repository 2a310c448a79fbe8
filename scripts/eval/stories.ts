// Story clustering accuracy: BCubed precision/recall/F1 on generated corpora with known stories
// (the shared generator in src/gen, and our own beat-based generator whose stories share people,
// vocabulary and dates), and the seeds' two stories.
import { readFileSync } from 'node:fs';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { clusterStories } from '../../src/core/stories/index.js';
import type { Article } from '../../src/core/types.js';
import { generateCorpus } from '../../src/gen/index.js';
import { loadSeeds, loadTruth } from '../../src/testing/fixtures.js';
import { bcubed, generateStoryCorpus } from './_story-corpus.js';

interface Corpus {
  name: string;
  articles: Article[];
  truth: Map<string, string>;
}

function corpora(): Corpus[] {
  const out: Corpus[] = [];
  for (const [articles, seed] of [[2_000, 1], [10_000, 2]]) {
    const g = generateCorpus({ articles, seed });
    out.push({
      name: `src/gen seed=${seed}`,
      articles: g.articles.map((a) => a.article),
      truth: new Map(g.articles.map((a) => [a.article.id, a.story])),
    });
  }
  for (const [articles, seed, undated] of [[2_000, 1, 0.05], [10_000, 2, 0.05], [10_000, 3, 0.3]] as const) {
    out.push({ name: `beats seed=${seed} undated=${undated}`, ...generateStoryCorpus({ articles, seed, undated }) });
  }
  const truth = loadTruth();
  const seeds = loadSeeds().map((s, i) => ({ article: cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0]), story: truth.articles[i].story as string }));
  out.push({ name: 'seeds', articles: seeds.map((s) => s.article), truth: new Map(seeds.map((s) => [s.article.id, s.story])) });
  return out;
}

export default async function evalStories(): Promise<void> {
  const rows: string[][] = [['corpus', 'articles', 'true stories', 'found', 'BCubed P', 'BCubed R', 'BCubed F1']];
  for (const c of corpora()) {
    const stories = clusterStories(c.articles);
    const score = bcubed(
      stories.map((s) => s.articles),
      c.truth,
    );
    rows.push([
      c.name,
      String(c.articles.length),
      String(new Set(c.truth.values()).size),
      String(stories.length),
      score.precision.toFixed(3),
      score.recall.toFixed(3),
      score.f1.toFixed(3),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
}
