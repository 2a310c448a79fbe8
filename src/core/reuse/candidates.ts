// Candidate pairs of new articles against holders of their band keys looked up elsewhere (a
// store's key table), so the corpus update never holds every stored signature. Same pairs as
// `ReuseIndex.candidatePairs` over the same registration order: each band key keeps its first
// capOf(key) holders (see PostingTable), stored ones first, then the new articles in the order given.
import { MARK_BASE } from './minhash.ts';
import { SCHEME, type ReuseSignature } from './signature.ts';

/** Holders kept per band key; see PostingTable. */
export const KEY_CAP = 64;
/**
 * A shingle fingerprint already held by this many articles is a formula (a stock phrase, a
 * boilerplate line, a much-repeated statement), not a sign of copying: it names no candidates.
 */
export const FORMULA_HOLDERS = 3;

/** Holders kept for a key: a shingle fingerprint needs no more than it takes to call it a formula. */
export const capOf = (key: number): number => (key < MARK_BASE ? KEY_CAP : FORMULA_HOLDERS);

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
 * shingle fingerprints that are not formulas. One shared fingerprint is a single 6-word run, which
 * unrelated reports of one event share by chance; a copied sentence gives two or more.
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
    if (holders(key, some) < FORMULA_HOLDERS) for (const h of some) weak.push(h);
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

/** An article holding a band key, with its place in the registration order. */
export interface KeyHolder {
  order: number;
  article: string;
}

/**
 * The pairs [new article, earlier holder] for `signatures` (new articles, in registration order,
 * numbered from `firstOrder` on, after every stored holder). `stored`: for each of their keys, the
 * first KEY_CAP stored holders in registration order (keys held by none may be absent). The new
 * articles are added to `stored` as they are registered. Holders of each new article come in
 * registration order, as the in-memory index gives them.
 */
export function candidatePairsAgainst(signatures: ReuseSignature[], stored: Map<number, KeyHolder[]>, firstOrder: number): [string, string][] {
  const pairs: [string, string][] = [];
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
      else if (holders.length < capOf(key)) holders.push(me);
    }
  });
  return pairs;
}
