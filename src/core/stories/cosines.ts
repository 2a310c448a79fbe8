// Word cosines between threads for consolidation (consolidate.ts), and each thread's closest
// thread in words. A thread's evidence is read only while its pairs are scored: nothing here
// keeps a thread beyond the vector it last spread.
import type { ThreadEvidence } from './consolidate.js';

/**
 * Cosines of threads' within-language vectors, each thread's spread over a dense array (by feature
 * id) to be read against: no map per pair. The shorter vector is spread and the longer read, so a
 * dot product sums in the order of the longer one's features whichever thread asks.
 */
export class WordCosines {
  private readonly evidence: (i: number) => ThreadEvidence;
  private readonly spread: Float64Array[];
  private readonly holds = [-1, -1];
  /** The feature ids spread in each array (to clear it), kept apart from the thread, which may be let go. */
  private readonly spreadIds: number[][] = [[], []];

  /** `features`: how many feature ids there are (a vector's ids are below it). */
  constructor(evidence: (i: number) => ThreadEvidence, features: number) {
    this.evidence = evidence;
    this.spread = [new Float64Array(features + 1), new Float64Array(features + 1)];
  }

  cosine(i: number, j: number): number {
    const a = this.evidence(i).centroid;
    const b = this.evidence(j).centroid;
    if (a.normSq === 0 || b.normSq === 0) return 0;
    // The shorter one is spread (the first of the two when they are as long), the longer one read.
    const [small, large, k] = a.ids.length <= b.ids.length ? [a, b, i] : [b, a, j];
    const dense = this.dense(k, small, large.ids);
    let dot = 0;
    const { ids, weights } = large;
    for (let n = 0; n < ids.length; n++) {
      const w = dense[ids[n]];
      if (w !== 0) dot += w * weights[n];
    }
    return dot / Math.sqrt(a.normSq * b.normSq);
  }

  /** Thread k's vector spread over one of two dense arrays (the one already holding it, else the older), long enough to be read at `read`. */
  private dense(k: number, vector: ThreadEvidence['centroid'], read: number[]): Float64Array {
    let top = 0;
    for (const f of vector.ids) if (f > top) top = f;
    for (const f of read) if (f > top) top = f;
    if (top >= this.spread[0].length) this.grow(top + 1);
    if (this.holds[0] === k) return this.spread[0];
    if (this.holds[1] === k) return this.spread[1];
    // The second slot is the most recent: the first gives way, the second moves to it.
    const [older, newer] = this.spread;
    for (const f of this.spreadIds[0]) older[f] = 0;
    this.spread[0] = newer;
    this.holds[0] = this.holds[1];
    this.spreadIds[0] = this.spreadIds[1];
    this.spread[1] = older;
    this.holds[1] = k;
    this.spreadIds[1] = vector.ids;
    vector.ids.forEach((f, n) => (older[f] = vector.weights[n]));
    return older;
  }

  private grow(length: number): void {
    for (let s = 0; s < 2; s++) {
      const grown = new Float64Array(length * 2);
      grown.set(this.spread[s]);
      this.spread[s] = grown;
    }
  }
}

/** Each thread's closest thread in words (ties: the lower index). */
export class Closest {
  private readonly best: Int32Array;
  private readonly score: Float64Array;
  constructor(n: number) {
    this.best = new Int32Array(n).fill(-1);
    this.score = new Float64Array(n);
  }
  offer(i: number, j: number, score: number): void {
    if (this.best[i] < 0 || score > this.score[i] || (score === this.score[i] && j < this.best[i])) {
      this.best[i] = j;
      this.score[i] = score;
    }
  }
  of(i: number): number {
    return this.best[i];
  }
}
