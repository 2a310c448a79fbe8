// An article's identity through the whole pipeline: the same input read twice is one article; the
// same text with another date or from another outlet is another report, kept whatever the order
// the inputs arrive in; a store made when ids were the text alone keeps working.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDoc, contentId, readInput } from '../core/ingest/index.js';
import type { AnalysisReport } from '../core/types.js';
import { checkStore } from '../store/check.js';
import { Store } from '../store/index.js';
import { tempDirs } from '../testing/temp-dirs.js';
import { ingestFiles } from './ingest.js';
import { analyzeStore } from './pipeline.js';

const tempDir = tempDirs('storytrace-identity-');

const BODY = [
  'The Northshire harbour council voted on Tuesday to rebuild the Velmar ferry pier that storms damaged last winter, ending a year of debate over the cost.',
  '"The pier is how half of this town gets to work," councillor Dana Kellor said after the vote.',
  'Work is due to start in the spring and the pier should reopen within eighteen months, Tomas Verhoek of the harbour board said.',
];
const HEADLINE = 'Velmar ferry pier to be rebuilt after winter storms';
const text = (dateLine: string | null) => [HEADLINE, ...(dateLine ? [dateLine] : []), ...BODY].join('\n\n');
const record = (outlet: string) => `${JSON.stringify({ outlet, published: '2031-06-28', headline: HEADLINE, text: BODY.join('\n\n') })}\n`;

/** Writes each input into one folder; returns their paths. */
function files(inputs: Record<string, string>): string[] {
  const dir = tempDir();
  return Object.entries(inputs).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
}

/** The report after the inputs arrive one at a time in the given order, each followed by a run. */
async function reportAfter(paths: string[]): Promise<AnalysisReport> {
  const store = await Store.open({ dir: tempDir() });
  try {
    for (const p of paths) {
      await ingestFiles(store, [p]);
      await analyzeStore(store);
    }
    return await analyzeStore(store);
  } finally {
    await store.close();
  }
}

const pairs: [string, Record<string, string>][] = [
  ['an undated page and its dated version', { 'undated.txt': text(null), 'dated.txt': text('Published: 28 June 2031') }],
  ['a date and its correction', { 'first.txt': text('Published: 28 June 2031'), 'corrected.txt': text('Published: 27 June 2031') }],
  ['one wire text run by two outlets', { 'herald.jsonl': record('Harbour Herald'), 'post.jsonl': record('Velmar Post') }],
];

describe('article identity', () => {
  for (const [what, inputs] of pairs) {
    it(`keeps both of ${what}, and the report does not depend on which arrived first`, async () => {
      const [a, b] = files(inputs);
      const forward = await reportAfter([a, b]);
      const backward = await reportAfter([b, a]);
      expect(forward.articles).toHaveLength(2);
      expect(new Set(forward.articles.map((x) => `${x.outlet} ${x.published}`)).size).toBe(2);
      expect(forward.reuse).toHaveLength(1);
      expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    }, 120_000);
  }

  it('stores the same file given twice as one article', async () => {
    const [a] = files({ 'dated.txt': text('Published: 28 June 2031') });
    const store = await Store.open({ dir: tempDir() });
    try {
      expect((await ingestFiles(store, [a])).added).toHaveLength(1);
      const again = await ingestFiles(store, [a, a]);
      expect(again).toMatchObject({ added: [], duplicates: 2 });
      expect(await store.articleCount()).toBe(1);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('keeps a store made when ids were the text alone: not damaged, an input read again not stored twice', async () => {
    const [dated, herald, post] = files({ 'dated.txt': text('Published: 28 June 2031'), 'herald.jsonl': record('Harbour Herald'), 'post.jsonl': record('Velmar Post') });
    const store = await Store.open({ dir: tempDir() });
    try {
      // What older code stored: the same articles keyed by contentId of their text.
      const old = cleanDoc(readInput(dated, readFileSync(dated)).docs[0]);
      old.id = contentId(old.body);
      expect(await store.insertArticles([old])).toEqual([old.id]);
      await analyzeStore(store);
      expect((await checkStore(store.db)).damage).toEqual([]);

      // The same inputs again: matched to the stored rows. Another outlet's run of a stored text is new.
      const again = await ingestFiles(store, [dated]);
      expect(again).toMatchObject({ added: [], duplicates: 1, ids: [old.id] });
      const more = await ingestFiles(store, [herald, post]);
      expect(more.added).toHaveLength(2);
      const report = await analyzeStore(store);
      expect(report.articles).toHaveLength(3);
      expect((await checkStore(store.db)).damage).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
