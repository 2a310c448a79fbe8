// Chart layouts as small SVG trees: the HTML report serialises them to a string, the web UI
// builds DOM nodes from them, so both draw the same picture from one layout.
import type { TimelineEntry } from '../core/types.js';
import { clip } from './format.js';
import type { ProvenanceView, StoryArticle } from './story-view.js';

export { clip } from './format.js';

export type SvgTag = 'svg' | 'g' | 'line' | 'circle' | 'rect' | 'path' | 'text' | 'title';

export interface SvgNode {
  tag: SvgTag;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  /** Plain text content (always rendered as text). */
  text?: string;
}

const node = (tag: SvgTag, attrs: SvgNode['attrs'], children?: SvgNode[], text?: string): SvgNode => ({
  tag,
  attrs,
  ...(children ? { children } : {}),
  ...(text !== undefined ? { text } : {}),
});

const DAY = 86_400_000;
const LABEL_W = 150;
const ROW_H = 28;

function dayOf(date: string): number | null {
  // A month or a year the text names sits at its first day.
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(date);
  if (!m) return null;
  return Date.UTC(+m[1]!, +(m[2] ?? 1) - 1, +(m[3] ?? 1), +(m[4] ?? 0), +(m[5] ?? 0));
}

/** One row per article: its publication date (filled) and the dated events it mentions (hollow). */
export function timelineChart(entries: TimelineEntry[], articles: Pick<StoryArticle, 'id' | 'label'>[], width = 760): SvgNode | null {
  const dated = entries.map((e) => ({ e, t: dayOf(e.date) })).filter((x): x is { e: TimelineEntry; t: number } => x.t !== null);
  if (!dated.length) return null;
  const rows = articles.filter((a) => dated.some((d) => d.e.article === a.id));
  let lo = Math.min(...dated.map((d) => d.t));
  let hi = Math.max(...dated.map((d) => d.t));
  if (hi - lo < DAY) {
    lo -= DAY;
    hi += DAY;
  }
  const plotW = width - LABEL_W - 20;
  const x = (t: number) => LABEL_W + ((t - lo) / (hi - lo)) * plotW;
  const height = rows.length * ROW_H + 40;
  const children: SvgNode[] = [];
  rows.forEach((a, i) => {
    const y = 14 + i * ROW_H;
    children.push(node('text', { x: 4, y: y + 4, class: 'tl-label' }, [node('title', {}, undefined, a.label)], clip(a.label, 22)));
    children.push(node('line', { x1: LABEL_W, x2: width - 20, y1: y, y2: y, class: 'tl-row' }));
    for (const d of dated.filter((d) => d.e.article === a.id)) {
      const kind = d.e.kind === 'published' ? 'tl-published' : 'tl-event';
      children.push(
        node('circle', { cx: x(d.t).toFixed(1), cy: y, r: 6, class: kind, tabindex: 0 }, [
          node('title', {}, undefined, `${d.e.date} ${d.e.kind}: ${d.e.text}`),
        ]),
      );
    }
  });
  const axisY = rows.length * ROW_H + 8;
  children.push(node('line', { x1: LABEL_W, x2: width - 20, y1: axisY, y2: axisY, class: 'tl-axis' }));
  const ticks = Math.min(5, Math.max(1, Math.round((hi - lo) / DAY)));
  for (let i = 0; i <= ticks; i++) {
    const t = lo + ((hi - lo) * i) / ticks;
    const label = new Date(t).toISOString().slice(0, 10);
    // End labels align inward so they stay inside the chart.
    const anchor = i === 0 ? 'start' : i === ticks ? 'end' : 'middle';
    children.push(node('text', { x: x(t).toFixed(1), y: axisY + 18, class: 'tl-tick', 'text-anchor': anchor }, undefined, label));
  }
  return node('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'timeline', 'aria-label': 'Timeline of publications and events' }, children);
}

/**
 * Origins on the left, articles on the right; an edge per origin an article carries, and a dashed
 * edge from a republished article to its copy.
 */
export function provenanceChart(prov: ProvenanceView, articles: Pick<StoryArticle, 'id' | 'label'>[], width = 760): SvgNode | null {
  if (!articles.length) return null;
  const origins = prov.origins;
  const boxW = 240;
  const rightX = width - boxW - 10;
  const rows = Math.max(origins.length, articles.length);
  const height = rows * 44 + 20;
  const yOf = (i: number, n: number) => 10 + (i + 0.5) * ((rows * 44) / n);
  const articleY = new Map(articles.map((a, i) => [a.id, yOf(i, articles.length)]));
  const copied = new Set(prov.copies.map((c) => c.copy));
  const edges: SvgNode[] = [];
  const boxes: SvgNode[] = [];
  origins.forEach((o, i) => {
    const y = yOf(i, origins.length);
    boxes.push(box(10, y, boxW, o.label, 'pv-origin'));
    for (const a of o.articles) {
      const ay = articleY.get(a);
      if (ay === undefined) continue;
      const x1 = 10 + boxW;
      const mid = (x1 + rightX) / 2;
      edges.push(node('path', { d: `M${x1},${y} C${mid},${y} ${mid},${ay} ${rightX},${ay}`, class: 'pv-edge' }));
    }
  });
  for (const c of prov.copies) {
    const y1 = articleY.get(c.source);
    const y2 = articleY.get(c.copy);
    if (y1 === undefined || y2 === undefined) continue;
    const x = rightX + boxW;
    const bend = x + 40;
    edges.push(
      node('path', { d: `M${x},${y1} C${bend},${y1} ${bend},${y2} ${x},${y2}`, class: 'pv-copy' }, [
        node('title', {}, undefined, `${c.kind} (${Math.round(c.coverage * 100)}% of the copy)`),
      ]),
    );
  }
  articles.forEach((a) => {
    const label = copied.has(a.id) ? `${a.label} (copy)` : a.label;
    boxes.push(box(rightX, articleY.get(a.id)!, boxW, label, copied.has(a.id) ? 'pv-article pv-copied' : 'pv-article'));
  });
  return node('svg', { viewBox: `0 0 ${width + 50} ${height}`, width: '100%', role: 'img', class: 'provenance', 'aria-label': 'Provenance: origins to articles' }, [...edges, ...boxes]);
}

function box(x: number, cy: number, w: number, label: string, cls: string): SvgNode {
  return node('g', { class: cls }, [
    node('title', {}, undefined, label),
    node('rect', { x, y: (cy - 15).toFixed(1), width: w, height: 30, rx: 5 }),
    node('text', { x: x + 8, y: (cy + 4).toFixed(1) }, undefined, clip(label, 34)),
  ]);
}
