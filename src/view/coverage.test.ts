import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.js';
import { storyCoverage } from './coverage.js';
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
