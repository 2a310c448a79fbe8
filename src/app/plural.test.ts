import { describe, expect, it } from 'vitest';
import { count } from './plural.js';

describe('count', () => {
  it('uses the singular for one only', () => {
    expect(count(1, 'article')).toBe('1 article');
    expect(count(0, 'article')).toBe('0 articles');
    expect(count(2, 'story')).toBe('2 stories');
    expect(count(2, 'day')).toBe('2 days');
    expect(count(3, 'copy', 'copies')).toBe('3 copies');
    expect(count(12500, 'file')).toBe('12,500 files');
  });
});
