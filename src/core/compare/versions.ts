// Quotes cut into units (statements.ts) as the nodes of the grouping, and how alike two units are
// as versions of one statement: the same wording, the same content words, the same passage, or,
// across languages, the same names, numbers and cognates (cognates.ts).
import type { Quote } from '../types.js';
import { cognateOverlap, type CrossWord, crossWords } from './cognates.js';
import { partInside } from './partial.js';
import { statementUnits } from './statements.js';
import { type AliasTable, bigramOverlap, bigramsOf, overlap, type Terms, termsOf } from './terms.js';

/** Above this bigram overlap two quotes are the same wording. */
export const SAME_WORDING = 0.8;
/** Weighted term overlap that makes two quotes one statement (an edit keeps most of its terms)... */
const SAME_STATEMENT = 0.35;
/** ...with at least this much shared weight: one common name is no statement. */
const MIN_SHARED = 3;
/** Across languages only names and numbers carry over: the share of those that must match... */
const SAME_STATEMENT_ACROSS = 0.6;
/** ...and how much of them at least (two names, or a name and a number). */
const MIN_SHARED_ACROSS = 4;

/** Across languages by cognates: at least this many shared keys (a name, a number and a word)... */
const MIN_COGNATES = 3;
/** ...at this Dice coefficient of the two quotes' keys. */
const SAME_STATEMENT_COGNATES = 0.2;

/** A partial quote across languages: the share of its keys the longer version must hold. */
const PARTIAL_COGNATES = 0.6;

/** Units of two alike quotes are at the same place when this share of the shorter one's place is shared. */
const ALIGNED = 0.5;
/** Quotes this close in one article ('," he said. "') are one passage: context for short quotes. */
const RUN_GAP = 40;

export interface Node {
  quote: Quote;
  /** The unit's [start, end) in the quote's text, and its text. */
  range: [number, number];
  text: string;
  terms: Terms;
  bigrams: Set<string>;
  language: string | null;
  /** Terms of the run of adjacent quotes this quote belongs to. */
  run: Terms;
  /** Its words that can carry over into another language (cognates.ts). */
  cross: CrossWord[];
  /** Whether this unit is its quote's first, and its last. */
  opens: boolean;
  closes: boolean;
  /** Its place in the quote as shares of the quote's length, and the whole quote when it is one of several units. */
  place: [number, number];
  whole: Node | null;
  /** For a partial quote, the words of the sentence it stands in (the reporter's words give the rest). */
  context?: CrossWord[] | null;
}

/**
 * Quotes of this many words at least identify their speaker when another outlet gives them verbatim,
 * and are a version of a longer statement they are part of. A shorter one ("We are ready,") is
 * found inside many statements of its speaker: its passage must say the same thing too.
 */
export const VERBATIM_WORDS = 4;

/**
 * How alike two units are as versions of one statement; 0 when they are not. Where the units alone
 * say too little (a translated sentence keeps few cognates), two quotes alike as wholes make
 * their units at the same place in each that share a word alike, more weakly.
 */
export function similarity(a: Node, b: Node): number {
  const direct = unitSimilarity(a, b);
  if (direct > 0 || (!a.whole && !b.whole)) return direct;
  const [x, y] = [a.whole ?? a, b.whole ?? b];
  const together = Math.min(a.place[1], b.place[1]) - Math.max(a.place[0], b.place[0]);
  if (together < ALIGNED * Math.min(a.place[1] - a.place[0], b.place[1] - b.place[0])) return 0;
  // They must share a word still (a translation keeps some), and those that share most come first.
  const shared = a.language !== b.language ? cognateOverlap(a.cross, b.cross).dice : overlap(a.terms, b.terms).score;
  return shared > 0 ? (wholeSimilarity(x, y) / 4) * (0.5 + shared) : 0;
}

/** Similarity of two whole quotes, computed once for all their units' pairs. */
const wholes = new WeakMap<Node, Map<Node, number>>();
function wholeSimilarity(x: Node, y: Node): number {
  let row = wholes.get(x);
  if (!row) wholes.set(x, (row = new Map()));
  let v = row.get(y);
  if (v === undefined) row.set(y, (v = unitSimilarity(x, y)));
  return v;
}

function unitSimilarity(a: Node, b: Node): number {
  const runs = overlap(a.run, b.run);
  const samePassage = runs.score >= SAME_STATEMENT && runs.shared >= MIN_SHARED;
  const wording = bigramOverlap(a.bigrams, b.bigrams);
  // Two short quotes in the very same words ("high hopes" in two outlets) are one statement;
  // a short one is only part of a longer statement when its passage says the same thing.
  const shortest = Math.min(wordCount(a.text), wordCount(b.text));
  if (wording >= SAME_WORDING && (samePassage || shortest >= VERBATIM_WORDS || sameWords(a.text, b.text))) return 1 + wording;
  const terms = overlap(a.terms, b.terms);
  if (terms.score >= SAME_STATEMENT && terms.shared >= MIN_SHARED) return terms.score;
  // A short quote is judged with its neighbours: the two passages must state the same thing and
  // each quote share something with the other's passage. Weaker than a direct match.
  if (samePassage && overlap(a.terms, b.run).shared >= 2 && overlap(b.terms, a.run).shared >= 2)
    return runs.score / 2;
  if (a.language && b.language && a.language !== b.language) {
    const names = overlap(namesAndNumbers(a.terms), namesAndNumbers(b.terms));
    if (names.score >= SAME_STATEMENT_ACROSS && names.shared >= MIN_SHARED_ACROSS) return names.score / 2;
    // A translation keeps names, numbers and cognates (cognates.ts).
    const cognates = cognateOverlap(a.cross, b.cross);
    if (cognates.shared >= MIN_COGNATES && cognates.dice >= SAME_STATEMENT_COGNATES) return cognates.dice / 2;
    // A short partial quote ("Nous resterons fermés") inside a longer version in another language.
    const shorter = Math.min(a.cross.length, b.cross.length);
    if (shorter >= MIN_COGNATES && cognates.shared >= 2 && cognates.shared / shorter >= PARTIAL_COGNATES) return cognates.dice / 4;
    // A partial quote ("… better “before issuing threats”") with the rest of its sentence, which
    // reports the rest of the statement; the quoted words must share a word still.
    const [p, q] = a.context ? [a, b] : [b, a];
    if (p.context && cognates.shared >= 1) {
      const reported = cognateOverlap(p.context, q.cross);
      if (reported.shared >= MIN_COGNATES && reported.dice >= SAME_STATEMENT_COGNATES) return reported.dice / 4;
    }
    // A quote that is part of a longer sentence quoted in another language (partial.ts).
    const inside = partInside(a, b);
    if (inside > 0) return inside / 2;
  }
  return 0;
}

export function withRuns(quotes: Quote[], aliases: AliasTable, languageOf: (article: string) => string | null, sentenceOf: (quote: Quote) => string | null): Node[] {
  const sorted = [...quotes].sort((a, b) => a.article.localeCompare(b.article) || a.span[0] - b.span[0]);
  const nodes: Node[] = [];
  let run: Terms = new Map();
  sorted.forEach((quote, k) => {
    const prev = sorted[k - 1];
    if (!(prev && prev.article === quote.article && quote.span[0] - prev.span[1] <= RUN_GAP)) run = new Map();
    const language = languageOf(quote.article);
    const sentence = quote.partial ? sentenceOf(quote) : null;
    const context = sentence ? crossWords(sentence) : null;
    const units = statementUnits(quote.text);
    const whole = units.length > 1 ? makeNode(quote, [0, quote.text.length], true, true, null, run, language, aliases) : null;
    units.forEach((range, u) => {
      const n = makeNode(quote, range, u === 0, u === units.length - 1, whole, run, language, aliases);
      n.context = context;
      for (const [t, w] of n.terms) run.set(t, w);
      nodes.push(n);
    });
  });
  return nodes;
}

function makeNode(quote: Quote, range: [number, number], opens: boolean, closes: boolean, whole: Node | null, run: Terms, language: string | null, aliases: AliasTable): Node {
  const text = quote.text.slice(range[0], range[1]);
  const terms = termsOf(text, aliases);
  const place: [number, number] = [range[0] / quote.text.length, range[1] / quote.text.length];
  return { quote, range, text, terms, bigrams: bigramsOf(text), language, run, cross: crossWords(text), opens, closes, place, whole };
}

/** Unit `n` cut in two: its first part ends at `end`, its second starts at `start` (offsets in its quote's text). */
export function cutNode(n: Node, end: number, start: number, aliases: AliasTable): [Node, Node] {
  const whole = n.whole ?? makeNode(n.quote, [0, n.quote.text.length], true, true, null, n.run, n.language, aliases);
  return [
    makeNode(n.quote, [n.range[0], end], n.opens, false, whole, n.run, n.language, aliases),
    makeNode(n.quote, [start, n.range[1]], false, n.closes, whole, n.run, n.language, aliases),
  ];
}

function namesAndNumbers(terms: Terms): Terms {
  return new Map([...terms].filter(([t]) => t.startsWith('e:') || t.startsWith('#')));
}

/** A quote's words as written, numbers split at their separators (what the thresholds here count). */
function plainWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function sameWords(a: string, b: string): boolean {
  return plainWords(a.toLowerCase()).join(' ') === plainWords(b.toLowerCase()).join(' ');
}

export function wordCount(text: string): number {
  return plainWords(text).length;
}
