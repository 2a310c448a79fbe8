import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.js';
import { dateText, outletsText, plural } from './format.js';
import { articleLabel, ReportIndex } from './story-view.js';

describe('ReportIndex.storyView', () => {
  it('shows the core\'s origin count and central claim, deciding neither', () => {
    const report = sampleReport();
    expect(new ReportIndex(report).storySummary('s1')!.originCount).toBe(2);
    expect(new ReportIndex(report).storyView('s1')!.centralClaim).toBe('c1');
    // Whatever the claims say, the view repeats the verdict.
    const verdict = { ...report.verdicts[0]!, central_claim: null, origin_count: 3 };
    const other = new ReportIndex({ ...report, verdicts: [verdict] });
    expect(other.storySummary('s1')!.originCount).toBe(3);
    expect(other.storyView('s1')!.centralClaim).toBeNull();
  });

  it('builds the quote matrix and links each quote to its groups', () => {
    const index = new ReportIndex(sampleReport());
    const view = index.storyView('s1')!;
    expect(view.quoteMatrix.map((c) => c.article)).toEqual(['a', 'b', 'c']);
    expect(index.groupsOf('qa').map((g) => g.kind)).toEqual(['edited']);
    expect(index.groupsOf('qc')[0]!.members.map((q) => q.id)).toEqual(['qa', 'qb', 'qc']);
  });

  it('lays each core figure group out per article, with the core\'s verdict', () => {
    const view = new ReportIndex(sampleReport()).storyView('s1')!;
    expect(view.figures).toHaveLength(1);
    expect(view.figures[0]!.cells.map((c) => c.figures.map((f) => f.value))).toEqual([[40], [40], [45]]);
    expect(view.figures[0]!.disagrees).toBe(true);
    expect(view.figures[0]!.detail).toBe('crossings cancelled: 40 vs 45');
  });

  it('lists each story flag once, with every article it names', () => {
    const view = new ReportIndex(sampleReport()).storyView('s1')!;
    expect(view.flags.map((f) => [f.kind, f.articles])).toEqual([
      ['figures disagree', ['a', 'b', 'c']],
      ['stale story', ['c']],
    ]);
  });

  it('takes copies and origins from the verdict', () => {
    const view = new ReportIndex(sampleReport()).storyView('s1')!;
    expect(view.articles.find((a) => a.id === 'b')!.copies).toEqual([{ source: 'a', kind: 'republication', coverage: 0.9 }]);
    expect(view.provenance.origins.map((o) => o.label)).toEqual(['ferry operator (statement)', 'seafarers union']);
    expect(view.legend.length).toBeGreaterThan(0);
  });

  it('returns null for an unknown story', () => {
    expect(new ReportIndex(sampleReport()).storyView('nope')).toBeNull();
  });

  it('shows a month stated alone as the date, not as undated', () => {
    const report = sampleReport();
    const a = report.articles.find((x) => x.id === 'c')!;
    Object.assign(a, { published: null, published_month: '2030-11' });
    const view = new ReportIndex(report).storyView('s1')!;
    expect(view.articles.find((x) => x.id === 'c')!.when).toBe('2030-11');
    expect(dateText({ published: null, published_month: null })).toBe('undated');
    expect(dateText({ published: '2031-03-03', published_month: null })).toBe('2031-03-03');
  });

  it('never says "0 outlets" for articles whose outlet is unknown', () => {
    expect(outletsText(3, 0)).toBe('3 outlets');
    expect(outletsText(0, 1)).toBe('outlet unknown');
    expect(outletsText(0, 10)).toBe('outlets not known');
    expect(outletsText(2, 8)).toBe('2 outlets (8 articles of unknown outlet)');
    const report = sampleReport();
    for (const a of report.articles) Object.assign(a, { outlet: null, url: null });
    report.stories[0]!.outlets = [];
    const s = new ReportIndex(report).storySummary('s1')!;
    expect(s.outletCount).toBe(0);
    expect(s.outletsText).toBe('outlets not known');
  });

  it('names articles by outlet, then URL host, never by file name', () => {
    expect(articleLabel({ outlet: 'X', url: null, source: 'a/b.txt', id: '1' })).toBe('X');
    expect(articleLabel({ outlet: null, url: 'https://www.news.example/p', source: 'a/b.txt', id: '1' })).toBe('news.example');
    expect(articleLabel({ outlet: null, url: 'not a url', source: 'dir/b.txt', id: '1' })).toBe('unknown outlet');
  });

  it('shows each flag once, at story level: an article card names only the kinds that concern it', () => {
    const report = sampleReport();
    const flag = report.flags[0]!;
    report.flags.push(...[1, 2, 3, 4, 5].map((n) => ({ ...flag, detail: `flag ${n}` })));
    const view = new ReportIndex(report).storyView('s1')!;
    const card = view.articles.find((a) => a.id === 'c')!;
    expect([...card.flagKinds].sort()).toEqual(['figures disagree', 'stale story']);
    expect(view.articles.find((a) => a.id === 'a')!.flagKinds).toEqual(['figures disagree']);
    expect(JSON.stringify(view.articles)).not.toMatch(/flag 1|crossings cancelled: 40 vs 45/);
    expect(view.flags.filter((f) => f.detail === 'flag 1')).toHaveLength(1);
    expect(view.flags.find((f) => f.kind === 'stale story')!.period).toEqual(['2030-01', '2030-02']);
  });

  it('keeps a card\'s lede to its first paragraph, clipped', () => {
    const report = sampleReport();
    report.articles[0]!.body = `${'word '.repeat(300)}\n\nsecond paragraph`;
    const card = new ReportIndex(report).storyView('s1')!.articles[0]!;
    expect(card.lede.length).toBeLessThanOrEqual(600);
    expect(card.lede.endsWith('…')).toBe(true);
    expect(card.lede).not.toContain('second');
  });

  it('titles a card by its headline, else "(no headline)" and the opening words, the same for every surface', () => {
    const report = sampleReport();
    report.articles[0]!.headline = null;
    report.articles[0]!.body = 'Ferries resumed at dawn after the storm.\n\nA second paragraph.';
    const [first, second] = new ReportIndex(report).storyView('s1')!.articles;
    expect(first!.title).toBe('(no headline) Ferries resumed at dawn after the storm.');
    expect(second!.title).toBe(second!.headline);
  });
});

describe('plural', () => {
  it('uses the singular for one only, and the usual English plurals', () => {
    expect(plural(1, 'article')).toBe('1 article');
    expect(plural(0, 'article')).toBe('0 articles');
    expect(plural(2, 'story')).toBe('2 stories');
    expect(plural(2, 'day')).toBe('2 days');
    expect(plural(3, 'more story', 'more stories')).toBe('3 more stories');
  });
});
