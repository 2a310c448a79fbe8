// Article-extraction benchmark (181 pages): storytrace's HTML extractor vs Readability on linkedom,
// scored with the benchmark's own shingle metric and timed in the same run.
// `--worst` also lists storytrace's 15 lowest-F1 pages. With STORYTRACE_HTMLBENCH2 set, both are
// also scored on a second benchmark written by others (snippets that must / must not be kept); with
// STORYTRACE_HTMLBENCH3 set, on a third (several public datasets with gold main text, token F1).
import { extractHtml } from '../../src/core/ingest/html/index.js';
import { benchmarkScore, shingleCounts, type PageCounts } from '../../src/core/ingest/html/metric.js';
import { readabilityText } from '../../src/core/ingest/html/readability.js';
import { loadHtmlBench, type BenchPage } from '../../src/testing/htmlBench.js';
import { meanTokenScore, tokenScore, type TokenScore } from '../../src/core/ingest/html/token-metric.js';
import { loadSnippetBench, runSnippetBench, snippetBenchFromEnv } from '../../src/testing/snippetBench.js';
import { loadTextBench, textBenchFromEnv } from '../../src/testing/textBench.js';

interface Run {
  name: string;
  counts: PageCounts[];
  seconds: number;
}

function run(name: string, pages: BenchPage[], extract: (page: BenchPage) => string): Run {
  const texts: string[] = [];
  const t0 = performance.now();
  for (const page of pages) texts.push(extract(page));
  const seconds = (performance.now() - t0) / 1000;
  return { name, seconds, counts: pages.map((p, i) => shingleCounts(p.truth, texts[i])) };
}

const f = (x: number) => x.toFixed(3);

export default async function evalHtml(): Promise<void> {
  const pages = loadHtmlBench();
  const mb = pages.reduce((s, p) => s + p.bytes, 0) / 2 ** 20;
  // Warm both code paths so JIT start-up does not count against the first one timed.
  for (const page of pages.slice(0, 10)) {
    extractHtml(page.html, page.url);
    readabilityText(page.html);
  }
  const runs = [
    run('storytrace', pages, (p) => extractHtml(p.html, p.url).body),
    run('readability (linkedom)', pages, (p) => readabilityText(p.html)),
  ];
  console.log(`${pages.length} pages, ${mb.toFixed(1)} MB of HTML (timings on a shared 2-core machine: noisy)`);
  console.log('extractor                 F1     precision  recall   pages/s   MB/s');
  for (const r of runs) {
    const s = benchmarkScore(r.counts);
    console.log(
      `${r.name.padEnd(24)}  ${f(s.f1)}  ${f(s.precision)}      ${f(s.recall)}    ${(pages.length / r.seconds).toFixed(0).padStart(5)}   ${(mb / r.seconds).toFixed(1).padStart(5)}`,
    );
  }
  if (process.argv.includes('--worst')) {
    const ours = runs[0].counts;
    const ranked = pages
      .map((p, i) => ({ p, c: ours[i], theirs: runs[1].counts[i] }))
      .map((x) => ({ ...x, f1: (2 * x.c.tp) / (2 * x.c.tp + x.c.fp + x.c.fn || 1), rf1: (2 * x.theirs.tp) / (2 * x.theirs.tp + x.theirs.fp + x.theirs.fn || 1) }))
      .sort((a, b) => a.f1 - b.f1)
      .slice(0, 15);
    for (const x of ranked) console.log(`${f(x.f1)} (readability ${f(x.rf1)}) p=${f(x.c.tp / (x.c.tp + x.c.fp || 1))} r=${f(x.c.tp / (x.c.tp + x.c.fn || 1))} ${x.p.id.slice(0, 12)} ${x.p.url}`);
  }
  evalSnippetBench();
  evalTextBench();
}

/** The second benchmark, in its own metric: snippet precision, recall, accuracy and F1. */
function evalSnippetBench(): void {
  const found = snippetBenchFromEnv();
  if ('absent' in found) {
    console.log(`second benchmark: ${found.absent}`);
    return;
  }
  const pages = loadSnippetBench(found.dir);
  const mb = pages.reduce((s, p) => s + p.bytes, 0) / 2 ** 20;
  const snippets = pages.reduce((s, p) => s + p.with.length + p.without.length, 0);
  const runs = [
    runSnippetBench('storytrace', pages, (p) => extractHtml(p.html, p.url).body),
    runSnippetBench('readability (linkedom)', pages, (p) => readabilityText(p.html)),
  ];
  console.log(`\nsecond benchmark (${found.dir}): ${pages.length} pages, ${snippets} snippets, ${mb.toFixed(1)} MB of HTML`);
  console.log('extractor                 F1     precision  recall   accuracy  pages/s   MB/s');
  for (const r of runs) {
    const s = r.score;
    console.log(
      `${r.name.padEnd(24)}  ${f(s.f1)}  ${f(s.precision)}      ${f(s.recall)}    ${f(s.accuracy)}   ${(pages.length / r.seconds).toFixed(0).padStart(5)}   ${(mb / r.seconds).toFixed(1).padStart(5)}`,
    );
  }
  for (const r of runs) if (r.crashed.length) console.log(`${r.name} threw on ${r.crashed.length} pages (scored as empty): ${r.crashed.slice(0, 5).join(' ')}`);
}

/** The third benchmark: mean per-page token precision, recall and F1, per dataset and overall. */
function evalTextBench(): void {
  const found = textBenchFromEnv();
  if ('absent' in found) {
    console.log(`third benchmark: ${found.absent}`);
    return;
  }
  const pages = loadTextBench(found.dir);
  const extractors: [string, (html: string) => string][] = [
    ['storytrace', (html) => extractHtml(html).body],
    ['readability (linkedom)', (html) => readabilityText(html)],
  ];
  const scores = extractors.map(([, extract]) =>
    pages.map((p) => {
      let text = '';
      try {
        text = extract(p.html);
      } catch {
        // Scored as extracting nothing, as the benchmarks' own runners do.
      }
      return tokenScore(p.gold, text);
    }),
  );
  console.log(`\nthird benchmark (${found.dir}): ${pages.length} pages, token-level mean per page`);
  console.log('dataset           pages  extractor                 F1     precision  recall');
  const datasets = [...new Set(pages.map((p) => p.dataset)), 'overall'];
  for (const dataset of datasets) {
    const keep = pages.map((p) => dataset === 'overall' || p.dataset === dataset);
    extractors.forEach(([name], i) => {
      const s = meanTokenScore(scores[i].filter((_, j) => keep[j]));
      console.log(`${dataset.padEnd(16)}  ${String(keep.filter(Boolean).length).padStart(5)}  ${name.padEnd(24)}  ${f(s.f1)}  ${f(s.precision)}      ${f(s.recall)}`);
    });
  }
  if (process.argv.includes('--worst')) {
    const ranked = pages.map((p, i) => ({ p, s: scores[0][i] as TokenScore, r: scores[1][i] })).sort((a, b) => a.s.f1 - a.r.f1 - (b.s.f1 - b.r.f1));
    for (const x of ranked.slice(0, 20)) console.log(`${f(x.s.f1)} (readability ${f(x.r.f1)}) p=${f(x.s.precision)} r=${f(x.s.recall)} ${x.p.dataset}/${x.p.id}`);
  }
}
