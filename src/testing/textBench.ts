// Loader for a third HTML-extraction benchmark kept outside the repository and named by
// STORYTRACE_HTMLBENCH3: one folder per dataset, each holding `html/<id>.html` and the gold main
// text `gold/<id>.txt`. Pages are decoded as storytrace's own reader decodes an .html file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { declaredHtmlCharset, decodeText } from '../core/ingest/bytes.js';

export interface TextBenchPage {
  dataset: string;
  id: string;
  html: string;
  /** Bytes of the HTML file, for MB/s figures. */
  bytes: number;
  gold: string;
}

export function loadTextBench(dir: string): TextBenchPage[] {
  const pages: TextBenchPage[] = [];
  for (const dataset of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, dataset, 'gold'))) continue;
    for (const file of readdirSync(join(dir, dataset, 'gold')).sort()) {
      const id = file.replace(/\.txt$/, '');
      const htmlPath = join(dir, dataset, 'html', `${id}.html`);
      if (!existsSync(htmlPath)) continue;
      const raw = readFileSync(htmlPath);
      const decoded = decodeText(raw, declaredHtmlCharset(raw));
      // A page the reader would refuse yields no text, and scores 0.
      const html = decoded.ok ? decoded.value : '';
      pages.push({ dataset, id, html, bytes: raw.length, gold: readFileSync(join(dir, dataset, 'gold', file), 'utf8') });
    }
  }
  return pages;
}

/** The benchmark folder from STORYTRACE_HTMLBENCH3, or a one-line reason why there is none. */
export function textBenchFromEnv(): { dir: string } | { absent: string } {
  const dir = process.env.STORYTRACE_HTMLBENCH3;
  if (!dir) return { absent: 'STORYTRACE_HTMLBENCH3 is not set (a folder of <dataset>/html/<id>.html and <dataset>/gold/<id>.txt)' };
  if (!existsSync(dir)) return { absent: `STORYTRACE_HTMLBENCH3=${dir} does not exist` };
  return { dir };
}
