// Ingest accuracy: the seeds (../shared/truth) and ingest's own synthetic test articles, read and
// cleaned as the CLI does, scored field by field against their truth.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { join } from 'node:path';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { extractHtml } from '../../src/core/ingest/html/index.js';
import { benchmarkScore, shingleCounts } from '../../src/core/ingest/html/metric.js';
import { cleanText } from '../../src/core/ingest/text.js';
import { generateCorpus } from '../../src/gen/index.js';
import { loadHtmlBench } from '../../src/testing/htmlBench.js';
import { dateline } from '../../src/gen/render.js';
import type { Article } from '../../src/core/types.js';
import { loadSeeds, loadTruth, repoRoot } from '../../src/testing/fixtures.js';

interface ArticleTruth {
  file: string;
  headline: string | null;
  published: string | null;
  outlet: string | null;
  url?: string | null;
  body_must_keep: string[];
  body_must_drop: string[];
  /** The exact cleaned body, where known (generated articles). */
  body?: string;
}

interface Score {
  hit: number;
  of: number;
}

type Row = [string, Score, string];

function score(rows: Map<string, Score>, key: string, ok: boolean): void {
  const s = rows.get(key) ?? { hit: 0, of: 0 };
  s.of++;
  if (ok) s.hit++;
  rows.set(key, s);
}

function evaluate(cases: { truth: ArticleTruth; article: Article }[]): { rows: Row[]; misses: string[] } {
  const scores = new Map<string, Score>();
  const misses: string[] = [];
  const check = (key: string, ok: boolean, file: string, detail: string) => {
    score(scores, key, ok);
    if (!ok) misses.push(`${file}: ${key}: ${detail}`);
  };
  for (const { truth, article } of cases) {
    const f = truth.file;
    check('headline (exact, null where null)', article.headline === truth.headline, f, `got ${JSON.stringify(article.headline)}`);
    check('published (exact, null where null)', article.published === truth.published, f, `got ${JSON.stringify(article.published)}`);
    if (truth.outlet !== null) check('outlet (where truth names one)', article.outlet === truth.outlet, f, `got ${JSON.stringify(article.outlet)}`);
    else check('outlet left null (truth: not named)', article.outlet === null, f, `got ${JSON.stringify(article.outlet)}`);
    if (truth.url !== undefined) check('url (exact, null where null)', article.url === truth.url, f, `got ${JSON.stringify(article.url)}`);
    for (const keep of truth.body_must_keep) check('body_must_keep present (recall)', article.body.includes(keep), f, keep);
    for (const drop of truth.body_must_drop) check('body_must_drop absent', !article.body.includes(drop), f, drop);
    if (truth.body !== undefined) check('body exactly as generated', article.body === truth.body, f, article.body.slice(0, 80));
  }
  const order = (k: string) => ['headline', 'published', 'outlet (', 'outlet left', 'url', 'body_must_keep', 'body_must_drop', 'body exactly'].findIndex((p) => k.startsWith(p));
  const rows: Row[] = [...scores].sort(([a], [b]) => order(a) - order(b)).map(([k, s]) => [k, s, `${((100 * s.hit) / s.of).toFixed(1)}%`]);
  return { rows, misses };
}

function print(title: string, { rows, misses }: ReturnType<typeof evaluate>): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`  ${'field'.padEnd(width)}  correct  accuracy`);
  for (const [k, s, pct] of rows) console.log(`  ${k.padEnd(width)}  ${`${s.hit}/${s.of}`.padStart(7)}  ${pct.padStart(8)}`);
  for (const m of misses.slice(0, 10)) console.log(`  miss: ${m}`);
  if (misses.length > 10) console.log(`  ... and ${misses.length - 10} more misses`);
}

function clean(path: string, bytes: Uint8Array = readFileSync(path)): Article {
  const { docs, errors } = readInput(path, bytes);
  if (errors.length || docs.length !== 1) throw new Error(`${path}: ${errors.map((e) => e.message).join('; ')}`);
  return cleanDoc(docs[0]);
}

export default async function main(): Promise<void> {
  const truth = loadTruth();
  const seeds = loadSeeds().map((seed) => ({
    truth: truth.articles.find((a: ArticleTruth) => a.file === seed.file) as ArticleTruth,
    article: clean(seed.path),
  }));
  print(`Seeds (${seeds.length} real scraped articles, ../shared/truth/seeds.json)`, evaluate(seeds));

  const dir = join(repoRoot, 'src/core/ingest/testdata');
  const synthetic = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')).articles.map((t: ArticleTruth) => ({
    truth: t,
    article: clean(join(dir, t.file)),
  }));
  print(`Ingest's synthetic test articles (${synthetic.length}, src/core/ingest/testdata; written with the rules in view)`, evaluate(synthetic));
  for (const format of ['txt', 'html'] as const) print(`Generated corpus as .${format} (src/gen, 1000 articles)`, evaluate(generatedCases(1000, format)));
  realPages();
}

/**
 * The generated corpus (src/gen) as scraped text and as HTML. Its truth is trimmed to what each
 * rendering states: a text dateline may omit the time, and only some text layouts name the outlet.
 */
function generatedCases(articles: number, format: 'txt' | 'html'): { truth: ArticleTruth; article: Article }[] {
  return generateCorpus({ articles, seed: 5 }).articles.map((g) => {
    const shown = format === 'html' ? g.published : g.published && !/\d:\d\d/.test(dateline(g.published, g.layout)) ? g.published.slice(0, 10) : g.published;
    const named = format === 'html' || (g.outlet !== null && g.text.split('\n').includes(g.outlet));
    const truth: ArticleTruth = { file: `${g.file}.${format}`, headline: g.headline, published: shown, outlet: named ? g.outlet : null, body_must_keep: [], body_must_drop: [], body: g.body };
    return { truth, article: clean(truth.file, Buffer.from(format === 'html' ? g.html : g.text)) };
  });
}

const BLOCK = /^(?:p|div|section|article|main|header|footer|aside|nav|form|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|figure|figcaption|br|hr|title)$/i;

/** A page's whole visible text, one block per paragraph: what a crude scraper saves. */
function wholePageText(html: string): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: ChildNode) => {
    if (node.type === 'text') line += node.data;
    if (node.type !== 'tag') return;
    if (/^(?:head|noscript|svg)$/i.test(node.name)) return;
    const block = BLOCK.test(node.name);
    if (block) flush();
    for (const child of node.children) walk(child);
    if (block) flush();
  };
  for (const child of parseDocument(html).children) walk(child);
  flush();
  return blocks.join('\n\n');
}

/**
 * On the 181 real benchmark pages: whether the text cleaning run on extracted HTML helps or hurts,
 * and what it does alone to a crude scrape of each whole page.
 */
function realPages(): void {
  const pages = loadHtmlBench();
  const score = (texts: string[]) => benchmarkScore(pages.map((p, i) => shingleCounts(p.truth, texts[i])));
  const crude = pages.map((p) => wholePageText(p.html));
  const rows: [string, ReturnType<typeof benchmarkScore>][] = [
    ['extractHtml alone', score(pages.map((p) => extractHtml(p.html, p.url).body))],
    ['cleanDoc (extractHtml + text cleaning)', score(pages.map((p) => cleanDoc({ source: p.url, format: 'html', html: p.html, meta: { url: p.url } }).body))],
    ['whole-page text, uncleaned', score(crude)],
    ['whole-page text + text cleaning only', score(crude.map((t) => cleanText(t).body))],
    // Pure article prose in, so recall is the share of real prose the cleaning wrongly removes.
    ['truth bodies + text cleaning (prose kept)', score(pages.map((p) => cleanText(p.truth).body))],
  ];
  console.log(`\nReal HTML pages (${pages.length}, article-extraction benchmark, its shingle metric)`);
  console.log('  body from                                  precision  recall     F1');
  for (const [name, s] of rows) console.log(`  ${name.padEnd(42)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)}`);
}
