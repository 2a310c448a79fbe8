// Sparse weight vectors for story clustering, kept in flat number arrays: placing an article scores
// it against ten candidate stories, and walking arrays against a dense scratch copy of the
// article's vector is several times faster than Map lookups, with nothing for the GC to collect.

/** A sparse vector: parallel arrays of feature ids and weights. */
export interface Sparse {
  ids: number[];
  weights: number[];
}

let sortScratch = new Float64Array(256);

/**
 * Indices of the n largest weights (ties go to the lower index). The first `head` of them come
 * strongest first, as the query terms of a search; the rest stay in index order. A native numeric
 * sort finds the cut-off, so no comparator runs over every term of every article.
 */
export function strongest(weights: number[], n: number, head = 0): number[] {
  const len = weights.length;
  let kept: number[];
  if (len <= n) {
    kept = Array.from({ length: len }, (_, i) => i);
  } else {
    if (sortScratch.length < len) sortScratch = new Float64Array(len * 2);
    const sorted = sortScratch.subarray(0, len);
    sorted.set(weights);
    sorted.sort();
    const cut = sorted[len - n];
    let ties = n;
    for (let i = len - 1; i >= 0 && sorted[i] > cut; i--) ties--;
    kept = [];
    for (let i = 0; i < len; i++) {
      const w = weights[i];
      if (w > cut || (w === cut && ties-- > 0)) kept.push(i);
    }
  }
  if (head <= 0) return kept;
  const top = highest(kept, weights, head);
  const inTop = new Set(top);
  return [...top, ...kept.filter((i) => !inTop.has(i))];
}

/**
 * The k items with the highest scores, highest first (ties keep their order), by insertion into a
 * short sorted list: k is small, so this beats sorting everything.
 */
export function highest(items: Iterable<number>, score: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (const i of items) {
    const v = score[i];
    if (top.length === k && v <= score[top[k - 1]]) continue;
    let at = top.length < k ? top.length : k - 1;
    while (at > 0 && score[top[at - 1]] < v) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

/** A story's centroid: the sum of its members' unit vectors, features in insertion order. */
export class Centroid implements Sparse {
  ids: number[] = [];
  weights: number[] = [];
  normSq = 0;
  /**
   * Feature -> position, for `add`: built on the first add and dropped by `cool` (a Map costs
   * about twice the two arrays, and most threads of a large corpus are joined no more).
   */
  private slots: Map<number, number> | null = null;

  /** A centroid from its features (distinct) and their weights, as stored. */
  static from(ids: number[], weights: number[]): Centroid {
    const c = new Centroid();
    c.ids = ids;
    c.weights = weights;
    c.refreshNorm();
    return c;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Adds w to feature f's weight; true when f was not in the centroid yet. */
  add(f: number, w: number): boolean {
    const slots = this.slots ?? this.lookup();
    const slot = slots.get(f);
    if (slot !== undefined) {
      this.weights[slot] += w;
      return false;
    }
    slots.set(f, this.ids.length);
    this.ids.push(f);
    this.weights.push(w);
    return true;
  }

  /** Keeps only the `keep` strongest features once there are more than `max`; refreshes the norm. */
  prune(max: number, keep: number): void {
    if (this.ids.length > max) {
      const kept = strongest(this.weights, keep);
      const ids = kept.map((i) => this.ids[i]);
      const weights = kept.map((i) => this.weights[i]);
      this.ids = [];
      this.weights = [];
      this.slots = null;
      for (let i = 0; i < ids.length; i++) this.add(ids[i], weights[i]);
    }
    this.refreshNorm();
  }

  /** Dot product with a vector spread over a dense array indexed by feature id. */
  dot(dense: Float64Array): number {
    let sum = 0;
    const { ids, weights } = this;
    for (let i = 0; i < ids.length; i++) {
      const f = ids[i];
      if (f < dense.length) sum += weights[i] * dense[f];
    }
    return sum;
  }

  /** The n strongest features as a unit vector, the `head` strongest first. */
  unitQuery(n: number, head: number): Sparse {
    const top = strongest(this.weights, n, head);
    let norm = 0;
    for (const i of top) norm += this.weights[i] * this.weights[i];
    norm = Math.sqrt(norm) || 1;
    return { ids: top.map((i) => this.ids[i]), weights: top.map((i) => this.weights[i] / norm) };
  }

  entries(): [number, number][] {
    return this.ids.map((f, i) => [f, this.weights[i]]);
  }

  clear(): void {
    this.ids = [];
    this.weights = [];
    this.slots = null;
    this.normSq = 0;
  }

  /** Drops the lookup `add` uses (rebuilt if it is needed again): scoring reads only the arrays. */
  cool(): void {
    this.slots = null;
  }

  private lookup(): Map<number, number> {
    const slots = new Map<number, number>();
    for (let i = 0; i < this.ids.length; i++) slots.set(this.ids[i], i);
    this.slots = slots;
    return slots;
  }

  private refreshNorm(): void {
    let normSq = 0;
    for (const w of this.weights) normSq += w * w;
    this.normSq = normSq;
  }
}
