// Whatever arrives, readInput and cleanDoc answer: no throw, one-line errors, no quadratic blow-up.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cleanDoc, readInput } from './index.js';

/** Small seeded PRNG so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['{"text":', '"', '}', '\n', ',', 'WARC/1.0\r\n', 'Content-Length: 9\r\n', '\r\n\r\n', '<p>', 'title,text\n', 'é', '\u0000', '\uFFFD', 'Read more:', ' date 2031-01-02 '];

function randomBytes(r: () => number): Uint8Array {
  const mode = r();
  if (mode < 0.3) return Uint8Array.from({ length: Math.floor(r() * 400) }, () => Math.floor(r() * 256));
  const text = Array.from({ length: Math.floor(r() * 60) }, () => PIECES[Math.floor(r() * PIECES.length)]).join('');
  const bytes = Buffer.from(text);
  if (mode < 0.5) return gzipSync(bytes).subarray(0, Math.floor(r() * 60));
  return bytes;
}

describe('random input never throws', () => {
  const r = random(20310101);
  const names = ['x.txt', 'x.html', 'x.jsonl', 'x.csv', 'x.tsv', 'x.warc', 'x.warc.gz', 'x.txt.gz', '-'];
  it('readInput + cleanDoc on 600 random byte strings', () => {
    for (let i = 0; i < 600; i++) {
      const name = names[i % names.length];
      const { docs, errors } = readInput(name, randomBytes(r));
      for (const e of errors) {
        expect(e.message.includes('\n')).toBe(false);
        expect(e.source.startsWith(name)).toBe(true);
      }
      for (const doc of docs) expect(typeof cleanDoc(doc).id).toBe('string');
    }
  });
});

describe('pathological text stays fast', () => {
  const cases: [string, string][] = [
    ['one huge line', 'The council met again. '.repeat(20_000)],
    ['one huge word', 'a'.repeat(200_000)],
    ['thousands of hyphen-broken lines', 'word-\n'.repeat(20_000)],
    ['thousands of short lines', 'Short line\n'.repeat(20_000)],
    ['a long run of dotted labels', `${'abc-'.repeat(20_000)}.com/x`],
  ];
  it.each(cases)('%s', (_name, text) => {
    const t0 = performance.now();
    const article = cleanDoc({ source: 'p.txt', format: 'txt', text, meta: {} });
    expect(article.original).toBe(text);
    // Generous for a loaded 2-core machine; quadratic behaviour takes minutes here.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
