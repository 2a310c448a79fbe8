import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { HOSTILE_HEADLINE, sampleReport } from '../../testing/sampleReport.js';
import { CSV_COLUMNS, csvCell, exportName, storyCsv, storyHtml, storySlice } from './export.js';

describe('story export', () => {
  it('writes one row per article and one per statement, readable by a CSV parser', () => {
    const slice = storySlice(sampleReport(), 's1')!;
    const rows = parse(storyCsv(slice), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    const articles = rows.filter((r) => r.row === 'article');
    const statements = rows.filter((r) => r.row === 'statement');
    expect(articles.map((r) => r.article)).toEqual(['a', 'b', 'c']);
    // The republication names what it copies; the original names nothing.
    expect(articles.find((r) => r.article === 'b')!.copy_of).toBe('a');
    expect(articles.find((r) => r.article === 'a')!.copy_of).toBe('');
    expect(statements).toHaveLength(3);
    const translated = statements.find((r) => r.statement_id === 'qc')!;
    expect(translated).toMatchObject({ speaker: 'Ilse Marken', article: 'c', statement: 'No ship leaves before each plate has been inspected' });
    // Each statement lists the others the comparison grouped it with, and nothing else.
    for (const row of statements) {
      const grouped = new Set(slice.quote_groups.filter((g) => g.quotes.includes(row.statement_id)).flatMap((g) => g.quotes));
      grouped.delete(row.statement_id);
      expect(row.same_statement_as.split(' ').filter(Boolean).sort()).toEqual([...grouped].sort());
    }
    expect(translated.same_statement_as).toContain('qa');
  });

  it('never lets a cell start a spreadsheet formula, and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-12 dead')).toBe(`'-12 dead`);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('gives nothing for an unknown story, and a self-contained HTML page of one story', () => {
    const report = sampleReport();
    expect(storySlice(report, 'nope')).toBeNull();
    const html = storyHtml(storySlice(report, 's1')!);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Ferry halted over hull crack');
    // The hostile article is in no story: it is not in this story's page.
    expect(html).not.toContain(HOSTILE_HEADLINE.slice(0, 12));
    expect(exportName('story-ab/../c', 'csv')).toBe('storytrace-story-ab-c.csv');
  });
});
