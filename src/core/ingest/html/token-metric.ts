// Token-level score against a gold main text (the metric of the public web-content-extraction
// benchmarks): both texts become bags of lower-cased words, and the overlap of the bags gives
// precision (share of extracted words that are gold) and recall (share of gold words extracted).

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** One page's score; an empty extraction of an empty gold text is perfect, of a non-empty one is 0. */
export function tokenScore(gold: string, extracted: string): TokenScore {
  const g = bag(gold);
  const e = bag(extracted);
  let common = 0;
  let goldN = 0;
  let extractedN = 0;
  for (const n of g.values()) goldN += n;
  for (const [word, n] of e) {
    extractedN += n;
    common += Math.min(n, g.get(word) ?? 0);
  }
  if (goldN === 0 && extractedN === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = extractedN ? common / extractedN : 0;
  const recall = goldN ? common / goldN : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Mean of per-page scores: each page weighs the same whatever its length. */
export function meanTokenScore(pages: readonly TokenScore[]): TokenScore {
  const n = pages.length || 1;
  const sum = (k: keyof TokenScore) => pages.reduce((s, p) => s + p[k], 0) / n;
  return { precision: sum('precision'), recall: sum('recall'), f1: sum('f1') };
}
