// The coverage line names what the printed report holds: all, the inputs' stories, or one story.
import { describe, expect, it } from 'vitest';
import { coverageLine, type Coverage } from './coverage.js';

const store = '/tmp/pier-store';
const whole: Coverage = { read: { added: 2, already: 3 }, inputs: null, stored: 9, store };

describe('coverageLine', () => {
  it('says the whole store when the whole report is printed', () => {
    expect(coverageLine(whole, { stories: 4, articles: 9 })).toBe(`2 new, 3 already stored; report covers all 9 articles in ${store}`);
  });

  it('says one story, and of how many, when --story prints one', () => {
    const line = coverageLine(whole, { stories: 4, articles: 9 }, { id: 'story-ab12cd', articles: 3 });
    expect(line).toBe(`2 new, 3 already stored; report covers story story-ab12cd alone (3 articles), one of the 4 stories; 9 articles in ${store}`);
    expect(line).not.toMatch(/covers all/);
    const limited = coverageLine({ ...whole, read: { added: 0, already: 1 }, inputs: 1 }, { stories: 2, articles: 5 }, { id: 'story-ab12cd', articles: 1 });
    expect(limited).toBe(`0 new, 1 already stored; report covers story story-ab12cd alone (1 article), one of the 2 stories of the 1 input article; 9 articles in ${store}`);
  });

  it('says the inputs when --only-inputs limits it, and nothing when nothing was read or stored', () => {
    expect(coverageLine({ ...whole, inputs: 1 }, { stories: 1, articles: 2 })).toBe(`2 new, 3 already stored; report covers only the 1 story of the 1 input article (2 articles; 9 in ${store})`);
    expect(coverageLine({ read: null, inputs: null, stored: 0, store }, { stories: 0, articles: 0 })).toBeNull();
  });
});
