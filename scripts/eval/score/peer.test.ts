import { describe, expect, it } from 'vitest';
import { cosine, peerClusters, tfidf } from './peer.js';

const texts = [
  { id: 'f1', text: 'The harbour ferry to Tallholm stopped after a hull crack was found in the Norrvik yard.' },
  { id: 'f2', text: 'A hull crack stopped the Tallholm ferry; the Norrvik yard found it during checks.' },
  { id: 's1', text: 'Teachers in Kellmark walked out over unpaid overtime, the union said on Friday.' },
  { id: 's2', text: 'The Kellmark teachers union said unpaid overtime caused Friday walkout.' },
];

describe('tfidf', () => {
  it('gives unit vectors; a text is most like itself', () => {
    const v = tfidf(texts.map((t) => t.text));
    for (const x of v) expect(cosine(x, x)).toBeCloseTo(1);
    expect(cosine(v[0], v[1])).toBeGreaterThan(cosine(v[0], v[2]));
  });
});

describe('peerClusters', () => {
  it('groups texts by shared words at the threshold', () => {
    const groups = peerClusters(texts).map((g) => g.sort().join(',')).sort();
    expect(groups).toEqual(['f1,f2', 's1,s2']);
  });

  it('merges everything at threshold 0 and nothing above 1', () => {
    expect(peerClusters(texts, 0)).toHaveLength(1);
    expect(peerClusters(texts, 1.01)).toHaveLength(4);
  });
});
