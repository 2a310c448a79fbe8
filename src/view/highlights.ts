// Highlighted spans over an article body can overlap (a quote holding an entity inside a reused
// passage); splitting the body at every span edge gives flat segments that each know every
// highlight covering them, so a renderer can draw them as plain text runs.
import type { Span } from '../core/types.js';

export type HighlightKind = 'quote' | 'entity' | 'reuse' | 'figure';

export interface Highlight {
  kind: HighlightKind;
  span: Span;
  /** Short text for a tooltip: speaker, entity name, reuse source. */
  label: string;
}

export interface Segment {
  text: string;
  start: number;
  /** Indexes into the highlights array, in the order given. */
  marks: number[];
}

export function segmentText(body: string, highlights: Highlight[]): Segment[] {
  const valid = highlights
    .map((h, i) => ({ h, i, start: Math.max(0, h.span[0]), end: Math.min(body.length, h.span[1]) }))
    .filter((x) => x.end > x.start);
  const cuts = new Set<number>([0, body.length]);
  for (const x of valid) {
    cuts.add(x.start);
    cuts.add(x.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const start = edges[k]!;
    const end = edges[k + 1]!;
    const marks = valid.filter((x) => x.start <= start && x.end >= end).map((x) => x.i);
    segments.push({ text: body.slice(start, end), start, marks });
  }
  return segments;
}
