// Text reuse accuracy: pair precision/recall for reuse of two paragraphs or more on generated
// corpora (src/gen truth), recall per kind of injected reuse, direction and kind agreement, and
// the seeds' one republication.
import { readFileSync } from 'node:fs';
import { detectReuse } from '../../src/core/reuse/index.js';
import { scoreReuse } from '../../src/core/reuse/score.js';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { loadSeeds, loadTruth } from '../../src/testing/fixtures.js';

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(`  ${r.map((c, i) => c.padEnd(widths[i])).join('  ')}`);
}

export default async function evalReuse(): Promise<void> {
  const rows = [['corpus', 'articles', 'truth pairs >=2 par.', 'TP', 'FP', 'FN', 'precision', 'recall', 'direction right/wrong/unknown']];
  const perKind = [['corpus', 'truth kind', 'pairs', 'recall', 'record kinds']];
  for (const [articles, seed] of [
    [3_000, 1],
    [3_000, 2],
    [10_000, 3],
  ] as const) {
    const corpus = generateCorpus({ articles, seed });
    const records = detectReuse(corpus.articles.map((a) => a.article));
    const s = scoreReuse(records, corpus.reuse);
    const label = `generated seed=${seed}`;
    rows.push([
      label,
      String(articles),
      String(s.truePositives + s.falseNegatives),
      String(s.truePositives),
      String(s.falsePositives),
      String(s.falseNegatives),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      `${s.direction.right}/${s.direction.wrong}/${s.direction.unknown}`,
    ]);
    for (const [kind, found] of Object.entries(s.kinds).sort()) {
      const hit = Object.values(found).reduce((x, y) => x + y, 0);
      const missed = s.missed.filter((m) => m.kind === kind).length;
      const kinds = Object.entries(found).sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      perKind.push([label, kind, String(hit + missed), (hit / (hit + missed)).toFixed(3), kinds]);
    }
  }
  printTable(rows);
  console.log('');
  printTable(perKind);

  const truth = loadTruth();
  const seeds = loadSeeds().map((f) => ({ prefix: f.prefix, article: cleanDoc(readInput(f.path, readFileSync(f.path)).docs[0]) }));
  const prefix = new Map(seeds.map((s) => [s.article.id, s.prefix]));
  const found = detectReuse(seeds.map((s) => s.article)).map((r) => `${prefix.get(r.source)} -> ${prefix.get(r.copy)} ${r.kind} (${r.direction})`);
  const expected = truth.text_reuse.map((t: { source: string; copy: string }) => `${t.source} -> ${t.copy} republication (known)`);
  console.log(`\n  seeds: expected [${expected.join('; ')}], found [${found.join('; ')}]: ${JSON.stringify(found) === JSON.stringify(expected) ? 'exact' : 'DIFFERENT'}`);
}
