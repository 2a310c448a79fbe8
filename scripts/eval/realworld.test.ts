// The realworld eval's feeding: the same texts as .txt files and as one JSONL corpus give the same
// articles, rows map back to them, and a missing cache is reported, not thrown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byRow, runFeed } from './_realworld-run.js';
import { loadTexts, type Row } from './_realworld.js';

const texts = new Map([
  ['x1', 'Ferry service halted after hull crack\n\nThe ferry between Norrvik and Tallholm stopped on Monday after inspectors found a crack in its hull.\n\n"We will not sail until every plate is checked," said harbour master Ilse Marken. The operator said 40 crossings were cancelled.'],
  ['x2', 'Ferry service halted after hull crack\n\nThe ferry between Norrvik and Tallholm stopped on Monday after inspectors found a crack in its hull.\n\n"We will not sail until every plate is checked," said harbour master Ilse Marken. The operator said 40 crossings were cancelled.'],
  ['x3', 'Teachers walk out in Kellmark\n\nTeachers in Kellmark walked out on Friday over unpaid overtime, their union said. "We are owed three months of pay," said union leader Dev Raman.'],
]);
const row = (id: string, url: string): Row => ({ id, url, outlet: '', language: 'en', published: '', story: '', thread: '', copy_of: '', copy_kind: '', notes: '' });
const rows = [row('x1', 'https://norrvik-courier.example/2031/03/ferry'), row('x2', 'https://tallholm-news.example/ferry'), row('x3', 'https://kellmark-post.example/teachers'), row('x4', 'https://lost.example/a')];
const dir = mkdtempSync(join(tmpdir(), 'storytrace-realworld-'));
for (const [id, text] of texts) writeFileSync(join(dir, `${id}.txt`), text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runFeed', () => {
  it('gives the same articles from .txt files and from a JSONL corpus; identical texts are one article unless their addresses differ', () => {
    const [txt, jsonl] = (['txt', 'jsonl'] as const).map((feed) => runFeed(feed, rows, texts, dir));
    for (const run of [txt, jsonl]) {
      expect(run.lost).toEqual([{ id: 'x4', why: 'text not in the cache' }]);
      expect(run.times.map(([stage]) => stage)).toEqual(['read + clean', 'extract', 'reuse', 'stories', 'resolve + compare']);
    }
    // Without addresses the same text is one article; two outlets' addresses make two reports of it.
    expect(txt.articleOf.get('x1')!.id).toBe(txt.articleOf.get('x2')!.id);
    expect(txt.rowsOf.get(txt.articleOf.get('x1')!.id)).toEqual(['x1', 'x2']);
    expect(txt.report.articles).toHaveLength(2);
    expect(jsonl.articleOf.get('x1')!.id).not.toBe(jsonl.articleOf.get('x2')!.id);
    expect(jsonl.report.articles).toHaveLength(3);
    expect(jsonl.articleOf.get('x3')!.url).toBe('https://kellmark-post.example/teachers');
    expect(txt.articleOf.get('x3')!.body).toBe(jsonl.articleOf.get('x3')!.body);
  });

  it('maps report items back to every row of their article', () => {
    const run = runFeed('txt', rows, texts, dir);
    const quotes = byRow(run, run.report.quotes);
    expect(quotes.get('x1')!.map((q) => q.text)).toEqual(quotes.get('x2')!.map((q) => q.text));
    expect(quotes.get('x3')!.some((q) => q.text.includes('three months of pay'))).toBe(true);
  });
});

describe('loadTexts', () => {
  it('says in one line why there are no texts', () => {
    const saved = process.env.STORYTRACE_REALWORLD;
    try {
      delete process.env.STORYTRACE_REALWORLD;
      expect(loadTexts(rows)).toEqual({ absent: expect.stringContaining('STORYTRACE_REALWORLD is not set') });
      process.env.STORYTRACE_REALWORLD = join(dir, 'nowhere');
      expect(loadTexts(rows)).toEqual({ absent: expect.stringContaining('does not exist') });
      process.env.STORYTRACE_REALWORLD = dir;
      const loaded = loadTexts(rows);
      expect('texts' in loaded && [...loaded.texts.keys()]).toEqual(['x1', 'x2', 'x3']);
    } finally {
      if (saved === undefined) delete process.env.STORYTRACE_REALWORLD;
      else process.env.STORYTRACE_REALWORLD = saved;
    }
  });
});
