// Extraction runs on whatever ingest produced: it must never throw, and must stay linear.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../gen/random.js';
import { extractArticle, resolveCorpus } from './index.js';

const article = (id: string, body: string) => ({ id, source: id, outlet: null, url: null, headline: null, published: null, language: null, body, original: body });

describe('robustness', () => {
  it('handles empty, quote-only and unbalanced bodies', () => {
    for (const body of ['', '“', '”', '"""', "''", '‘’‘', '“ ”', '(((', '[Daesh', 'U.S.', '...', '— — —', '1,,2..3', '\n\n\n', 'al-', 'Al-', '-']) {
      const ex = extractArticle(article('x', body));
      expect(ex.article).toBe('x');
      for (const q of ex.quotes) expect(q.span[0]).toBeLessThanOrEqual(q.span[1]);
    }
  });

  it('never throws on random text built from quote marks, names, numbers and punctuation', () => {
    const rng = createRandom(42);
    const pieces = ['“', '”', '"', '‘', '’', "'", '(', ')', '[', ']', '.', ',', ';', ':', '!', '?', '…', '\n\n', ' ', ' ', ' ', 'said', 'he', 'she', 'the minister', 'Ana Lopez', 'al-Hadi', 'U.N.', 'NATO', 'half', 'a', 'million', '350', '1,200', 'five', 'and', 'some', 'km', 'according to', 'formerly', 'IS', '(IS)', 'Gen.', 'Dr.', 'constructor', '__proto__', 'toString'];
    const bodies = Array.from({ length: 200 }, () => Array.from({ length: rng.int(0, 120) }, () => rng.pick(pieces)).join(''));
    const extractions = bodies.map((b, i) => extractArticle(article(`r${i}`, b)));
    expect(() => resolveCorpus(extractions)).not.toThrow();
  });

  it('stays fast on a very long article', () => {
    const paragraph = '“We will rebuild the bridge,” said Mayor Ana Lopez, who met Gen. Omar al-Hadi of the Northern Army (NA) near the town of Kessel. Some 350 families and 1,200 workers were affected, according to the council. ';
    const body = Array.from({ length: 400 }, () => paragraph).join('\n\n');
    const t0 = performance.now();
    const ex = extractArticle(article('long', body));
    expect(ex.quotes).toHaveLength(400);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
