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

  it('returns null for a name nobody carries', () => {
    expect(entityView(new ReportIndex(sampleReport()), 'Nobody Atall')).toBeNull();
  });
});
