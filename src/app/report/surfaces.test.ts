// Every surface shows the core's verdicts: for each story, the terminal report, the HTML report and
// the story view the API serves to the web UI carry the same central claim, origin count and
// flags as the JSON report. On examples/corpus with our follow-up, and on the realworld set when
// its texts are cached (STORYTRACE_REALWORLD).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../core/analyze.js';
import { cleanDoc, readInput } from '../../core/ingest/index.js';
import type { AnalysisReport } from '../../core/types.js';
import { FILES } from '../../testing/compare-golden.js';
import { clip, ReportIndex } from '../../view/index.js';
import { escapeHtml, renderHtmlReport } from './html.js';
import { stringSink } from './stream.js';
import { writeTerminalReport } from './terminal.js';

function analyse(files: string[]): AnalysisReport {
  return analyzeArticles(files.flatMap((f) => readInput(f, readFileSync(f)).docs.map(cleanDoc)));
}

async function expectSameVerdicts(report: AnalysisReport): Promise<void> {
  const sink = stringSink();
  await writeTerminalReport(report, sink, { all: true });
  const terminal = sink.text();
  const html = renderHtmlReport(report);
  // What the API sends the web UI, as the UI parses it.
  const index = new ReportIndex(report);
  for (const verdict of report.verdicts) {
    const story = report.stories.find((s) => s.id === verdict.story)!;
    const view = JSON.parse(JSON.stringify(index.storyView(story.id)));
    const central = report.claims.find((c) => c.id === verdict.central_claim) ?? null;
    const flags = [...new Set(report.flags.filter((f) => story.articles.includes(f.article) && (!f.story || f.story === story.id)).map((f) => f.detail))].sort();

    expect(view.centralClaim).toBe(verdict.central_claim);
    expect(view.story.originCount).toBe(verdict.origin_count);
    expect(view.provenance.origins).toEqual(verdict.origins);
    expect(view.flags.map((f: { detail: string }) => f.detail).sort()).toEqual(flags);

    const from = terminal.indexOf(`[${story.id}]`);
    const next = terminal.indexOf('\n== ', from);
    const section = terminal.slice(from, next < 0 ? undefined : next);
    // Counts are written with their plural form ('1 independent origin', '3 independent origins').
    expect(section).toMatch(new RegExp(`(^|\\D)${verdict.origin_count} independent origins?\\b`));
    if (central) expect(section).toContain(`central claim: ${clip(central.text, 82)}`);
    for (const d of flags) expect(section).toContain(d);

    const start = html.indexOf(`<section id="story-${escapeHtml(story.id)}"`);
    const end = html.indexOf('<section id="story-', start + 1);
    const page = html.slice(start, end < 0 ? undefined : end);
    expect(page).toMatch(new RegExp(`<strong>${verdict.origin_count} independent origins?</strong>`));
    if (central) expect(page).toContain(`<strong>Central claim:</strong> ${escapeHtml(central.text)}`);
    for (const d of flags) expect(page).toContain(escapeHtml(d));
  }
}

describe('surfaces show the core verdicts', () => {
  it('on examples/corpus and a follow-up', async () => {
    const report = analyse(FILES);
    expect(report.flags.some((f) => f.kind === 'figures disagree')).toBe(true);
    await expectSameVerdicts(report);
  });

  const realworld = process.env.STORYTRACE_REALWORLD;
  const absent = !realworld ? ' (skipped: STORYTRACE_REALWORLD is not set)' : !existsSync(realworld) ? ` (skipped: ${realworld} does not exist)` : '';
  it.skipIf(absent !== '')(`on every story of the realworld set${absent}`, async () => {
    const dir = realworld!;
    await expectSameVerdicts(analyse(readdirSync(dir).filter((f) => /^r\d+\.txt$/.test(f)).map((f) => join(dir, f))));
  });
});
