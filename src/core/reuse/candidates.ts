// Which earlier articles a new one is aligned with, decided here for the in-memory index and for
// the corpus update's lookup in the store's key table (`candidatePairsAgainst`), which give the
// same pairs over the same articles. Whether a shingle fingerprint is a formula depends on how many
// articles of the whole corpus hold it, never on which came first: when a later article makes one
// a formula, the pairs it named are examined again (`recheck`, `stillCandidates`) and withdrawn if
// nothing else names them, so adding articles in any order ends with the pairs of one batch run.
import { MARK_BASE } from './minhash.ts';
import { SCHEME, type ReuseSignature } from './signature.ts';

/** Holders kept per band key; see PostingTable. */
export const KEY_CAP = 64;
/**
 * A shingle fingerprint held by this many articles of the corpus is a formula (a stock phrase, a
 * boilerplate line, a statement every report repeats), not a sign that one copies another: it
 * names no candidates. Counted over the whole corpus, so the verdict is the same in any order.
 */
export const FORMULA_HOLDERS = 4;

/** Holders kept for a key: a fingerprint needs no more than it takes to call it a formula. */
export const capOf = (key: number): number => (key < MARK_BASE ? KEY_CAP : FORMULA_HOLDERS);

/** True for a shingle fingerprint's key (band keys stay below MARK_BASE). */
export const isMark = (key: number): boolean => key >= MARK_BASE;

// Scratch reused for every article (candidates are selected synchronously, one at a time).
const strong: number[] = [];
const weak: number[] = [];
const some: number[] = [];
let sorting = new Int32Array(1024);

/** The values ascending, in typed scratch (a native numeric sort): valid until the next call. */
function sorted(values: number[]): Int32Array {
  if (sorting.length < values.length) sorting = new Int32Array(values.length * 2);
  const out = sorting.subarray(0, values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out.sort();
}

/**
 * The earlier articles to align with one new article, ascending, from its keys' holders
 * (`holders(key, into)` appends them and returns how many there are, up to capOf(key)): every
 * holder of a band key (a whole text or passage sketched alike), and every holder of two of its
 * shingle fingerprints that are not formulas, counting the new article among the holders. One
 * shared fingerprint is a single 6-word run, which unrelated reports of one event share by chance;
 * a copied sentence gives two or more.
 */
export function selectCandidates(keys: readonly number[], holders: (key: number, into: number[]) => number): number[] {
  strong.length = 0;
  weak.length = 0;
  for (const key of keys) {
    if (key < MARK_BASE) {
      holders(key, strong);
      continue;
    }
    some.length = 0;
    if (holders(key, some) + 1 < FORMULA_HOLDERS) for (const h of some) weak.push(h);
  }
  if (weak.length > 1) {
    const w = sorted(weak);
    for (let i = 1; i < w.length; i++) if (w[i] === w[i - 1] && (i < 2 || w[i] !== w[i - 2])) strong.push(w[i]);
  }
  const out: number[] = [];
  if (strong.length === 0) return out;
  const all = sorted(strong);
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]);
  return out;
}

/**
 * Whether two registered articles (their keys ascending) are still a candidate pair, given how many
 * articles now hold a key (`count`, saturating at capOf(key)): they share a band key, or two
 * fingerprints that are not formulas. Asked only of pairs a new formula may have named, so a true
 * answer never adds a pair: with fewer holders then, the pair was named when it met.
 */
export function stillCandidates(a: ArrayLike<number>, b: ArrayLike<number>, count: (key: number) => number): boolean {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      const key = a[i];
      if (key < MARK_BASE || (count(key) < FORMULA_HOLDERS && ++shared >= 2)) return true;
      i++;
      j++;
    }
  }
  return false;
}

/**
 * Of the pairs to examine again (by pairName), those that are no longer candidates, given each
 * article's keys (ascending) and how many articles hold a key now (see stillCandidates).
 */
export function withdrawnPairs(recheck: Iterable<string>, keysOf: (id: string) => ArrayLike<number>, count: (key: number) => number): Set<string> {
  const out = new Set<string>();
  for (const pair of recheck) {
    const [x, y] = pairOf(pair);
    if (!stillCandidates(keysOf(x), keysOf(y), count)) out.add(pair);
  }
  return out;
}

/** One string per unordered pair of article ids, for sets of pairs; `pairOf` reads it back, ids in order. */
export const pairName = (x: string, y: string): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
export const pairOf = (name: string): [string, string] => name.split('\u0000') as [string, string];

/**
 * Called as an article is registered under a fingerprint held by `before` articles (`holders`):
 * when it makes the fingerprint a formula, every pair of the earlier holders loses it as evidence
 * and goes to `recheck` (by pairName, so a pair is examined once).
 */
export function recheckOnFormula<T>(before: number, holders: readonly T[], name: (h: T) => string, recheck: Set<string>): void {
  if (before !== FORMULA_HOLDERS - 1) return;
  for (let i = 0; i < holders.length; i++) {
    for (let j = i + 1; j < holders.length; j++) {
      recheck.add(pairName(name(holders[i]), name(holders[j])));
    }
  }
}

/** An article holding a key, with its place in the registration order. */
export interface KeyHolder {
  order: number;
  article: string;
}

export interface PairsAgainst {
  /** [new article, earlier holder], holders of each new article in registration order. */
  pairs: [string, string][];
  /**
   * Pairs (by pairName) that a fingerprint made a formula by these articles may have named: each is
   * examined again with `stillCandidates` once the batch is registered, and withdrawn if false.
   */
  recheck: Set<string>;
}

/**
 * The pairs [new article, earlier holder] for `signatures` (new articles, in registration order,
 * numbered from `firstOrder` on, after every stored holder). `stored`: for each of their keys, the
 * first capOf(key) stored holders in registration order (keys held by none may be absent). The
 * new articles are added to `stored` as they are registered. Holders of each new article come in
 * registration order, as the in-memory index gives them.
 */
export function candidatePairsAgainst(signatures: ReuseSignature[], stored: Map<number, KeyHolder[]>, firstOrder: number): PairsAgainst {
  const pairs: [string, string][] = [];
  const recheck = new Set<string>();
  signatures.forEach((s, k) => {
    if (s.scheme !== SCHEME) throw new Error(`reuse signature of ${s.article} uses scheme ${s.scheme}, expected ${SCHEME}`);
    const found = new Map<number, string>();
    const holders = (key: number, into: number[]): number => {
      const list = stored.get(key) ?? [];
      for (const h of list) {
        found.set(h.order, h.article);
        into.push(h.order);
      }
      return list.length;
    };
    for (const order of selectCandidates(s.keys, holders)) pairs.push([s.article, found.get(order)!]);
    const me = { order: firstOrder + k, article: s.article };
    for (const key of s.keys) {
      const holders = stored.get(key);
      if (!holders) stored.set(key, [me]);
      else {
        if (isMark(key)) recheckOnFormula(holders.length, holders, (h) => h.article, recheck);
        if (holders.length < capOf(key)) holders.push(me);
      }
    }
  });
  return { pairs, recheck };
}
