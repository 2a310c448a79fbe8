// The peer the stories table shows beside storytrace: TF-IDF vectors and average-link
// agglomerative clustering cut at a fixed cosine similarity. Deliberately plain: no language
// handling, no dates, no names, so it shows what bag-of-words similarity alone gets.

/** The similarity below which the peer stops merging (its one setting, fixed, never tuned on a set). */
export const PEER_THRESHOLD = 0.2;

const tokens = (text: string): string[] => text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];

/** L2-normalised TF-IDF vectors (sublinear tf, smoothed idf), one per text. */
export function tfidf(texts: readonly string[]): Map<string, number>[] {
  const counts = texts.map((t) => {
    const m = new Map<string, number>();
    for (const w of tokens(t)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of counts) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return counts.map((m) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of m) {
      const x = (1 + Math.log(c)) * (Math.log((1 + n) / (1 + df.get(w)!)) + 1);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [w, x] of small) s += x * (large.get(w) ?? 0);
  return s;
}

/**
 * Average-link agglomerative clustering of `texts` (id -> text): repeatedly merge the two clusters
 * with the highest mean pairwise cosine similarity while it is at least `threshold`. O(n^3) in the
 * number of texts: fine for a few hundred.
 */
export function peerClusters(texts: readonly { id: string; text: string }[], threshold = PEER_THRESHOLD): string[][] {
  const vectors = tfidf(texts.map((t) => t.text));
  const n = texts.length;
  const sim = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : cosine(vectors[i], vectors[j]))));
  // Sums of pairwise similarity between live clusters; a merge adds rows, so averages stay exact.
  const members: number[][] = texts.map((_, i) => [i]);
  const live = new Set(members.keys());
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (const i of live)
      for (const j of live) {
        if (j <= i) continue;
        const avg = sim[i][j] / (members[i].length * members[j].length);
        if (avg > best) [best, bi, bj] = [avg, i, j];
      }
    if (bi < 0 || best < threshold) break;
    for (const k of live) {
      if (k === bi || k === bj) continue;
      sim[bi][k] += sim[bj][k];
      sim[k][bi] = sim[bi][k];
    }
    members[bi] = [...members[bi], ...members[bj]];
    live.delete(bj);
  }
  return [...live].map((i) => members[i].map((k) => texts[k].id));
}
