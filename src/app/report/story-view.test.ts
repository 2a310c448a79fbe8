import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { articleLabel, centralClaim, ReportIndex } from './story-view.js';

describe('ReportIndex.storyView', () => {
  it('counts the central claim\'s origins, and copies when no claim has origins', () => {
    const report = sampleReport();
    expect(new ReportIndex(report).storySummary('s1')!.originCount).toBe(2);
    // without claims: three articles, one a republication of another
    expect(new ReportIndex({ ...report, claims: [] }).storySummary('s1')!.originCount).toBe(2);
    expect(new ReportIndex({ ...report, claims: [], reuse: [] }).storySummary('s1')!.originCount).toBe(3);
  });

  it('builds the quote matrix and links each quote to its groups', () => {
    const index = new ReportIndex(sampleReport());
    const view = index.storyView('s1')!;
    expect(view.quoteMatrix.map((c) => c.article)).toEqual(['a', 'b', 'c']);
    expect(index.groupsOf('qa').map((g) => g.kind)).toEqual(['same wording', 'translation']);
    expect(index.groupsOf('qc')[0]!.members.map((q) => q.id)).toEqual(['qa', 'qc']);
  });

  it('keeps a claim\'s figures in one row and flags values that differ', () => {
    const view = new ReportIndex(sampleReport()).storyView('s1')!;
    expect(view.figures).toHaveLength(1);
    expect(view.figures[0]!.cells.map((c) => c.figures.map((f) => f.value))).toEqual([[40], [40], [45]]);
    expect(view.figures[0]!.disagrees).toBe(true);
  });

  it('puts figures no claim holds in rows by what they count, without merging claims', () => {
    const view = new ReportIndex({ ...sampleReport(), claims: [] }).storyView('s1')!;
    expect(view.figures.map((r) => r.label)).toEqual(['crossings']);
    expect(view.figures[0]!.claim).toBeNull();
  });

  it('adds publication dates the timeline lacks, in date order', () => {
    const view = new ReportIndex({ ...sampleReport(), timeline: [] }).storyView('s1')!;
    expect(view.timeline.map((t) => [t.article, t.date])).toEqual([
      ['a', '2031-03-03'],
      ['b', '2031-03-04'],
    ]);
  });

  it('returns null for an unknown story', () => {
    expect(new ReportIndex(sampleReport()).storyView('nope')).toBeNull();
  });

  it('names articles by outlet, then URL host, then file name', () => {
    expect(articleLabel({ outlet: 'X', url: null, source: 'a/b.txt', id: '1' })).toBe('X');
    expect(articleLabel({ outlet: null, url: 'https://www.news.example/p', source: 'a/b.txt', id: '1' })).toBe('news.example');
    expect(articleLabel({ outlet: null, url: 'not a url', source: 'dir/b.txt', id: '1' })).toBe('b.txt');
  });

  it('picks the claim most articles carry as central', () => {
    const [claim] = sampleReport().claims;
    const small = { ...claim!, id: 'c2', coverage: claim!.coverage.slice(0, 1) };
    expect(centralClaim([small, claim!])!.id).toBe('c1');
    expect(centralClaim([])).toBeNull();
  });

  it('puts a few flags on an article card and counts the rest', () => {
    const report = sampleReport();
    const flag = report.flags[0]!;
    report.flags.push(...[1, 2, 3, 4, 5].map((n) => ({ ...flag, detail: `flag ${n}` })));
    const card = new ReportIndex(report).storyView('s1')!.articles.find((a) => a.id === 'c')!;
    expect(card.flags).toHaveLength(3);
    expect(card.flagCount).toBe(6);
  });

  it('keeps a card\'s lede to its first paragraph, clipped', () => {
    const report = sampleReport();
    report.articles[0]!.body = `${'word '.repeat(300)}\n\nsecond paragraph`;
    const card = new ReportIndex(report).storyView('s1')!.articles[0]!;
    expect(card.lede.length).toBeLessThanOrEqual(600);
    expect(card.lede.endsWith('…')).toBe(true);
    expect(card.lede).not.toContain('second');
  });
});
