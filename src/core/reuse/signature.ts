// The per-article reuse signature: LSH band keys of the whole body and of each passage
// (paragraphs, long ones in overlapping windows), so a copied section of a longer article shares
// keys with its source, plus winnowed shingle fingerprints (Schleimer, Wilkerson and Aiken 2003),
// so a few shared sentences inside otherwise different articles share a key too: MinHash of a
// whole passage misses them. Computed from one article alone, so workers can compute it in parallel.
import type { Article } from '../types.ts';
import { bandKeys, BINS, MARK, markHashes, markKey, ROWS, SHINGLE, shingleHashes, sketch } from './minhash.ts';
import { tokenize, type Tokens } from './tokens.ts';

export interface ReuseSignature {
  article: string;
  /** Sketch parameters; signatures from a different scheme cannot be compared. */
  scheme: string;
  /** Distinct band keys, ascending. */
  keys: number[];
}

/** Marks per winnowing window: any run of WINNOW + MARK - 1 words two texts share gives both one same fingerprint. */
const WINNOW = 12;

export const SCHEME = `oph-w${SHINGLE}-b${BINS}-r${ROWS}-m${MARK}-win${WINNOW}-v2`;

/** A passage spans whole paragraphs until it has this many words, so short ones are not alone. */
const MIN_PASSAGE = 30;
const WINDOW = 60;
const STRIDE = 40;
const DOC_NAMESPACE = 1;
const PASSAGE_NAMESPACE = 2;

/**
 * Token ranges [from, to) whose shingles are sketched as passages: one starting at each paragraph,
 * running on over following paragraphs until MIN_PASSAGE words; long paragraphs in overlapping
 * windows. Copies keep paragraph breaks far more often than they keep any fixed word offsets.
 */
export function passageRanges(t: Tokens): [number, number][] {
  const out: [number, number][] = [];
  const n = t.hashes.length;
  const starts = t.paragraphStarts;
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p];
    let q = p + 1;
    while (q < starts.length && starts[q] - start < MIN_PASSAGE) q++;
    const end = q < starts.length ? starts[q] : n;
    if (end - start < MIN_PASSAGE && p > 0) break;
    if (end - start <= WINDOW + STRIDE / 2) {
      out.push([start, end]);
      continue;
    }
    for (let w = start; w < end; w += STRIDE) {
      out.push([w, Math.min(end, w + WINDOW)]);
      if (w + WINDOW >= end) break;
    }
  }
  return out;
}

// Scratch buffers reused by every signature (computed synchronously, one article at a time).
let shingleScratch = new Float64Array(1024);
const bins = new Uint32Array(BINS);
let keySort = new Float64Array(256);

let markScratch = new Float64Array(1024);
let counted = new Int32Array(1024);
let values = new Float64Array(1024);

/**
 * Winnowing: of every WINNOW consecutive counted marks (see markHashes), the smallest hash (the
 * rightmost on a tie) is a fingerprint. Two texts sharing a run of WINNOW counted marks (WINNOW +
 * MARK - 1 words) select the same one, whatever surrounds the run, and a text keeps about
 * 2 / (WINNOW + 1) of its marks.
 */
function winnow(t: Tokens, shingles: Float64Array, into: number[]): void {
  if (markScratch.length < shingles.length) {
    markScratch = new Float64Array(shingles.length * 2);
    counted = new Int32Array(shingles.length * 2);
    values = new Float64Array(shingles.length * 2);
  }
  const hashes = markHashes(t, shingles, markScratch);
  let n = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (hashes[i] < 0) continue;
    counted[n] = i;
    values[n++] = hashes[i];
  }
  let best = -1;
  for (let w = 0; w === 0 || w + WINNOW <= n; w++) {
    const end = Math.min(n, w + WINNOW);
    // The previous minimum still in the window only loses to the one new mark.
    if (best >= w && end > w) {
      if (values[end - 1] <= values[best]) best = end - 1;
      else continue;
    } else {
      best = -1;
      for (let k = w; k < end; k++) if (best < 0 || values[k] <= values[best]) best = k;
      if (best < 0) break;
    }
    into.push(markKey(t, hashes, counted[best]));
  }
}

export function signatureKeys(t: Tokens): number[] {
  if (shingleScratch.length < t.hashes.length) shingleScratch = new Float64Array(t.hashes.length * 2);
  const keys: number[] = [];
  const shingles = shingleHashes(t, shingleScratch);
  if (sketch(shingles, 0, shingles.length, bins)) bandKeys(bins, DOC_NAMESPACE, keys);
  for (const [from, to] of passageRanges(t)) {
    if (sketch(shingles, from, to - SHINGLE + 1, bins)) bandKeys(bins, PASSAGE_NAMESPACE, keys);
  }
  winnow(t, shingles, keys);
  if (keySort.length < keys.length) keySort = new Float64Array(keys.length * 2);
  const sorted = keySort.subarray(0, keys.length);
  sorted.set(keys);
  sorted.sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
  return out;
}

export function reuseSignature(article: Article, tokens: Tokens = tokenize(article.body)): ReuseSignature {
  return { article: article.id, scheme: SCHEME, keys: signatureKeys(tokens) };
}
