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

/** n-gram hash -> positions in t; built once per article and reused across its candidate pairs. */
export function anchorIndex(t: Tokens): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let i = 0; i + ANCHOR <= t.hashes.length; i++) {
    const h = anchorHash(t, i);
    if (h < 0) continue;
    const list = index.get(h);
    if (list) list.push(i);
    else index.set(h, [i]);
  }
  return index;
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

/** All shared passages between a and b, ordered by position in b. `aIndex` is anchorIndex(a). */
export function align(a: Tokens, aIndex: Map<number, number[]>, b: Tokens, minWords: number): AlignedPassage[] {
  const chains: Chain[] = [];
  let active: Chain[] = [];
  for (let j = 0; j + ANCHOR <= b.hashes.length; j++) {
    const h = anchorHash(b, j);
    if (h < 0) continue;
    const positions = aIndex.get(h);
    if (!positions || positions.length > MAX_REPEATS) continue;
    active = active.filter((c) => j - c.bLast <= MAX_GAP);
    for (const i of positions) {
      let best: Chain | null = null;
      let bestShift = MAX_SHIFT + 1;
      for (const c of active) {
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
        active.push(c);
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
