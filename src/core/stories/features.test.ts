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

describe('cross-language keys of numbers', () => {
  // The number keys an article carries (their codes), as the story step compares them across languages.
  const numberCodes = (a: Article) => new Set(storyFeatures(a).named ?? []);

  it('keys each run of digits inside a Japanese or Chinese run of text, as the same figures written between spaces', () => {
    const english = numberCodes(article('e3', 'en', 'The quake near Velmar on 26 March killed 2946 people, officials in Kessport said.'));
    const japanese = numberCodes(article('j3', 'ja', 'ヴェルマール近郊で3月26日に発生した地震で2946人が死亡した。'));
    const chinese = numberCodes(article('z3', 'zh', '维尔马附近3月26日发生地震，已致2946人遇难。'));
    expect(japanese.size).toBe(2);
    for (const code of japanese) expect(english.has(code)).toBe(true);
    expect([...chinese].sort()).toEqual([...japanese].sort());
  });

  it('reads Arabic-Indic and full-width digits as the digits they are', () => {
    const english = numberCodes(article('e4', 'en', 'The quake near Velmar killed 2946 people in 2031.'));
    expect(numberCodes(article('a4', 'ar', 'أودى الزلزال بحياة ٢٩٤٦ شخصا عام ٢٠٣١'))).toEqual(english);
    expect(numberCodes(article('f4', 'ja', '死者は２９４６人、２０３１年'))).toEqual(english);
  });
});
