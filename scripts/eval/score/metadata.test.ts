import { describe, expect, it } from 'vitest';
import { countVerdicts, dateVerdict } from './metadata.js';

describe('dateVerdict', () => {
  it('judges to the precision of the truth', () => {
    expect(dateVerdict('2024-11-27T01:57', '2024-11-27')).toBe('right');
    expect(dateVerdict('2024-11-27', '2024-11')).toBe('right');
    expect(dateVerdict('2024-11-26', '2024-11-27')).toBe('wrong');
    expect(dateVerdict('2024-11', '2024-11-27')).toBe('wrong');
    expect(dateVerdict(null, '2024')).toBe('null');
  });

  it('counts verdicts: all right for a perfect output, none for an empty one', () => {
    expect(countVerdicts(['right', 'right'])).toEqual({ right: 2, null: 0, wrong: 0 });
    expect(countVerdicts([])).toEqual({ right: 0, null: 0, wrong: 0 });
  });
});
