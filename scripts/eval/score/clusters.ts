// Scores for a clustering (stories, the peer's clusters) against labelled items.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export const f1Of = (precision: number, recall: number): number => (precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0);

/**
 * BCubed precision/recall/F1 of `clusters` (lists of item ids) against `truth` (item id -> label),
 * over the items of `truth` only. An item no cluster holds scores 0 (it was lost), so an empty
 * output scores 0 and a perfect one 1. Ids in clusters but not in truth are ignored. With `over`,
 * the averages run over those items only (e.g. the non-English ones), still judged against all.
 */
export function bcubed(clusters: string[][], truth: Map<string, string>, over: (id: string) => boolean = () => true): PRF {
  const clusterOf = new Map<string, number>();
  const sizes: number[] = [];
  clusters.forEach((c, i) => {
    const known = c.filter((a) => truth.has(a));
    sizes.push(known.length);
    for (const a of known) clusterOf.set(a, i);
  });
  const both = new Map<string, number>();
  const labelSize = new Map<string, number>();
  for (const [a, label] of truth) {
    labelSize.set(label, (labelSize.get(label) ?? 0) + 1);
    const c = clusterOf.get(a);
    if (c !== undefined) both.set(`${c}|${label}`, (both.get(`${c}|${label}`) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  let n = 0;
  for (const [a, label] of truth) {
    if (!over(a)) continue;
    n++;
    const c = clusterOf.get(a);
    if (c === undefined) continue;
    const shared = both.get(`${c}|${label}`)!;
    p += shared / sizes[c];
    r += shared / labelSize.get(label)!;
  }
  n ||= 1;
  return { precision: p / n, recall: r / n, f1: f1Of(p / n, r / n) };
}

/** The pairs (of those given) whose two items share a cluster. */
export function pairsTogether<T extends [string, string, ...unknown[]]>(clusters: string[][], pairs: T[]): T[] {
  const clusterOf = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((a) => clusterOf.set(a, i)));
  return pairs.filter(([a, b]) => clusterOf.has(a) && clusterOf.get(a) === clusterOf.get(b));
}
