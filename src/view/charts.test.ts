import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../core/types.js';
import { clip, provenanceChart, type SvgNode, timelineChart } from './charts.js';

function all(node: SvgNode, pick: (n: SvgNode) => boolean): SvgNode[] {
  return [...(pick(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, pick))];
}

const articles = [
  { id: 'a', label: 'First Outlet' },
  { id: 'b', label: 'Second Outlet' },
];

describe('timelineChart', () => {
  const entries: TimelineEntry[] = [
    { story: 's', article: 'a', date: '2030-05-01', kind: 'published', text: 'published' },
    { story: 's', article: 'a', date: '2030-04-28', kind: 'event', text: 'on Monday' },
    { story: 's', article: 'b', date: '2030-05-03T10:30', kind: 'published', text: 'published' },
    { story: 's', article: 'b', date: 'sometime', kind: 'event', text: 'unparseable' },
  ];

  it('places each dated entry in its article row, in date order left to right', () => {
    const chart = timelineChart(entries, articles)!;
    const dots = all(chart, (n) => n.tag === 'circle');
    expect(dots).toHaveLength(3);
    const x = (cls: string, row: number) => dots.filter((d) => d.attrs.class === cls && d.attrs.cy === 14 + row * 28).map((d) => Number(d.attrs.cx));
    const [event] = x('tl-event', 0);
    const [firstPublished] = x('tl-published', 0);
    const [secondPublished] = x('tl-published', 1);
    expect(event).toBeLessThan(firstPublished!);
    expect(firstPublished).toBeLessThan(secondPublished!);
    expect(all(chart, (n) => n.tag === 'title').map((t) => t.text)).toContain('2030-04-28 event: on Monday');
  });

  it('keeps the end tick labels inside the chart', () => {
    const ticks = all(timelineChart(entries, articles)!, (n) => n.attrs.class === 'tl-tick');
    expect(ticks[0]!.attrs['text-anchor']).toBe('start');
    expect(ticks.at(-1)!.attrs['text-anchor']).toBe('end');
  });

  it('draws nothing without a parseable date', () => {
    expect(timelineChart([entries[3]!], articles)).toBeNull();
  });
});

describe('provenanceChart', () => {
  it('links each origin to its articles and marks copies', () => {
    const chart = provenanceChart(
      { origins: [{ label: 'Harbour office statement', articles: ['a', 'b'] }], copies: [{ source: 'a', copy: 'b', kind: 'republication', coverage: 0.8 }], partialReuse: [] },
      articles,
    )!;
    expect(all(chart, (n) => n.attrs.class === 'pv-edge')).toHaveLength(2);
    expect(all(chart, (n) => n.attrs.class === 'pv-copy')).toHaveLength(1);
    const labels = all(chart, (n) => n.tag === 'text').map((t) => t.text);
    expect(labels).toEqual(['Harbour office statement', 'First Outlet', 'Second Outlet (copy)']);
  });
});

describe('clip', () => {
  it('flattens whitespace and shortens with an ellipsis', () => {
    expect(clip('a  b\nc', 10)).toBe('a b c');
    expect(clip('abcdefghijkl', 6)).toBe('abcde…');
  });
});
