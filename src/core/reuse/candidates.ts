// Candidate pairs of new articles against holders of their band keys looked up elsewhere (a
// store's key table), so the corpus update never holds every stored signature. Same pairs as
// `ReuseIndex.candidatePairs` over the same registration order: each band key keeps its first
// KEY_CAP holders (see PostingTable), stored ones first, then the new articles in the order given.
import { KEY_CAP } from './detect.ts';
import { SCHEME, type ReuseSignature } from './signature.ts';

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
    for (const key of s.keys) for (const h of stored.get(key) ?? []) found.set(h.order, h.article);
    for (const order of [...found.keys()].sort((x, y) => x - y)) pairs.push([s.article, found.get(order)!]);
    const me = { order: firstOrder + k, article: s.article };
    for (const key of s.keys) {
      const holders = stored.get(key);
      if (!holders) stored.set(key, [me]);
      else if (holders.length < KEY_CAP) holders.push(me);
    }
  });
  return pairs;
}
