// The real seed articles, read and cleaned as the CLI does, against the hand-made reuse truth.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeeds, loadTruth } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { cleanDoc, readInput } from '../ingest/index.js';
import { detectReuse, ReuseIndex } from './index.ts';

const noShared = skipWithoutShared();
const truth = noShared ? null : loadTruth();
const articles = new Map((noShared ? [] : loadSeeds()).map((s) => [s.prefix, cleanDoc(readInput(s.path, readFileSync(s.path)).docs[0])]));
const prefixOf = new Map([...articles].map(([prefix, a]) => [a.id, prefix]));

describe.skipIf(noShared)('reuse on the seeds', () => {
  const records = detectReuse([...articles.values()]);

  it('finds exactly the truth pairs, each in the truth direction and as a republication', () => {
    expect(records.map((r) => [prefixOf.get(r.source), prefixOf.get(r.copy), r.direction, r.kind])).toEqual(
      truth.text_reuse.map((t: { source: string; copy: string }) => [t.source, t.copy, 'known', 'republication']),
    );
  });

  it('passages cover every word the truth says is shared', () => {
    for (const t of truth.text_reuse) {
      const record = records.find((r) => prefixOf.get(r.copy) === t.copy)!;
      const body = articles.get(t.copy)!.body;
      const from = body.indexOf(t.shared_must_include[0]);
      const last = t.shared_must_include[t.shared_must_include.length - 1];
      const to = body.indexOf(last) + last.length;
      for (const m of body.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
        const at = from + m.index!;
        expect(record.passages.some((p) => p.copy_span[0] <= at && at < p.copy_span[1])).toBe(true);
      }
      for (const p of record.passages) expect(body.slice(...p.copy_span)).toBe(p.text);
    }
  });

  it('gives evidence naming the credit and both dates', () => {
    const record = records[0];
    const evidence = record.evidence.join('\n');
    const source = [...articles.values()].find((a) => a.id === record.source)!;
    const copy = [...articles.values()].find((a) => a.id === record.copy)!;
    expect(evidence).toMatch(/credits .*reports:/);
    expect(evidence).toContain(source.published!);
    expect(evidence).toContain(copy.published!);
  });

  it('no record for the pairs the truth says are independent, nor any pair with the older story', () => {
    for (const r of records) {
      const pair = [prefixOf.get(r.source), prefixOf.get(r.copy)].sort();
      for (const n of truth.not_text_reuse) expect(pair).not.toEqual([...n.pair].sort());
      expect(pair).not.toContain('004');
    }
  });

  it('gives the same record one article at a time, in any order', () => {
    for (const order of [['000', '001', '002', '003', '004'], ['004', '003', '002', '001', '000']]) {
      const index = new ReuseIndex();
      const streamed = order.flatMap((p) => index.add([articles.get(p)!]));
      expect(streamed).toEqual(records);
    }
  });
});
