// Ingest throughput: readInput + cleanDoc on a generated corpus (src/gen) rendered as scraped text
// and as HTML pages, plus the 181 real pages of the HTML benchmark, with Readability alone on the
// same HTML for comparison. Single-threaded, so every rate is per core.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { generateCorpus } from '../../src/gen/index.js';
import { htmlBenchDir } from '../../src/testing/fixtures.js';
import { report, timed } from './_measure.js';

interface Input {
  path: string;
  bytes: Uint8Array;
}

function ingestAll(inputs: Input[]): number {
  let articles = 0;
  for (const { path, bytes } of inputs) {
    for (const doc of readInput(path, bytes).docs) if (cleanDoc(doc).body) articles++;
  }
  return articles;
}

function readabilityAll(pages: string[]): number {
  let parsed = 0;
  for (const html of pages) {
    const { document } = parseHTML(html);
    if (new Readability(document as unknown as Document).parse()?.textContent) parsed++;
  }
  return parsed;
}

export default async function main(): Promise<void> {
  const perFormat = Number(process.env.INGEST_BENCH_ARTICLES ?? 10_000);
  const corpus = generateCorpus({ articles: perFormat, seed: 11 });
  const text: Input[] = corpus.articles.map((a) => ({ path: `${a.file}.txt`, bytes: Buffer.from(a.text) }));
  const htmlPages = corpus.articles.map((a) => a.html);
  const html: Input[] = corpus.articles.map((a, i) => ({ path: `${a.file}.html`, bytes: Buffer.from(htmlPages[i]) }));
  const realFiles = readdirSync(join(htmlBenchDir, 'html')).filter((f) => f.endsWith('.html.gz'));
  const real: Input[] = realFiles.map((f) => ({ path: f, bytes: readFileSync(join(htmlBenchDir, 'html', f)) }));
  const realPages = real.map((r) => readInput(r.path, r.bytes).docs[0]?.html ?? '');

  console.log(`generated corpus: ${perFormat} articles, each as .txt and .html (${2 * perFormat} inputs); 2-core shared machine, figures are noisy`);
  // Warm the JIT on a few hundred inputs of each kind so the timings are steady-state throughput.
  ingestAll(text.slice(0, 300));
  ingestAll(html.slice(0, 300));
  readabilityAll(htmlPages.slice(0, 100));
  const t = await timed(() => ingestAll(text));
  report('text: readInput + cleanDoc', t.result, t);
  const h = await timed(() => ingestAll(html));
  report('generated HTML: readInput + cleanDoc', h.result, h);
  const hr = await timed(() => readabilityAll(htmlPages));
  report('generated HTML: Readability alone (linkedom)', hr.result, hr);
  const r = await timed(() => ingestAll(real));
  report(`real HTML (${real.length} pages, gzip): readInput + cleanDoc`, r.result, r);
  const rr = await timed(() => readabilityAll(realPages));
  report('real HTML: Readability alone (linkedom)', rr.result, rr);
  console.log(`  goals per core: text >= 2,000/s, HTML >= 300/s`);
}
