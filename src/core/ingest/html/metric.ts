// The public article-extraction benchmark's score: 4-token shingles counted with multiplicity,
// per-page tp/fp/fn normalised to sum 1 so long pages weigh no more than short ones.

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  f1: number;
  precision: number;
  recall: number;
}

/** Word tokens as the benchmark counts them: runs of letters, digits or underscore in any script. */
export function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const toks = tokens(text);
  const out = new Map<string, number>();
  // A text shorter than n tokens is one short shingle, as in the reference scorer.
  const last = Math.max(1, toks.length - n + 1);
  for (let i = 0; i < last; i++) {
    if (i >= toks.length) break;
    const key = toks.slice(i, i + n).join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export function shingleCounts(truth: string, predicted: string, n = 4): PageCounts {
  const want = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of got) {
    const w = want.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
  }
  for (const [key, w] of want) fn += Math.max(0, w - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Mean precision over pages that predicted something, mean recall over pages with a truth; F1 of the two means. */
export function benchmarkScore(pages: PageCounts[]): Score {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}
