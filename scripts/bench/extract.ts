// Extraction throughput: extractArticle on a generated corpus (src/gen) and on the real seed
// articles repeated, then resolveCorpus over all extractions. Single-threaded, so the CPU rate is
// the per-core figure (goal: >= 1,000 articles/s per core).
import { readFileSync } from 'node:fs';
import type { Article, ArticleExtraction } from '../../src/core/types.js';
import { extractArticle, resolveCorpus } from '../../src/core/extract/index.js';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { loadSeeds } from '../../src/testing/fixtures.js';
import { report, timed } from './_measure.js';

export default async function main(): Promise<void> {
  const n = Number(process.env.EXTRACT_BENCH_ARTICLES ?? 5_000);
  const generated = generateCorpus({ articles: n, seed: 7 }).articles.map((a) => a.article);
  const seeds = loadSeeds().map((s) => cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0]));
  const seedRepeats: Article[] = Array.from({ length: 400 }, (_, i) => ({ ...seeds[i % seeds.length], id: `seed-${i}` }));
  const avgChars = Math.round(generated.reduce((s, a) => s + a.body.length, 0) / generated.length);
  console.log(`generated corpus: ${n} articles, ${avgChars} chars on average; 2-core shared machine, figures are noisy`);

  // Warm the JIT on both kinds of text before timing.
  for (const a of [...generated.slice(0, 300), ...seedRepeats.slice(0, 50)]) extractArticle(a);
  const g = await timed(() => generated.map(extractArticle));
  report('generated: extractArticle', n, g);
  const s = await timed(() => seedRepeats.map(extractArticle));
  report('seeds x80: extractArticle', seedRepeats.length, s);
  const extractions: ArticleExtraction[] = g.result;
  const r = await timed(() => resolveCorpus(extractions));
  report(`generated: resolveCorpus (${r.result.entities.length} entities)`, n, r);
  console.log('  goal per core: extractArticle >= 1,000 articles/s');
}
