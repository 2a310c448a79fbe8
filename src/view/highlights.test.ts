import { describe, expect, it } from 'vitest';
import { type Highlight, segmentText } from './highlights.js';

describe('segmentText', () => {
  const body = 'Mayor Ada Brun said "the pier stays shut" on Friday.';
  const quote: Highlight = { kind: 'quote', span: [20, 40], label: 'Ada Brun' };
  const entity: Highlight = { kind: 'entity', span: [6, 14], label: 'Ada Brun' };
  const reuse: Highlight = { kind: 'reuse', span: [0, 30], label: 'from Example Post' };

  it('keeps the whole text, in order, whatever the highlights', () => {
    const segments = segmentText(body, [quote, entity, reuse]);
    expect(segments.map((s) => s.text).join('')).toBe(body);
  });

  it('marks each segment with every highlight that covers it', () => {
    const segments = segmentText(body, [quote, entity, reuse]);
    const at = (text: string) => segments.find((s) => s.text === text)!.marks;
    expect(at('Ada Brun')).toEqual([1, 2]);
    expect(at('"the pier ')).toEqual([0, 2]);
    expect(at('stays shut')).toEqual([0]);
    expect(at('" on Friday.')).toEqual([]);
  });

  it('ignores empty and out-of-range spans', () => {
    const segments = segmentText('abc', [{ kind: 'figure', span: [2, 2], label: '' }, { kind: 'figure', span: [1, 99], label: 'x' }]);
    expect(segments).toEqual([
      { text: 'a', start: 0, marks: [] },
      { text: 'bc', start: 1, marks: [1] },
    ]);
  });

  it('returns one plain segment without highlights', () => {
    expect(segmentText('plain', [])).toEqual([{ text: 'plain', start: 0, marks: [] }]);
  });
});
