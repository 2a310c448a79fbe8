// Loader for a second, unseen HTML-extraction benchmark scored by snippets, kept outside the
// repository and named by STORYTRACE_HTMLBENCH2: `evaldata.json` ({file: {url, with[], without[]}})
// beside `html/<file>`. Pages are decoded as storytrace's own reader decodes an .html file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredHtmlCharset, decodeText } from '../core/ingest/bytes.js';
import { snippetCounts, snippetScore, type SnippetCounts, type SnippetScore } from '../core/ingest/html/snippet-metric.js';

export interface SnippetBenchPage {
  file: string;
  url: string;
  html: string;
  /** Bytes of the HTML file, for MB/s figures. */
  bytes: number;
  with: string[];
  without: string[];
}

type Entry = { url: string; with: string[]; without: string[] };

export function loadSnippetBench(dir: string): SnippetBenchPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, Entry>;
  return Object.keys(data)
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, 'html', file));
      const decoded = decodeText(raw, declaredHtmlCharset(raw));
      // A page the reader would refuse yields no text: its 'with' snippets count as missed.
      const html = decoded.ok ? decoded.value : '';
      return { file, url: data[file].url, html, bytes: raw.length, with: data[file].with, without: data[file].without };
    });
}

/** The benchmark folder from STORYTRACE_HTMLBENCH2, or a one-line reason why there is none. */
export function snippetBenchFromEnv(): { dir: string } | { absent: string } {
  const dir = process.env.STORYTRACE_HTMLBENCH2;
  if (!dir) return { absent: 'STORYTRACE_HTMLBENCH2 is not set (a folder of evaldata.json and html/<file>)' };
  if (!existsSync(join(dir, 'evaldata.json'))) return { absent: `STORYTRACE_HTMLBENCH2=${dir} holds no evaldata.json` };
  return { dir };
}

export interface SnippetRun {
  name: string;
  counts: SnippetCounts[];
  score: SnippetScore;
  seconds: number;
  /** Pages the extractor threw on, scored as extracting nothing (as the benchmark's own runner does). */
  crashed: string[];
}

/** One extractor over every page, timed, with each page's counts and the benchmark's score. */
export function runSnippetBench(name: string, pages: readonly SnippetBenchPage[], extract: (page: SnippetBenchPage) => string): SnippetRun {
  const texts: string[] = [];
  const t0 = performance.now();
  const crashed: string[] = [];
  for (const page of pages) {
    try {
      texts.push(extract(page));
    } catch {
      crashed.push(page.file);
      texts.push('');
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const counts = pages.map((p, i) => snippetCounts(p, texts[i]));
  return { name, counts, score: snippetScore(counts), seconds, crashed };
}
