// Scoring pairs of threads with a window of them at hand. Consolidation (consolidate.ts) scores
// pairs independently of each other, so it may score them in any order: in time order, the
// threads of a pair are close in time (a pair too far apart scores nothing and is never listed),
// and a thread is needed only from its first pair to its last, which lie within a few weeks of
// it. Threads without a date, or spanning a long period, are held longer: from their first pair to their last.

/** What consolidation asks of its driver: the threads (by index) it reads next, and those it is done with for now. */
export interface EvidenceNeed {
  load: number[];
  release: number[];
}

/** Threads newly asked for per request, by default. */
export const LOAD_CHUNK = 500;

/** Pairs of thread indices, flat (i, j, i, j, ...), in a growing typed array: 8 bytes a pair. */
export class PairList {
  private data = new Int32Array(1024);
  length = 0;

  push(i: number, j: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = i;
    this.data[this.length++] = j;
  }

  at(k: number): number {
    return this.data[k];
  }
}

/**
 * Each thread's place in time order: threads without a finite date first (by index), then the
 * dated ones by their first day (ties: by index).
 */
export function sweepOrder(times: readonly { time: [number, number] | null }[]): Int32Array {
  const dated = (i: number) => {
    const t = times[i].time;
    return t !== null && Number.isFinite(t[0]) && Number.isFinite(t[1]);
  };
  const order = Array.from({ length: times.length }, (_, i) => i).sort((a, b) => {
    const da = dated(a);
    const db = dated(b);
    if (da !== db) return da ? 1 : -1;
    return (da ? times[a].time![0] - times[b].time![0] : 0) || a - b;
  });
  const position = new Int32Array(times.length);
  order.forEach((i, p) => (position[i] = p));
  return position;
}

/**
 * Visits each pair (flat: i, j, i, j, ...) once, both threads loaded: in order of the later of its
 * two threads' positions, asking for the threads of the next pairs `chunk` at a time and letting
 * each go after its last pair.
 */
export function* visitPairs(flat: PairList, position: Int32Array, chunk: number, visit: (i: number, j: number) => void): Generator<EvidenceNeed, void, void> {
  const count = flat.length / 2;
  if (count === 0) return;
  // Pairs by the position of their later thread (ties: as listed), as one number each: a typed
  // array sorts in place, and a corpus can have millions of pairs.
  const keys = new Float64Array(count);
  for (let p = 0; p < count; p++) keys[p] = Math.max(position[flat.at(2 * p)], position[flat.at(2 * p + 1)]) * count + p;
  keys.sort();
  const order = new Uint32Array(count);
  for (let r = 0; r < count; r++) order[r] = keys[r] % count;
  // Each thread's last pair (its rank in `order`), and the threads whose last pair each rank is.
  const last = new Map<number, number>();
  order.forEach((p, r) => {
    last.set(flat.at(2 * p), r);
    last.set(flat.at(2 * p + 1), r);
  });
  const endsAt = new Map<number, number[]>();
  for (const [thread, r] of last) {
    const list = endsAt.get(r);
    if (list) list.push(thread);
    else endsAt.set(r, [thread]);
  }
  const loaded = new Set<number>();
  let release: number[] = [];
  for (let r = 0; r < count; ) {
    // The next pairs, up to the one whose threads would take more than a chunk of new loads.
    const load: number[] = [];
    let end = r;
    for (; end < count; end++) {
      const p = order[end];
      const fresh = [flat.at(2 * p), flat.at(2 * p + 1)].filter((t, k, both) => !loaded.has(t) && (k === 0 || t !== both[0]));
      if (load.length + fresh.length > chunk && end > r) break;
      for (const t of fresh) {
        loaded.add(t);
        load.push(t);
      }
    }
    yield { load, release };
    release = [];
    for (; r < end; r++) {
      const p = order[r];
      visit(flat.at(2 * p), flat.at(2 * p + 1));
      for (const t of endsAt.get(r) ?? []) {
        loaded.delete(t);
        release.push(t);
      }
    }
  }
  yield { load: [], release };
}
