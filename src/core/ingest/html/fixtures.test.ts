// Hand-written pages in the layouts real sites use (WordPress blog, div-soup news page, table
// layout), each with the body a reader would keep written beside it in <name>.truth.txt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';
import { shingleCounts } from './metric.js';

const dir = fileURLToPath(new URL('./fixtures', import.meta.url));
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
const read = (file: string) => readFileSync(join(dir, file), 'utf8');

describe('synthetic layout fixtures', () => {
  it('has fixtures to check', () => expect(pages.length).toBeGreaterThanOrEqual(3));

  for (const file of pages) {
    it(`extracts the reader's text from ${file}`, () => {
      const truth = read(file.replace(/\.html$/, '.truth.txt'));
      const { body } = extractHtml(read(file));
      const { tp, fp, fn } = shingleCounts(truth, body);
      expect({ file, precision: tp / (tp + fp), recall: tp / (tp + fn) }).toEqual({ file, precision: 1, recall: 1 });
    });
  }

  it('reads the news page metadata from JSON-LD', () => {
    const meta = extractHtml(read('news-site.html'));
    expect(meta).toMatchObject({
      headline: 'Ferry operator cancels winter timetable after engine failures',
      published: '2023-01-17T06:45',
      outlet: 'The Harbour Gazette',
      url: 'https://gazette.example/news/ferry-timetable-cancelled-1234',
    });
  });

  it('reads the blog metadata from Open Graph, article: tags and the canonical link', () => {
    expect(extractHtml(read('wordpress-blog.html'))).toMatchObject({
      headline: 'Restoring a 1962 sewing machine, part two',
      published: '2022-04-09T16:20',
      outlet: 'Thread & Needle Notes',
      url: 'https://threadneedle.example/2022/04/restoring-sewing-machine-part-two/',
    });
  });
});
