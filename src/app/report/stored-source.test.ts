// The report written from the store a batch at a time against the report assembled whole in
// memory from the same stored results: the same bytes, whatever the batch size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleReport } from '../../core/analyze.js';
import type { AnalysisReport } from '../../core/types.js';
import { generateCorpus } from '../../gen/index.js';
import { Store } from '../../store/index.js';
import { tempDirs } from '../../testing/temp-dirs.js';
import { analyzeStored, buildReport, type ReportPlan } from '../pipeline.js';
import { storedStories } from '../report-plan.js';
import { reportOn } from './slice.js';
import { storedReportOn, storedSource, storedTerminalData } from './stored-source.js';
import { memorySource, stringSink, writeJsonReport, writeNdjsonReport } from './stream.js';
import { writeReuseSection, writeTerminalReport } from './terminal.js';

const tempDir = tempDirs('storytrace-stored-report-');
const plans: ReportPlan[] = [];
afterAll(() => plans.forEach((p) => p.close()));
/** Every stage, then the report's plan (its spool removed after the file's tests). */
async function planOf(batch: number): Promise<ReportPlan> {
  const plan = await analyzeStored(store, { batch });
  plans.push(plan);
  return plan;
}
let store: Store;
/** The report as the whole-report path built it: every stored result read at once, each story compared. */
let whole: AnalysisReport;

beforeAll(async () => {
  store = await Store.open({ dir: tempDir() });
  await store.insertArticles(generateCorpus({ articles: 90, seed: 23 }).articles.map((a) => a.article));
  (await analyzeStored(store)).close();
  const articles = await store.articles(undefined, { original: false });
  whole = assembleReport(articles, await store.extractions(), await store.reuseRecords(), await storedStories(store));
  expect(whole.stories.filter((s) => s.articles.length > 1).length).toBeGreaterThan(3);
  expect(whole.reuse.length).toBeGreaterThan(3);
  expect(whole.quotes.length).toBeGreaterThan(10);
  return () => store.close();
}, 300_000);

describe('the report read from the store in batches', () => {
  for (const batch of [1000, 7]) {
    it(`writes the JSON and NDJSON of the whole report, byte for byte (batches of ${batch})`, async () => {
      const plan = await planOf(batch);
      const expected = stringSink();
      await writeJsonReport(memorySource(whole), expected);
      const streamed = stringSink();
      await writeJsonReport(storedSource(store, plan), streamed);
      expect(streamed.text()).toBe(expected.text());
      // Spooled records of articles whose names resolution changed are written with the canonical names.
      expect(plan.spool).toBeDefined();
      expect(plan.renames.size).toBeGreaterThan(0);
      // Without a spool (a report that stores nothing), every section is read from the store as written.
      expect(await buildReport(store, { storedOnly: true, batch })).toEqual(JSON.parse(expected.text()));

      const expectedLines = stringSink();
      await writeNdjsonReport(memorySource(whole), expectedLines);
      const lines = stringSink();
      await writeNdjsonReport(storedSource(store, plan), lines);
      expect(lines.text()).toBe(expectedLines.text());
    }, 120_000);
  }

  it('writes the terminal report and the reuse section as the whole report does, a group of stories at a time', async () => {
    const plan = await planOf(7);
    for (const opts of [{}, { all: true }, { top: 3 }]) {
      const expected = stringSink();
      await writeTerminalReport(whole, expected, opts);
      const streamed = stringSink();
      await writeTerminalReport(storedTerminalData(store, plan), streamed, opts);
      expect(streamed.text()).toBe(expected.text());
    }
    const expected = stringSink();
    await writeReuseSection(whole, expected, { limit: 2 });
    const streamed = stringSink();
    await writeReuseSection(storedTerminalData(store, plan), streamed, { limit: 2 });
    expect(streamed.text()).toBe(expected.text());
    expect(streamed.text()).toContain(`… ${whole.reuse.length - 2} more records`);
  }, 120_000);

  it('reports on some articles (--story, --only-inputs) as the whole report cut to them does', async () => {
    const plan = await planOf(7);
    const [first, second] = [...whole.stories].sort((a, b) => b.articles.length - a.articles.length);
    const ids = [...first!.articles, second!.articles[0]!];
    const expected = reportOn(whole, ids);
    expect(expected.stories.map((s) => s.id)).toEqual(whole.stories.filter((s) => s === first || s === second).map((s) => s.id));
    const text = async (report: AnalysisReport) => {
      const sink = stringSink();
      await writeJsonReport(memorySource(report), sink);
      return sink.text();
    };
    expect(await text(await storedReportOn(store, plan, ids))).toBe(await text(expected));
  }, 120_000);
});
