// An article's side of a reuse record is shown as the reuse stage decided it: a record that names a
// common source or leaves the direction undetermined makes neither article the copy.
import { describe, expect, it } from 'vitest';
import type { ReuseRecord } from '../core/types.js';
import { reuseLabel, reuseRole } from './article-view.js';

const record = (extra: Partial<ReuseRecord>): ReuseRecord => ({ source: 'hh', copy: 'nc', direction: 'unknown', kind: 'near duplicate', coverage: 0.9, passages: [], evidence: [], ...extra });

describe('reuse on an article', () => {
  it('names a copy and its source only when the direction is known', () => {
    const known = record({ direction: 'known' });
    expect([reuseRole(known, 'nc'), reuseRole(known, 'hh')]).toEqual(['copy', 'source']);
    expect(reuseLabel({ role: 'copy', kind: 'near duplicate' }, 'Harbour Herald')).toBe('near duplicate of Harbour Herald');
  });

  it('makes neither the copy for a common source or an undetermined direction, and says which', () => {
    const wire = record({ wire: 'Coastline Wire' });
    expect([reuseRole(wire, 'nc'), reuseRole(wire, 'hh')]).toEqual(['sibling', 'sibling']);
    expect(reuseLabel({ role: 'sibling', kind: 'near duplicate', commonSource: 'Coastline Wire' }, 'Northshire Courier')).toBe(
      "near duplicate: shares Coastline Wire's text with Northshire Courier (common source)",
    );
    expect(reuseLabel({ role: 'sibling', kind: 'partial reuse' }, 'Northshire Courier')).toBe('partial reuse: shares text with Northshire Courier (who copied whom undetermined)');
    const update = record({ direction: 'known', update: true });
    expect([reuseRole(update, 'nc'), reuseRole(update, 'hh')]).toEqual(['later version', 'earlier version']);
  });
});
