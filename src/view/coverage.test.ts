import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.js';
import { reuseCounts, storyCoverage } from './coverage.js';
import { ReportIndex } from './story-view.js';

describe('story coverage', () => {
  it("counts what the core decided: origins, copies folded into their source, languages", () => {
    const report = sampleReport();
    const view = new ReportIndex(report).storyView('s1')!;
    const c = storyCoverage(view);
    expect(c.articles).toBe(3);
    expect(c.outlets).toBe(view.story.outletCount);
    expect(c.origins).toBe(view.story.originCount);
    expect(c.copies).toBe(new Set(view.provenance.copies.map((x) => x.copy)).size);
    expect(c.segments.reduce((n, s) => n + s.articles, 0)).toBeGreaterThanOrEqual(c.origins);
    const languages = new Set(report.articles.filter((a) => view.articles.some((v) => v.id === a.id)).map((a) => a.language).filter(Boolean));
    expect(c.languages.map((l) => l.code).sort()).toEqual([...languages].sort());
  });
});

describe('copies and partial reuse', () => {
  it('shows the partial reuse the core found beside the copies count, on every surface alike', async () => {
    const report = sampleReport();
    report.verdicts[0]!.copies = [];
    report.verdicts[0]!.partial_reuse = [{ source: 'a', copy: 'c', coverage: 0.35 }];
    const c = storyCoverage(new ReportIndex(report).storyView('s1')!);
    expect([c.copies, c.partialReuse]).toEqual([0, 1]);
    expect(reuseCounts(c)).toEqual({ copies: '0 copies', partial: '1 with partial reuse' });
    // Without partial reuse (or a report stored before it was recorded) only the copies count shows.
    delete report.verdicts[0]!.partial_reuse;
    expect(reuseCounts(storyCoverage(new ReportIndex(report).storyView('s1')!))).toEqual({ copies: '0 copies', partial: null });
  });
});
