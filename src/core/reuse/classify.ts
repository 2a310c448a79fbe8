// What kind of reuse a set of aligned passages amounts to, and how much of each text it covers.
import type { ReuseKind } from '../types.ts';
import type { AlignedPassage } from './align.ts';
import type { Tokens } from './tokens.ts';

/** Kinds of reuse where the copy adds no reporting of its own: it is no independent origin. */
export const COPY_KINDS: ReadonlySet<ReuseKind> = new Set<ReuseKind>(['exact duplicate', 'near duplicate', 'republication']);

/** Shorter shared runs are names, stock phrases and chance overlaps, not reuse. */
export const MIN_PASSAGE_WORDS = 12;
/**
 * A passage must also share this many distinct content words: stock phrases ("did not
 * immediately respond to a request for comment") and a boilerplate sentence repeated twice are
 * long in words but short in content.
 */
const MIN_CONTENT_WORDS = 8;
/** A passage can be a shared quote when at least this share of its words is quoted in both texts. */
const QUOTED_SHARE = 0.5;
const NEAR_DUPLICATE = 0.8;
const REPUBLICATION = 0.5;
/**
 * Chance overlap: independent reports of one event can share one sentence (a formula, a wire
 * fact, an official statement both paraphrase the same way), rarely more. Shared text is reuse
 * when it goes beyond that: two separate passages, one passage longer than a sentence (a quote
 * inside it counts towards its length: copied with the words around it), or one that makes up
 * BRIEF_SHARE of an article (a brief built from it). Each needs MIN_PASSAGE_WORDS of its own words.
 */
const BEYOND_SENTENCE = 30;
const BRIEF_SHARE = 0.3;

/** Share of the words of t inside the given token ranges. */
export function coverage(t: Tokens, ranges: [number, number][]): number {
  if (t.hashes.length === 0) return 0;
  let covered = 0;
  for (const [from, to] of ranges) covered += to - from;
  return Math.min(1, covered / t.hashes.length);
}

/**
 * True when the words of t outside the ranges sit before and after them rather than between
 * them: a lead, a credit line or a closing paragraph put around a block of shared text.
 */
export function framedAtEnds(t: Tokens, ranges: [number, number][]): boolean {
  if (ranges.length === 0) return false;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const outer = sorted[0][0] + (t.hashes.length - sorted[sorted.length - 1][1]);
  let inner = 0;
  for (let i = 1; i < sorted.length; i++) inner += Math.max(0, sorted[i][0] - sorted[i - 1][1]);
  return outer >= 8 && inner * 4 <= outer;
}

function quotedShare(t: Tokens, [from, to]: [number, number]): number {
  let q = 0;
  for (let i = from; i < to; i++) q += t.quoted[i];
  return to > from ? q / (to - from) : 0;
}

/**
 * Two outlets quoting the same words, usually with the same attribution around them ("..., the
 * minister said"): mostly quoted on both sides, and what lies outside the quotation marks is not
 * enough to be reuse on its own.
 */
export function isSharedQuote(a: Tokens, b: Tokens, p: AlignedPassage): boolean {
  return (
    quotedShare(a, p.a) >= QUOTED_SHARE &&
    quotedShare(b, p.b) >= QUOTED_SHARE &&
    contentWords(a, b, p, true) < MIN_CONTENT_WORDS
  );
}

/**
 * A set of word hashes for one passage at a time, in typed arrays stamped with a generation so
 * clearing is free: contentWords runs for every passage of every candidate pair.
 */
class WordSet {
  private keys = new Uint32Array(1024);
  private stamps = new Uint32Array(1024);
  private generation = 0;

  clear(capacity: number): void {
    if (this.keys.length < capacity * 2) {
      let size = this.keys.length;
      while (size < capacity * 2) size *= 2;
      this.keys = new Uint32Array(size);
      this.stamps = new Uint32Array(size);
      this.generation = 0;
    }
    this.generation++;
  }

  /** Adds h; true when it was not there yet. */
  add(h: number): boolean {
    const s = this.slot(h);
    if (this.stamps[s] === this.generation) return false;
    this.stamps[s] = this.generation;
    this.keys[s] = h;
    return true;
  }

  has(h: number): boolean {
    return this.stamps[this.slot(h)] === this.generation;
  }

  /** The slot holding h in this generation, or the empty slot where it would go (linear probing). */
  private slot(h: number): number {
    const mask = this.keys.length - 1;
    let s = h & mask;
    while (this.stamps[s] === this.generation && this.keys[s] !== h) s = (s + 1) & mask;
    return s;
  }
}

const onA = new WordSet();
const counted = new WordSet();

/** Distinct non-function words of b's side of the passage that also occur on a's side (optionally only words outside quotation marks on both). */
function contentWords(a: Tokens, b: Tokens, p: AlignedPassage, unquoted = false): number {
  onA.clear(p.a[1] - p.a[0]);
  for (let i = p.a[0]; i < p.a[1]; i++) if (!a.stop[i] && !(unquoted && a.quoted[i])) onA.add(a.hashes[i]);
  counted.clear(p.b[1] - p.b[0]);
  let shared = 0;
  for (let j = p.b[0]; j < p.b[1]; j++) {
    if (b.stop[j] || (unquoted && b.quoted[j])) continue;
    if (onA.has(b.hashes[j]) && counted.add(b.hashes[j])) shared++;
  }
  return shared;
}

/** The passages that amount to reuse rather than a stock phrase. */
export function substantial(a: Tokens, b: Tokens, passages: AlignedPassage[]): AlignedPassage[] {
  return passages.filter((p) => contentWords(a, b, p) >= MIN_CONTENT_WORDS);
}

function identical(a: Tokens, b: Tokens): boolean {
  if (a.hashes.length !== b.hashes.length) return false;
  for (let i = 0; i < a.hashes.length; i++) if (a.hashes[i] !== b.hashes[i]) return false;
  return true;
}

/** Words of the passage outside quotation marks, on the side that quotes fewer of them. */
function ownWords(a: Tokens, b: Tokens, p: AlignedPassage): number {
  let qa = 0;
  let qb = 0;
  for (let i = p.a[0]; i < p.a[1]; i++) qa += a.quoted[i];
  for (let j = p.b[0]; j < p.b[1]; j++) qb += b.quoted[j];
  return Math.max(p.a[1] - p.a[0] - qa, p.b[1] - p.b[0] - qb);
}

/**
 * True when the passages are more than two independent reports share by chance (see
 * BEYOND_SENTENCE): only words outside quotation marks count, since two outlets quoting one
 * statement is not one copying the other.
 */
function beyondChance(a: Tokens, b: Tokens, passages: AlignedPassage[]): boolean {
  const own = passages.filter((p) => ownWords(a, b, p) >= MIN_PASSAGE_WORDS);
  if (own.length >= 2 || own.some((p) => p.b[1] - p.b[0] >= BEYOND_SENTENCE)) return true;
  if (own.length === 0) return false;
  return Math.max(coverage(a, passages.map((p) => p.a)), coverage(b, passages.map((p) => p.b))) >= BRIEF_SHARE;
}

/**
 * Classifies the pair, or returns null when nothing shared is reuse. Coverage thresholds look at
 * the larger of the two coverages: "most of one article is in the other" whichever way round.
 */
export function classify(a: Tokens, b: Tokens, passages: AlignedPassage[]): ReuseKind | null {
  if (passages.length === 0) return null;
  if (passages.every((p) => isSharedQuote(a, b, p))) return 'shared quote only';
  if (identical(a, b)) return 'exact duplicate';
  if (!beyondChance(a, b, passages)) return passages.some((p) => isSharedQuote(a, b, p)) ? 'shared quote only' : null;
  const covA = coverage(a, passages.map((p) => p.a));
  const covB = coverage(b, passages.map((p) => p.b));
  if (Math.min(covA, covB) >= NEAR_DUPLICATE) return 'near duplicate';
  if (Math.max(covA, covB) >= REPUBLICATION) return 'republication';
  return 'partial reuse';
}
