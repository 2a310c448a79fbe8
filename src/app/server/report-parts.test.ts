// A report cut into parts for the trip from the analysis thread comes back whole and in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../core/analyze.js';
import { cleanDoc, readInput } from '../../core/ingest/index.js';
import { FILES } from '../../testing/compare-golden.js';
import { joinReport, splitReport } from './report-parts.js';

describe('a report in parts', () => {
  const report = analyzeArticles(FILES.flatMap((f) => readInput(f, readFileSync(f)).docs.map(cleanDoc)));

  it('joins back to the same report, every list in its order, empty lists kept', () => {
    const parts = splitReport(report, 2);
    expect(parts.every((p) => p.items.length <= 2)).toBe(true);
    expect(parts.length).toBeGreaterThan(Object.keys(report).length);
    expect(joinReport(structuredClone(parts))).toEqual(report);
  });

  it('keeps a list with no items as an empty list', () => {
    const empty = { ...report, flags: [] };
    expect(joinReport(splitReport(empty)).flags).toEqual([]);
  });
});
