// Feeding the realworld set through storytrace in memory, as the CLI reads it: the bare `.txt`
// files, or one JSONL corpus with `url` and `text` fields (what a crawler hands over).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assembleReport } from '../../src/core/analyze.js';
import { extractArticle } from '../../src/core/extract/index.js';
import { cleanDoc, readInput } from '../../src/core/ingest/index.js';
import { detectReuse } from '../../src/core/reuse/index.js';
import { clusterStories } from '../../src/core/stories/index.js';
import type { AnalysisReport, Article } from '../../src/core/types.js';
import type { Row } from './_realworld.js';

export type Feed = 'txt' | 'jsonl';

export interface FeedRun {
  feed: Feed;
  /** Row id -> its article; rows whose text was lost are absent. */
  articleOf: Map<string, Article>;
  /** Article id -> the rows it came from (identical cleaned texts are one article, as in the store). */
  rowsOf: Map<string, string[]>;
  lost: { id: string; why: string }[];
  report: AnalysisReport;
  /** Milliseconds per stage. */
  times: [string, number][];
}

function timed<T>(times: [string, number][], stage: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  times.push([stage, performance.now() - t0]);
  return out;
}

/** Reads, cleans and analyses the rows' texts fed as `feed`. */
export function runFeed(feed: Feed, rows: readonly Row[], texts: ReadonlyMap<string, string>, dir: string): FeedRun {
  const times: [string, number][] = [];
  const lost: FeedRun['lost'] = [];
  const articleOf = new Map<string, Article>();
  timed(times, 'read + clean', () => {
    const keep = (id: string, a: Article) => (a.body.trim() ? articleOf.set(id, a) : lost.push({ id, why: 'no article text left after cleaning' }));
    const present = rows.filter((r) => texts.has(r.id));
    for (const r of rows) if (!texts.has(r.id)) lost.push({ id: r.id, why: 'text not in the cache' });
    if (feed === 'txt') {
      for (const r of present) {
        const { docs, errors } = readInput(join(dir, `${r.id}.txt`), Buffer.from(texts.get(r.id)!));
        if (docs.length !== 1) lost.push({ id: r.id, why: errors.map((e) => e.message).join('; ') || `${docs.length} documents` });
        else keep(r.id, cleanDoc(docs[0]));
      }
      return;
    }
    const corpus = present.map((r) => JSON.stringify({ url: r.url, text: texts.get(r.id) })).join('\n');
    const { docs, errors } = readInput('realworld.jsonl', Buffer.from(corpus));
    for (const e of errors) lost.push({ id: present[Number(e.source.split('#')[1]) - 1]?.id ?? e.source, why: e.message });
    for (const d of docs) keep(present[Number(d.source.split('#')[1]) - 1].id, cleanDoc(d));
  });

  const rowsOf = new Map<string, string[]>();
  const articles: Article[] = [];
  for (const [id, a] of articleOf) {
    if (!rowsOf.has(a.id)) {
      rowsOf.set(a.id, []);
      articles.push(a);
    }
    rowsOf.get(a.id)!.push(id);
  }
  const extractions = timed(times, 'extract', () => articles.map(extractArticle));
  const reuse = timed(times, 'reuse', () => detectReuse(articles));
  const stories = timed(times, 'stories', () => clusterStories(articles, extractions));
  const report = timed(times, 'resolve + compare', () => assembleReport(articles, extractions, reuse, stories));
  return { feed, articleOf, rowsOf, lost, report, times };
}

/** Per row id, the items of the report that belong to its article. */
export function byRow<T extends { article: string }>(run: FeedRun, items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items)
    for (const row of run.rowsOf.get(item.article) ?? []) {
      if (!out.has(row)) out.set(row, []);
      out.get(row)!.push(item);
    }
  return out;
}
