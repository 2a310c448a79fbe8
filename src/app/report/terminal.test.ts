import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../core/analyze.js';
import { article, en, ru } from '../../testing/invented-event.js';
import { sampleReport } from '../../testing/sampleReport.js';
import { findStoryId } from '../../view/index.js';
import { renderHtmlReport } from './html.js';
import { stringSink } from './stream.js';
import { writeStoryReport, writeTerminalReport } from './terminal.js';

describe('terminal story report', () => {
  it('shows the threads inside a story: span, size, title and their articles', async () => {
    // Undated, the Russian report is a thread of its own (dated the same day, it is the English one's move).
    const undated = { ...ru, published: null };
    const report = analyzeArticles([en, undated]);
    expect(report.stories).toHaveLength(1);
    const sink = stringSink();
    await writeStoryReport(report, report.stories[0], sink);
    const text = sink.text();
    expect(text).toContain('2 threads (moves of the story');
    for (const a of [en, undated]) {
      expect(text).toContain(a.headline!.slice(0, 30));
      expect(text).toMatch(new RegExp(`^ {7}${a.id.slice(0, 8)}$`, 'm'));
    }
  });
});

describe('terminal same statement', () => {
  it('says which sources outlets credit one statement to when they differ', async () => {
    const report = sampleReport();
    report.quote_groups = [{ ...report.quote_groups[0]!, speakers: ['Ilse Marken', 'Norrvik Port Authority'] }];
    const sink = stringSink();
    await writeStoryReport(report, report.stories[0], sink);
    expect(sink.text()).toContain('Ilse Marken (edited); credited to Ilse Marken, Norrvik Port Authority');
  });
});

describe('terminal story by id', () => {
  it('finds a story by the bare hex prefix that listings show, and lists the candidates of an ambiguous one', async () => {
    const report = analyzeArticles([en, ru]);
    const id = report.stories[0].id;
    const ids = report.stories.map((s) => s.id);
    const bare = id.replace(/^story-/, '').slice(0, 4);
    expect(findStoryId(ids, bare)).toEqual({ id, candidates: [id] });
    const sink = stringSink();
    await writeStoryReport(report, report.stories.find((s) => s.id === findStoryId(ids, bare).id)!, sink);
    expect(sink.text()).toContain(`[${id}]`);
    const two = [id, `${id}x`];
    expect(findStoryId(two, bare)).toEqual({ id: null, candidates: two });
    expect(findStoryId(two, id)).toEqual({ id, candidates: [id] });
    expect(findStoryId(ids, 'zz')).toEqual({ id: null, candidates: [] });
  });
});

describe('terminal report of nothing', () => {
  it('says there is nothing to report, with no counts and no legend', async () => {
    const sink = stringSink();
    await writeTerminalReport(analyzeArticles([]), sink);
    expect(sink.text()).toBe('storytrace: nothing to report: no articles have been read\n');
  });
});

describe('terminal counts', () => {
  it('says "1 quantity" and "1 origin", never "1 quantities" or "origin(s)"', async () => {
    const one = article(
      'one',
      'en',
      '2031-06-02',
      'Sarnovsk ferry strike ends',
      'Ferry crews in Sarnovsk ended their strike on Monday after 12 days, union leader Oleg Brandt said.\n\n' +
        '"We have an agreement on pay," Brandt told reporters at the harbour.',
    );
    const report = analyzeArticles([one]);
    const sink = stringSink();
    await writeStoryReport(report, report.stories[0], sink);
    const text = sink.text();
    expect(text).toContain('figures: 1 quantity,');
    expect(text).toMatch(/^ +1 origin: /m);
    expect(text).not.toMatch(/\(s\)|\b1 (quantities|origins)\b/);
  });
});

describe('terminal and HTML story coverage', () => {
  it('say the copies count and, beside it, the partial reuse the core found', async () => {
    const report = sampleReport();
    report.verdicts[0]!.copies = [];
    report.verdicts[0]!.partial_reuse = [{ source: 'a', copy: 'c', coverage: 0.35 }];
    const sink = stringSink();
    await writeStoryReport(report, report.stories.find((s) => s.id === 's1')!, sink);
    expect(sink.text()).toMatch(/2 independent origins, 0 copies, 1 with partial reuse\n/);
    expect(renderHtmlReport(report)).toMatch(/0 copies<\/li>\s*<li>1 with partial reuse/);
  });
});
