import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.js';
import { partsOf, wordMarks } from './comparison.js';
import { storyDating, timelineRows } from './dating.js';
import { ReportIndex } from './story-view.js';

describe('comparison table', () => {
  it('puts one statement per row, one outlet per column, versions side by side as the core grouped them', () => {
    const view = new ReportIndex(sampleReport()).storyView('s1')!;
    const t = view.comparison;
    expect(t.columns.map((c) => c.label)).toEqual(['Norrvik Courier', 'Island Wire', 'tageblatt.example']);
    const statement = t.rows.find((r) => r.kind === 'statement')!;
    expect(statement).toMatchObject({ label: 'Ilse Marken', how: 'edited', differs: true });
    expect(statement.cells.map((c) => c.map((v) => v.quote))).toEqual([['qa'], ['qb'], ['qc']]);
    // The reworded version's own words are marked; the words all versions share are not.
    const marked = partsOf(statement.cells[2]![0]!).filter((p) => p.differs).map((p) => p.text);
    expect(marked.join(' ')).toContain('No ship leaves');
    expect(partsOf(statement.cells[2]![0]!).find((p) => p.text.includes('plate'))?.differs).toBe(false);
    expect(t.single).toEqual([]);
  });

  it('lays a figure group out per outlet, marking the values the core disputes', () => {
    const t = new ReportIndex(sampleReport()).storyView('s1')!.comparison;
    const figure = t.rows.find((r) => r.kind === 'figure')!;
    expect(figure).toMatchObject({ how: 'disagree', differs: true, detail: 'crossings cancelled: 40 vs 45' });
    expect(figure.cells.map((c) => c.map((v) => v.text))).toEqual([['40 crossings'], ['40 crossings'], ['45 crossings']]);
    // Differences (edited statements) come before disagreeing figures.
    expect(t.rows.map((r) => r.how)).toEqual(['edited', 'disagree']);
  });

  it('tells apart the columns of articles whose outlet is unknown, by headline, else file name', () => {
    const report = sampleReport();
    for (const a of report.articles) Object.assign(a, { outlet: null, url: null });
    report.articles[1]!.headline = null;
    report.articles[2]!.headline = report.articles[0]!.headline;
    const view = new ReportIndex(report).storyView('s1')!;
    const labels = view.comparison.columns.map((c) => c.label);
    expect(labels).toEqual(['Ferry halted over hull crack · a', 'b.txt', 'Ferry halted over hull crack · c']);
    expect(new Set(labels).size).toBe(3);
    // The article list, the copies and the charts name them alike.
    expect(view.articles.map((a) => a.label)).toEqual(labels);
  });

  it('shares one column between two articles of one outlet, and lists a lone quote apart', () => {
    const report = sampleReport();
    report.articles[1]!.outlet = 'Norrvik Courier';
    report.quote_groups = [{ ...report.quote_groups[0]!, quotes: ['qa', 'qb'], kind: 'same wording' }];
    const t = new ReportIndex(report).storyView('s1')!.comparison;
    expect(t.columns.map((c) => [c.label, c.articles])).toEqual([['Norrvik Courier', ['a', 'b']], ['tageblatt.example', ['c']]]);
    const statement = t.rows.find((r) => r.kind === 'statement')!;
    expect(statement.cells[0]!.map((v) => v.article)).toEqual(['a', 'b']);
    expect(statement.differs).toBe(false);
    // A disagreement is shown before a statement carried alike.
    expect(t.rows.map((r) => r.how)).toEqual(['disagree', 'same wording']);
    expect(t.single.map((r) => [r.how, r.cells[1]![0]!.quote])).toEqual([['one article', 'qc']]);
    // Versions read alike carry no parts: the text alone says it all.
    expect(t.rows.flatMap((r) => r.cells.flat()).filter((v) => v.quote).every((v) => v.parts === undefined)).toBe(true);
  });

  it('says which sources outlets credit one statement to when they differ', () => {
    const report = sampleReport();
    report.quote_groups = [{ ...report.quote_groups[0]!, speakers: ['Ilse Marken', 'Norrvik Port Authority'] }];
    const statement = new ReportIndex(report).storyView('s1')!.comparison.rows.find((r) => r.kind === 'statement')!;
    expect(statement).toMatchObject({ label: 'Ilse Marken', detail: 'credited to Ilse Marken, Norrvik Port Authority' });
    // One source: nothing to say.
    expect(new ReportIndex(sampleReport()).storyView('s1')!.comparison.rows.find((r) => r.kind === 'statement')!.detail).toBe('');
  });

  it('marks only words, never the punctuation between them', () => {
    const [a, b] = wordMarks(['Plates will be checked, all of them.', 'Plates will be checked.']);
    expect(a!.filter((p) => p.differs).map((p) => p.text)).toEqual(['all of them']);
    expect(b!.every((p) => !p.differs)).toBe(true);
  });
});

describe('story dating', () => {
  it('uses publication dates when there are some', () => {
    expect(storyDating(['2031-03-03', '2031-03-04'], [], [])).toMatchObject({ basis: 'published', period: ['2031-03-03', '2031-03-04'] });
  });

  it("places an undated story by the core's evidence period, else by the dates its text mentions, and says which", () => {
    const flag = { article: 'c', kind: 'undated', detail: 'five years after', period: ['2016-06', '2016-12'] as [string, string] };
    expect(storyDating([null, null], [], [flag])).toMatchObject({ basis: 'text', period: ['2016-06', '2016-12'] });
    const event = { story: 's', article: 'c', date: '2015-09', kind: 'event' as const, text: 'since September 2015' };
    const byEvents = storyDating([null, null], [event], []);
    expect(byEvents).toMatchObject({ basis: 'text', period: ['2015-09', '2015-09'] });
    expect(byEvents.note).toContain('dates its text mentions');
    expect(storyDating([null, null], [], [])).toMatchObject({ basis: 'none', period: null });
  });

  it('lists the timeline in date order, each entry named by its outlets', () => {
    const view = new ReportIndex(sampleReport()).storyView('s1')!;
    expect(timelineRows(view.timeline, view.articles).map((r) => [r.date, r.kind, r.outlets])).toEqual([
      ['2031-03-02', 'event', ['Norrvik Courier']],
      ['2031-03-03', 'published', ['Norrvik Courier']],
      ['2031-03-04', 'published', ['Island Wire']],
    ]);
    expect(view.threads.map((t) => t.articles)).toEqual([['a', 'b'], ['c']]);
  });
});
