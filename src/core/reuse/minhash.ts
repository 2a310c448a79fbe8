// MinHash sketches of word shingles and their LSH band keys.
//
// Hand-written rather than a library: it is ~80 lines, must run per article with no shared state
// (workers compute signatures in parallel), must produce plain JSON numbers, and uses
// one-permutation hashing with rotation densification (Shrivastava 2017) so each shingle is hashed
// once instead of once per permutation - the npm MinHash packages hash every shingle K times.
import type { Tokens } from './tokens.ts';

/** Words per shingle. Four keeps lightly edited sentences similar and chance overlaps rare. */
export const SHINGLE = 4;
/** Sketch bins; bands of ROWS bins each give BINS / ROWS keys per passage. */
export const BINS = 30;
export const ROWS = 3;
const EMPTY = 0xffffffff;

/** murmur3 finaliser: spreads any 32-bit input over all bits. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Scratch for per-word mixed hashes, reused across calls. */
let mixed = new Uint32Array(1024);

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

/**
 * Hash of every SHINGLE-word run, by start position; -1 where the words are all function words or
 * all inside quotation marks: outlets quoting the same speaker is not copying, and skipping quoted
 * runs keeps a story's widely repeated quotes from making every pair of its articles a candidate.
 * Written into `out` (at least as long as the text) and computed once per article; passages are
 * sketched from slices of it.
 */
export function shingleHashes(t: Tokens, out: Float64Array): Float64Array {
  const n = Math.max(0, t.hashes.length - SHINGLE + 1);
  const hashes = out.subarray(0, n);
  if (mixed.length < t.hashes.length) mixed = new Uint32Array(t.hashes.length * 2);
  for (let i = 0; i < t.hashes.length; i++) mixed[i] = fmix32(t.hashes[i]);
  for (let i = 0; i < n; i++) {
    let allStop = true;
    let allQuoted = true;
    let x = 0x9747b28c;
    for (let k = 0; k < SHINGLE; k++) {
      if (!t.stop[i + k]) allStop = false;
      if (!t.quoted[i + k]) allQuoted = false;
      x ^= rotl(mixed[i + k], 8 * k + 1);
    }
    hashes[i] = allStop || allQuoted ? -1 : fmix32(x);
  }
  return hashes;
}

/** Words per fingerprint of the winnowing (see signature.ts): two shingles, overlapping. */
export const MARK = 6;

/** Shingle keys start here: above every band key, still exact in a double (< 2^53). */
export const MARK_BASE = 2 ** 52;

/**
 * Hash of every MARK-word run, by start position, from the shingles at its two ends; -1 where
 * either is not counted (see shingleHashes) or any word is quoted: quoted words are no evidence of
 * copying (see classify). Longer than a shingle because unrelated reports of one event share
 * 4-word runs (a name with its title, a place with a preposition) far more often than 6-word ones.
 */
export function markHashes(t: Tokens, shingles: Float64Array, out: Float64Array): Float64Array {
  const n = Math.max(0, shingles.length - (MARK - SHINGLE));
  const hashes = out.subarray(0, n);
  let quotedRun = 0;
  for (let i = 0; i < MARK - 1 && i < t.quoted.length; i++) quotedRun += t.quoted[i];
  for (let i = 0; i < n; i++) {
    quotedRun += t.quoted[i + MARK - 1];
    const x = shingles[i];
    const y = shingles[i + MARK - SHINGLE];
    hashes[i] = quotedRun > 0 || x < 0 || y < 0 ? -1 : fmix32(x ^ rotl(y, 13));
    quotedRun -= t.quoted[i];
  }
  return hashes;
}

/**
 * A 52-bit key for the mark at i, kept apart from band keys (which stay below 2^52): its low 32
 * bits are the mark's hash, the high 20 a second hash of the same words, so unrelated runs of a
 * large corpus do not meet by a 32-bit collision.
 */
export function markKey(t: Tokens, hashes: Float64Array, i: number): number {
  let x = 0x3c6ef372;
  for (let k = 0; k < MARK; k++) x = fmix32(x ^ t.hashes[i + k]);
  return MARK_BASE + (x & 0xfffff) * 0x100000000 + hashes[i];
}

/**
 * One-permutation MinHash over the shingles starting in [from, to), into `bins`; false if there
 * are none. Bins no
 * shingle fell into stay EMPTY and their bands give no key: densifying them would copy one
 * shingle's value into neighbouring bins, so two short passages sharing a single stock phrase
 * would share whole bands.
 */
export function sketch(shingles: Float64Array, from: number, to: number, bins: Uint32Array): boolean {
  bins.fill(EMPTY);
  let any = false;
  const last = Math.min(to, shingles.length);
  for (let i = from; i < last; i++) {
    const h = shingles[i];
    if (h < 0) continue;
    const bin = h % BINS;
    const value = (h / BINS) >>> 0;
    if (value < bins[bin]) bins[bin] = value;
    any = true;
  }
  return any;
}

/** LSH band keys of a sketch as 52-bit integers (exact in a JS number, plain in JSON). */
export function bandKeys(s: Uint32Array, namespace: number, into: number[]): void {
  bands: for (let b = 0; b < BINS / ROWS; b++) {
    for (let r = 0; r < ROWS; r++) if (s[b * ROWS + r] === EMPTY) continue bands;
    let hi = fmix32(namespace * 0x01000193 + b);
    let lo = hi ^ 0x5bd1e995;
    for (let r = 0; r < ROWS; r++) {
      hi = fmix32(hi ^ s[b * ROWS + r]);
      lo = fmix32((lo + s[b * ROWS + r]) ^ 0x27d4eb2f);
    }
    into.push((hi & 0xfffff) * 0x100000000 + lo);
  }
}
