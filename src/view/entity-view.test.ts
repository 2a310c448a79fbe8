import { describe, expect, it } from 'vitest';
import { sampleReport } from '../testing/sampleReport.js';
import { entityView } from './entity-view.js';
import { ReportIndex } from './story-view.js';

describe('entity view', () => {
  it('finds a speaker by any of their names and lays the versions of one statement side by side', () => {
    const index = new ReportIndex(sampleReport());
    for (const name of ['Ilse Marken', 'marken', 'ILSE MARKEN']) {
      const v = entityView(index, name)!;
      expect(v.entity.name).toBe('Ilse Marken');
      expect(v.quoteCount).toBe(3);
      expect(v.statements).toHaveLength(1);
      expect(v.statements[0]!.how).toBe('edited');
      expect(v.statements[0]!.versions.map((x) => [x.label, x.quote])).toEqual([
        ['Norrvik Courier', 'qa'],
        ['Island Wire', 'qb'],
        ['tageblatt.example', 'qc'],
      ]);
      expect(v.stories).toEqual([{ id: 's1', title: 'Ferry halted over hull crack', statements: 1 }]);
    }
  });

  it('lists each statement of a quote that holds two, with the words that are that statement', () => {
    const report = sampleReport();
    const [qa, qb, qc] = report.quotes;
    qa!.text = 'We will not sail until every plate is checked. The crew will be paid in full.';
    qb!.text = 'The crew will be paid in full.';
    report.quote_groups = [
      { story: 's1', speaker: 'Ilse Marken', quotes: ['qa', 'qc'], kind: 'other language', parts: { qa: [0, 46] } },
      { story: 's1', speaker: 'Ilse Marken', quotes: ['qa', 'qb'], kind: 'same wording', parts: { qa: [47, 77] } },
    ];
    const v = entityView(new ReportIndex(report), 'Ilse Marken')!;
    expect(v.statements.map((st) => st.versions.map((x) => [x.quote, x.text]))).toEqual([
      [['qa', 'We will not sail until every plate is checked.'], ['qc', qc!.text]],
      [['qa', 'The crew will be paid in full.'], ['qb', 'The crew will be paid in full.']],
    ]);
  });

  it('returns null for a name nobody carries', () => {
    expect(entityView(new ReportIndex(sampleReport()), 'Nobody Atall')).toBeNull();
  });
});
