import { describe, expect, it } from 'vitest';
import type { Article } from '../types.js';
import { storyFeatures } from './features.js';

const article = (id: string, language: string, body: string): Article => ({ id: id.padEnd(24, '0'), source: `${id}.txt`, outlet: null, url: null, headline: null, published: null, language, body, original: body });
// The cross-language keys of an article, by their surface forms.
const crossSurfaces = (a: Article) => {
  const f = storyFeatures(a);
  const codes = new Set(f.terms.filter((t) => (t & 3) === 3));
  return new Map(f.surfaces.filter(([code]) => codes.has(code)).map(([code, surface]) => [surface, code]));
};

describe('cross-language keys of names', () => {
  it('gives a name of two short words the key of its words joined, as another language writes it in one', () => {
    const english = crossSurfaces(article('e1', 'en', 'Protesters marched through Nova Kesh on Sunday, the city police said.'));
    const german = crossSurfaces(article('g1', 'de', 'Die Demonstranten zogen am Sonntag durch Novakesh, teilte die Polizei mit.'));
    expect(english.get('Nova Kesh')).toBeDefined();
    expect(english.get('Nova Kesh')).toBe(german.get('Novakesh'));
  });

  it('joins no longer words, nor a title or an initial with a name', () => {
    const keys = crossSurfaces(article('e2', 'en', 'The talks in Port Velmar were led by Dana Kellor, Judge Kess and J Vola.'));
    expect(keys.has('Port Velmar')).toBe(false);
    expect(keys.has('Dana Kellor')).toBe(false);
    expect(keys.has('Judge Kess')).toBe(false);
    expect(keys.has('J Vola')).toBe(false);
  });
});
