// The reuse half of the corpus update: candidate pairs of the unplaced articles, found through
// the store's band-key table (only the new articles' keys are looked up), stored a batch at a
// time with the articles' own keys. Memory is bounded by the batch, not by the corpus.
import { candidatePairsAgainst, FORMULA_HOLDERS, KEY_CAP, MARK_BASE, pairName, pairOf, REUSE_SCHEME, withdrawnPairs, type KeyHolder, type ReuseSignature } from '../core/reuse/index.js';
import type { Store } from '../store/index.js';
import { processArticles } from './pipeline.js';

/** Articles looked up, registered and stored per transaction. */
const KEY_BATCH = 2000;
/** Fingerprint keys need only as many holders as make them a formula. */
const MARKS = { base: MARK_BASE, cap: FORMULA_HOLDERS };

/**
 * Finds, stores and hands on (`saved`, per batch, the articles with pairs) the candidate pairs of
 * `pendingIds` (unplaced articles, in placement order) against every registered article and each
 * other; `recomputed`: articles whose signatures were just computed again (after an analysis
 * upgrade), whose registered keys are replaced. `batch`: articles per lookup and transaction.
 * Returns how many pairs were found.
 */
export async function storeReuseCandidates(
  store: Store,
  pendingIds: string[],
  recomputed: string[],
  saved?: (articleIds: string[]) => Promise<void>,
  batch = KEY_BATCH,
): Promise<number> {
  // Registrations an interrupted update left: its articles are among the pending, numbered again.
  await store.dropUnplacedReuseKeys();
  for (let i = 0; i < recomputed.length; i += batch) {
    const orders = await store.reuseKeyOrders(recomputed.slice(i, i + batch));
    if (orders.size === 0) continue;
    const signatures = await store.reuseSignaturesOf<ReuseSignature>([...orders.keys()]);
    await store.db.transaction((tx) => store.replaceReuseKeys(signatures.map((s) => ({ order: orders.get(s.article)!, keys: s.keys })), tx));
  }
  let order = await store.nextReuseKeyOrder();
  let found = 0;
  for (let i = 0; i < pendingIds.length; i += batch) {
    const ids = pendingIds.slice(i, i + batch);
    let stored = await store.reuseSignaturesOf<ReuseSignature>(ids);
    // Sketched under another scheme (its keys cannot be compared with these): computed again. Registered
    // articles are redone through `recomputed`, since any change of the sketch changes the analysis version.
    const outdated = stored.filter((s) => s.scheme !== REUSE_SCHEME).map((s) => s.article);
    if (outdated.length) {
      await processArticles(store, outdated);
      stored = await store.reuseSignaturesOf<ReuseSignature>(ids);
    }
    const byId = new Map(stored.map((s) => [s.article, s]));
    const signatures = ids.map((id) => {
      const s = byId.get(id);
      if (!s) throw new Error(`reuse: article ${id} has no stored signature`);
      return s;
    });
    const holders = await store.reuseKeyHolders([...new Set(signatures.flatMap((s) => s.keys))], KEY_CAP, MARKS);
    const against = candidatePairsAgainst(signatures, holders, order);
    // Pairs a fingerprint this batch made a formula named are withdrawn, stored or new.
    const withdrawn = await withdrawals(store, against.recheck, signatures, holders);
    const pairs = withdrawn.size ? against.pairs.filter(([a, b]) => !withdrawn.has(pairName(a, b))) : against.pairs;
    const registered = signatures.map((s, k) => ({ order: order + k, article: s.article, keys: s.keys }));
    await store.db.transaction(async (tx) => {
      await store.registerReuseKeys(registered, tx);
      await store.saveReuseCandidates(pairs, tx);
      if (withdrawn.size) await store.withdrawReusePairs([...withdrawn].map(pairOf), tx);
    });
    order += signatures.length;
    found += pairs.length;
    const withPairs = new Set(pairs.map(([a]) => a));
    if (withPairs.size) await saved?.(ids.filter((id) => withPairs.has(id)));
  }
  return found;
}

/**
 * The pairs (by pairName) that fingerprints made formulas by this batch no longer name (see
 * withdrawnPairs): their articles' keys come from the batch or the stored signatures, how many
 * articles hold a key from `holders` (every key of the batch, the batch registered) or the store.
 */
async function withdrawals(store: Store, recheck: Set<string>, batch: ReuseSignature[], holders: Map<number, KeyHolder[]>): Promise<Set<string>> {
  if (recheck.size === 0) return recheck;
  const keysOf = new Map(batch.map((s) => [s.article, s.keys]));
  const named = [...new Set([...recheck].flatMap(pairOf))];
  for (const s of await store.reuseSignaturesOf<ReuseSignature>(named.filter((id) => !keysOf.has(id)))) keysOf.set(s.article, s.keys);
  const elsewhere = [...new Set(named.flatMap((id) => keysOf.get(id)!))].filter((key) => key >= MARK_BASE && !holders.has(key));
  const stored = elsewhere.length ? await store.reuseKeyHolders(elsewhere, KEY_CAP, MARKS) : new Map<number, KeyHolder[]>();
  return withdrawnPairs(recheck, (id) => keysOf.get(id)!, (key) => (holders.get(key) ?? stored.get(key))?.length ?? 0);
}
