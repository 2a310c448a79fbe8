// A quote that is part of a longer sentence quoted in another language: "The board has concluded
// that the port is unsafe" inside "Efter tre inspektioner har bestyrelsen konkluderet, at havnen
// er usikker for arbejderne". A translation keeps few of its words, but those it keeps stand in
// the same order, close together, in the longer sentence: at least two, one of them a word (not a
// name) beginning alike in both, within a stretch of the longer sentence about as long as the
// part. How alike: the share of carried words the part and that stretch have in common.
import { carriedWords, cognate, contentWord, type CrossWord, sharedName, strongCognate } from './cognates.js';
import type { Node } from './versions.js';

/** The longer version has at least this many times the words of the part. */
const PART_OF = 1.5;
/** The matched words lie within a stretch of at most this many times the part's words. */
const STRETCH = 1.5;
/** Words in order the two share at least. */
const MIN_MATCHED = 2;
/** The part holds at least this many words: a short phrase's words are found in many sentences. */
const MIN_PART_WORDS = 6;

/** A unit's carried content words, once each and at every occurrence, computed once per unit. */
const cache = new WeakMap<Node, { once: CrossWord[]; every: CrossWord[] }>();
function words(n: Node): { once: CrossWord[]; every: CrossWord[] } {
  let out = cache.get(n);
  if (!out) cache.set(n, (out = { once: carriedWords(n.text).filter(contentWord), every: carriedWords(n.text, true).filter(contentWord) }));
  return out;
}

const wordsOf = (text: string): number[] => [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index!);

/** How alike `a` and `b` are when the shorter is part of the longer in another language; 0 when it is not. */
export function partInside(a: Node, b: Node): number {
  const [wa, wb] = [wordsOf(a.text), wordsOf(b.text)];
  const [part, whole, partWords, wholeWords] = wa.length <= wb.length ? [a, b, wa, wb] : [b, a, wb, wa];
  if (partWords.length < MIN_PART_WORDS || wholeWords.length < PART_OF * partWords.length) return 0;
  const mine = words(part).once;
  const theirs = words(whole).every;
  // The part's words in its order, each matched to the next occurrence in the longer sentence.
  const matched: [CrossWord, CrossWord][] = [];
  let from = 0;
  for (const x of mine) {
    const k = theirs.findIndex((y, i) => i >= from && cognate(x, y));
    if (k < 0) continue;
    matched.push([x, theirs[k]]);
    from = k + 1;
  }
  if (matched.length < MIN_MATCHED) return 0;
  if (!matched.some(([x, y]) => strongCognate(x, y) && !sharedName(part.text, x, whole.text, y))) return 0;
  const [first, last] = [matched[0][1].at, matched[matched.length - 1][1].at];
  const stretch = wholeWords.filter((at) => at >= first && at <= last).length;
  if (stretch > STRETCH * partWords.length) return 0;
  const inStretch = theirs.filter((w) => w.at >= first && w.at <= last).length;
  return (2 * matched.length) / (mine.length + inStretch);
}
