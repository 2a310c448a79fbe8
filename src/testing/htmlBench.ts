// Loader for the public article-extraction benchmark pages (../shared/bench/article-extraction).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlBenchDir } from './fixtures.js';

export interface BenchPage {
  id: string;
  url: string;
  html: string;
  /** Bytes of the decompressed HTML, for MB/s figures. */
  bytes: number;
  truth: string;
}

export function loadHtmlBench(): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(htmlBenchDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return readdirSync(join(htmlBenchDir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.html\.gz$/, '');
      const raw = gunzipSync(readFileSync(join(htmlBenchDir, 'html', file)));
      return { id, url: truth[id].url, html: raw.toString('utf8'), bytes: raw.length, truth: truth[id].articleBody };
    });
}
