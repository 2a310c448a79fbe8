// Precision/recall of predicted item pairs against true pairs (copy pairs, same-statement pairs).
import { f1Of, type PRF } from './clusters.js';

/** Order-free key of a pair. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * P/R/F1 of unordered `predicted` pairs against unordered `truth` pairs. Nothing predicted gives
 * precision 0 (and recall 0), so an empty output scores 0 and a perfect one 1. `alsoRight`
 * names predicted pairs that are not in `truth` yet not wrong either (e.g. two copies of one
 * wire text), which then count neither for nor against precision.
 */
export function pairScore(predicted: [string, string][], truth: [string, string][], alsoRight: (a: string, b: string) => boolean = () => false): PRF & { hits: number; wrong: [string, string][] } {
  const truthKeys = new Set(truth.map(([a, b]) => pairKey(a, b)));
  const seen = new Set<string>();
  let hits = 0;
  let judged = 0;
  const wrong: [string, string][] = [];
  for (const [a, b] of predicted) {
    const key = pairKey(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    if (truthKeys.has(key)) {
      hits++;
      judged++;
    } else if (!alsoRight(a, b)) {
      judged++;
      wrong.push([a, b]);
    }
  }
  const precision = judged ? hits / judged : 0;
  const recall = truthKeys.size ? hits / truthKeys.size : 0;
  return { precision, recall, f1: f1Of(precision, recall), hits, wrong };
}

/** Every unordered pair of items that share a group. */
export function pairsWithin(groups: string[][]): [string, string][] {
  const out: [string, string][] = [];
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) out.push([g[i], g[j]]);
  return out;
}
