import { createHash } from 'node:crypto';
import { activeContent, dom } from '../../testing/inertHtml.js';
import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../core/types.js';
import { HOSTILE_BODY, HOSTILE_HEADLINE, sampleReport } from '../../testing/sampleReport.js';
import { escapeHtml, renderHtmlReport } from './html.js';

function emptyReport(): AnalysisReport {
  return { articles: [], reuse: [], entities: [], quotes: [], figures: [], attributions: [], stories: [], quote_groups: [], claims: [], framing: [], flags: [], timeline: [], figure_groups: [], verdicts: [] };
}

describe('renderHtmlReport', () => {
  it('shows the story list, coverage, threads, the comparison table, outlets with their originals, claims and both charts', () => {
    const html = renderHtmlReport(sampleReport());
    const doc = dom(html);
    const story = doc.getElementById('story-s1')!;
    expect(story).toBeTruthy();
    expect(doc.querySelector('#stories')!.parentElement!.textContent).toContain('Ferry halted over hull crack');
    expect(story.querySelectorAll('.side .card')).toHaveLength(3);
    // outlet unknown: the card is named from the URL host
    expect(story.textContent).toContain('tageblatt.example');
    expect(story.textContent).toContain('2 independent origins');
    expect(story.querySelector('.coverage-stats')!.textContent).toContain('3 articles2 outlets2 independent origins1 copy2 threads');
    expect(story.querySelectorAll('details.threads li')).toHaveLength(2);
    // One row per statement, the three outlets' versions side by side, the reworded words marked.
    const row = Array.from(story.querySelectorAll('table.compare tr')).find((tr) => tr.querySelector('th')?.textContent?.startsWith('Ilse Marken'))!;
    expect(Array.from(row.querySelectorAll('td')).map((td) => td.textContent)).toEqual([
      '“We will not sail until every plate is checked”',
      '“We will not sail until every plate is checked”',
      '“No ship leaves before each plate has been inspected”',
    ]);
    expect(row.querySelector('th')!.textContent).toContain('edited');
    expect(row.querySelectorAll('mark.diff').length).toBeGreaterThan(0);
    const figures = Array.from(story.querySelectorAll('table.compare tr')).find((tr) => tr.querySelector('th')?.textContent?.startsWith('crossings'))!;
    expect(figures.querySelector('th')!.textContent).toContain('disagree');
    expect(story.textContent).toContain('figures disagree');
    expect(story.querySelector('a.original')!.getAttribute('href')).toBe('https://courier.example/ferry');
    expect(story.querySelector('.tl-legend')!.textContent).toContain('hollow dot');
    expect(story.querySelector('.tl-list')!.textContent).toContain('2031-03-02');
    expect(story.textContent).toContain('republication of Norrvik Courier');
    expect(story.textContent).toContain('stale story');
    expect(story.querySelector('svg.timeline circle.tl-event')).toBeTruthy();
    expect(story.querySelector('svg.provenance path.pv-copy')).toBeTruthy();
    expect(story.querySelectorAll('svg.provenance .pv-origin')).toHaveLength(2);
  });

  it('renders hostile article text and metadata inert', () => {
    const html = renderHtmlReport(sampleReport());
    const doc = dom(html);
    expect(activeContent(doc)).toEqual([]);
    expect(html).not.toContain('<script');
    // the payloads survive as visible text
    expect(doc.body.textContent).toContain(HOSTILE_HEADLINE);
    expect(doc.body.textContent).toContain(HOSTILE_BODY.slice(0, 40));
  });

  it('declares a CSP that allows no script and only its own hashed style', () => {
    const html = renderHtmlReport(sampleReport());
    const doc = dom(html);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe/);
    const style = doc.querySelector('style')!.textContent!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('renders an empty analysis', () => {
    const doc = dom(renderHtmlReport(emptyReport()));
    expect(doc.body.textContent).toContain('nothing to report');
    expect(doc.body.textContent).not.toContain('0 articles');
    expect(doc.querySelector('#legend')).toBeNull();
  });

  it('counts in the summary with the singular for one', () => {
    const report = sampleReport();
    const one = { ...report, reuse: report.reuse.slice(0, 1) };
    expect(one.reuse).toHaveLength(1);
    expect(dom(renderHtmlReport(one)).querySelector('header p')!.textContent).toMatch(/, 1 reuse record, /);
  });

  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;');
  });
});
