import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../core/analyze.js';
import type { AnalysisReport, ReuseRecord } from '../../core/types.js';
import { generateCorpus } from '../../gen/index.js';
import { memorySource, RECORD_KIND, REPORT_SECTIONS, streamSink, stringSink, writeJsonReport, writeNdjsonReport } from './stream.js';
import { findStoryId } from '../../view/index.js';
import { writeReuseSection, writeStoryReport, writeTerminalReport } from './terminal.js';

let report: AnalysisReport;

beforeAll(() => {
  report = analyzeArticles(generateCorpus({ articles: 80, seed: 5 }).articles.map((a) => a.article));
  expect(report.stories.length).toBeGreaterThan(3);
  expect(report.reuse.length).toBeGreaterThan(3);
  expect(report.claims.length).toBeGreaterThan(0);
});

/** Collects a stream's output while reading it slowly, so the writer has to wait for 'drain'. */
async function drainSlowly(stream: PassThrough): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of stream) {
    parts.push(String(chunk));
    await new Promise((r) => setTimeout(r, 1));
  }
  return parts.join('');
}

describe('streamed report output', () => {
  it('writes a JSON document that parses to the same content as the whole-report string', async () => {
    const stream = new PassThrough({ highWaterMark: 1024 });
    const read = drainSlowly(stream);
    await writeJsonReport(memorySource(report), streamSink(stream));
    stream.end();
    const text = await read;
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(report));
  });

  it('writes only the sections asked for, and empty ones as []', async () => {
    const sink = stringSink();
    await writeJsonReport(memorySource({ ...report, flags: [] }, ['reuse', 'flags']), sink);
    expect(JSON.parse(sink.text())).toEqual({ reuse: JSON.parse(JSON.stringify(report.reuse)), flags: [] });
  });

  it('writes NDJSON: one kind-tagged record per line, every record once', async () => {
    const sink = stringSink();
    await writeNdjsonReport(memorySource(report), sink);
    const lines = sink.text().trimEnd().split('\n').map((l) => JSON.parse(l) as { kind: string; data: unknown });
    for (const section of REPORT_SECTIONS) {
      const records = lines.filter((l) => l.kind === RECORD_KIND[section]).map((l) => l.data);
      expect(records).toEqual(JSON.parse(JSON.stringify(report[section])));
    }
    expect(lines.length).toBe(REPORT_SECTIONS.reduce((n, s) => n + report[s].length, 0));
  });
});

describe('terminal report', () => {
  /** The report with its reuse records repeated under other copy ids, to the given count. */
  function withReuse(count: number): AnalysisReport {
    const reuse: ReuseRecord[] = [];
    for (let i = 0; reuse.length < count; i++) {
      const r = report.reuse[i % report.reuse.length];
      reuse.push({ ...r, copy: i < report.reuse.length ? r.copy : `${r.copy.slice(0, 20)}${String(i).padStart(8, '0')}` });
    }
    return { ...report, reuse };
  }

  it('summarises a corpus with 10k reuse records, and lists them all with --all', async () => {
    const big = withReuse(10_000);
    const summary = stringSink();
    await writeTerminalReport(big, summary);
    const text = summary.text();
    expect(text).toMatch(/^storytrace: 80 articles, \d+ stories, 10000 reuse records/);
    expect(text).toContain('Text reuse: 10000 records (');
    expect(text).toContain('… 9990 more records');
    expect(text.match(/^== /gm)!.length).toBe(Math.min(10, report.stories.length));

    let lines = 0;
    const all = { write: async (t: string) => void (lines += t.split('\n').length - 1), flush: async () => {} };
    await writeTerminalReport(big, all, { all: true });
    // Each record takes at least two lines (who -> whom, kind and coverage).
    expect(lines).toBeGreaterThan(20_000);
  });

  it('shows every story with --all and the largest first in the summary', async () => {
    const sink = stringSink();
    await writeTerminalReport(report, sink, { all: true });
    const ids = [...sink.text().matchAll(/^== .*\[([^\]]+)\]$/gm)].map((m) => m[1]);
    expect(ids).toEqual(report.stories.map((s) => s.id));

    const top = stringSink();
    await writeTerminalReport(report, top, { top: 1 });
    const largest = Math.max(...report.stories.map((s) => s.articles.length));
    expect(top.text()).toMatch(new RegExp(`\\| ${largest} articles`));
    expect(top.text()).toContain(`${report.stories.length - 1} more stories`);
  });

  it('prints one story by id prefix with the reuse among its articles', async () => {
    const story = [...report.stories].sort((a, b) => b.articles.length - a.articles.length)[0];
    const sink = stringSink();
    const ids = report.stories.map((s) => s.id);
    expect(findStoryId(ids, story.id.slice(0, -1)).id).toBe(story.id);
    await writeStoryReport(report, story, sink);
    expect(sink.text().match(/^== /gm)!.length).toBe(1);
    expect(sink.text()).toContain(`[${story.id}]`);
    const members = new Set(story.articles);
    const own = report.reuse.filter((r) => members.has(r.source) || members.has(r.copy)).length;
    expect(sink.text()).toContain(`Text reuse: ${own} record`);
    expect(findStoryId(ids, 'no-such-story')).toEqual({ id: null, candidates: [] });
  });

  it('lists every reuse record in the reuse section by default', async () => {
    const sink = stringSink();
    await writeReuseSection(report, sink);
    expect(sink.text().match(/ (->|<->) /g)!.length).toBe(report.reuse.length);
  });
});
