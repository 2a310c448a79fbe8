// Local alignment of two token sequences: exact word n-gram anchors, chained along near-diagonals
// (so small edits and short insertions inside a passage do not break it, while re-ordered
// paragraphs simply form separate chains), then an X-drop extension at both ends that scores
// matches +1 and mismatches -1, Smith-Waterman style, to recover words short of a full anchor.
import type { Tokens } from './tokens.ts';

export const ANCHOR = 4;
/** Largest skip (in words, on either side) bridged between two anchors of one passage. */
const MAX_GAP = 12;
/** Largest shift of diagonal (an insertion or deletion) bridged inside one passage. */
const MAX_SHIFT = 8;
const X_DROP = 3;
/** Anchors on an n-gram repeated more often than this in one text are ignored (lists, refrains). */
const MAX_REPEATS = 4;

export interface AlignedPassage {
  /** Token ranges [start, end) in the two texts. */
  a: [number, number];
  b: [number, number];
  /** Words of b inside the passage that match a word of a. */
  matched: number;
}

/** Hash of the ANCHOR words from i, or -1 when they are all function words. */
function anchorHash(t: Tokens, i: number): number {
  let h = 0x2545f491;
  let content = false;
  for (let k = 0; k < ANCHOR; k++) {
    h = Math.imul(h ^ t.hashes[i + k], 0x01000193) + k;
    if (!t.stop[i + k]) content = true;
  }
  return content ? h >>> 0 : -1;
}

/**
 * n-gram hash -> positions in one text. Open addressing over typed arrays that are reused from
 * one text to the next (`index` rebuilds in place): no per-n-gram objects and no fresh buffers
 * per pair, which keeps garbage collection out of the alignment of a 100k corpus.
 */
export class AnchorIndex {
  private keys = new Uint32Array(0);
  private used = new Uint8Array(0);
  private head = new Int32Array(0);
  private count = new Uint16Array(0);
  /** Next position with the same n-gram, or -1. */
  next = new Int32Array(0);
  private mask = 0;

  /** Rebuilds the index over t, replacing whatever it indexed before. */
  index(t: Tokens): this {
    const n = Math.max(0, t.hashes.length - ANCHOR + 1);
    let size = 16;
    while (size < n * 2) size <<= 1;
    if (this.keys.length < size) {
      this.keys = new Uint32Array(size);
      this.used = new Uint8Array(size);
      this.head = new Int32Array(size);
      this.count = new Uint16Array(size);
    }
    if (this.next.length < n) this.next = new Int32Array(n * 2);
    this.mask = size - 1;
    this.used.fill(0, 0, size);
    this.count.fill(0, 0, size);
    this.head.fill(-1, 0, size);
    this.next.fill(-1, 0, n);
    for (let i = n - 1; i >= 0; i--) {
      const h = anchorHash(t, i);
      if (h < 0) continue;
      const s = this.slot(h);
      this.keys[s] = h;
      this.used[s] = 1;
      this.next[i] = this.head[s];
      this.head[s] = i;
      if (this.count[s] < 0xffff) this.count[s]++;
    }
    return this;
  }

  private slot(h: number): number {
    let s = h & this.mask;
    while (this.used[s] && this.keys[s] !== h) s = (s + 1) & this.mask;
    return s;
  }

  /** First position of the n-gram (follow `next` for the others) or -1; -1 too when it repeats too often. */
  first(h: number, maxRepeats: number): number {
    const s = this.slot(h);
    return this.used[s] && this.count[s] <= maxRepeats ? this.head[s] : -1;
  }
}

interface Chain {
  a0: number;
  b0: number;
  aLast: number;
  bLast: number;
  matched: number;
}

function extend(a: Tokens, b: Tokens, ai: number, bi: number, step: 1 | -1): number {
  let score = 0;
  let best = 0;
  let bestLen = 0;
  for (let len = 1; ; len++) {
    const x = ai + step * len;
    const y = bi + step * len;
    if (x < 0 || y < 0 || x >= a.hashes.length || y >= b.hashes.length) break;
    score += a.hashes[x] === b.hashes[y] ? 1 : -1;
    if (score > best) {
      best = score;
      bestLen = len;
    } else if (score <= best - X_DROP) break;
  }
  return bestLen;
}

/** All shared passages between a and b, ordered by position in b. `aIndex` indexes a. */
export function align(a: Tokens, aIndex: AnchorIndex, b: Tokens, minWords: number): AlignedPassage[] {
  const chains: Chain[] = [];
  // Chains still within reach of the current position; compacted in place as b advances.
  const active: Chain[] = [];
  let activeCount = 0;
  for (let j = 0; j + ANCHOR <= b.hashes.length; j++) {
    const h = anchorHash(b, j);
    if (h < 0) continue;
    const firstAt = aIndex.first(h, MAX_REPEATS);
    if (firstAt < 0) continue;
    let live = 0;
    for (let k = 0; k < activeCount; k++) if (j - active[k].bLast <= MAX_GAP) active[live++] = active[k];
    activeCount = live;
    for (let i = firstAt; i >= 0; i = aIndex.next[i]) {
      let best: Chain | null = null;
      let bestShift = MAX_SHIFT + 1;
      for (let k = 0; k < activeCount; k++) {
        const c = active[k];
        const da = i - c.aLast;
        const db = j - c.bLast;
        if (da <= 0 || db <= 0 || da > MAX_GAP) continue;
        const shift = Math.abs(da - db);
        if (shift < bestShift) {
          best = c;
          bestShift = shift;
        }
      }
      if (best) {
        best.matched += Math.min(ANCHOR, j - best.bLast, i - best.aLast);
        best.aLast = i;
        best.bLast = j;
      } else {
        const c = { a0: i, b0: j, aLast: i, bLast: j, matched: ANCHOR };
        chains.push(c);
        active[activeCount++] = c;
      }
    }
  }
  const passages: AlignedPassage[] = [];
  for (const c of chains) {
    if (c.matched < minWords / 2) continue;
    const back = extend(a, b, c.a0, c.b0, -1);
    const fwd = extend(a, b, c.aLast + ANCHOR - 1, c.bLast + ANCHOR - 1, 1);
    const p: AlignedPassage = {
      a: [c.a0 - back, c.aLast + ANCHOR + fwd],
      b: [c.b0 - back, c.bLast + ANCHOR + fwd],
      matched: c.matched + back + fwd,
    };
    if (p.matched >= minWords) passages.push(p);
  }
  return dropOverlaps(passages);
}

/** Keeps the best-supported passage where two claim the same words of either text. */
function dropOverlaps(passages: AlignedPassage[]): AlignedPassage[] {
  const kept: AlignedPassage[] = [];
  const overlaps = (x: [number, number], y: [number, number]): boolean => x[0] < y[1] && y[0] < x[1];
  for (const p of [...passages].sort((x, y) => y.matched - x.matched || x.b[0] - y.b[0])) {
    if (!kept.some((k) => overlaps(k.a, p.a) || overlaps(k.b, p.b))) kept.push(p);
  }
  return kept.sort((x, y) => x.b[0] - y.b[0] || x.a[0] - y.a[0]);
}
