// Figures against truth that gives, per article, the value as written, its number and what it counts.

export interface OutputFigure {
  value: number;
  counts: string | null;
  text: string;
}

export interface FigureTruth {
  id: string;
  /** The figure as written in the article. */
  value: string;
  /** What is counted, in words (English). */
  counts: string;
  /** Its numeric value; null for a clock time. */
  number: number | null;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
const words = (s: string): string[] => fold(s).split(/[^\p{L}]+/u).filter((w) => w.length >= 3);
/** Word stems by a crude 5-letter prefix: enough to meet 'diplomats'/'diplomat' or 'sailors'/'sailor'. */
const stems = (s: string): Set<string> => new Set(words(s).map((w) => w.slice(0, 5)));

/** The output figures carrying the truth's number (a clock time: whose text holds the value as written). */
export function findFigures<F extends OutputFigure>(figures: readonly F[], t: FigureTruth): F[] {
  if (t.number === null) return figures.filter((f) => fold(f.text).includes(fold(t.value)));
  const n = t.number;
  return figures.filter((f) => Math.abs(f.value - n) <= 1e-9 * Math.max(1, Math.abs(n)));
}

/** Whether the output's counted thing shares a word stem with the truth's description or the figure as written. */
export function countsMatch(output: string | null, t: FigureTruth): boolean {
  if (!output) return false;
  const truth = new Set([...stems(t.counts), ...stems(t.value)]);
  return [...stems(output)].some((s) => truth.has(s));
}

export interface FigureScore {
  truth: number;
  valuesFound: number;
  countsFound: number;
  /** Share of truth figures whose number is among the article's output figures. */
  valueRecall: number;
  /** Share of truth figures found with a matching counted thing. */
  countsRecall: number;
  missed: FigureTruth[];
}

export function scoreFigures(truth: readonly FigureTruth[], output: ReadonlyMap<string, readonly OutputFigure[]>): FigureScore {
  let valuesFound = 0;
  let countsFound = 0;
  const missed: FigureTruth[] = [];
  for (const t of truth) {
    const found = findFigures(output.get(t.id) ?? [], t);
    if (found.length === 0) {
      missed.push(t);
      continue;
    }
    valuesFound++;
    if (found.some((f) => countsMatch(f.counts, t))) countsFound++;
  }
  const n = truth.length;
  return { truth: n, valuesFound, countsFound, valueRecall: n ? valuesFound / n : 0, countsRecall: n ? countsFound / n : 0, missed };
}

/** The truth's description of what a figure counts, without its bracketed notes ("(others: 18)"). */
const quantityOf = (t: FigureTruth): string => fold(t.counts.replace(/\([^)]*\)/g, '')).replace(/\s+/g, ' ').trim();

/**
 * The set's known disagreements: two articles of one story giving different numbers for one
 * quantity (the truth describes both with the same words, bracketed notes aside).
 */
export function knownDisagreements(truth: readonly FigureTruth[], storyOf: (id: string) => string): [FigureTruth, FigureTruth][] {
  const out: [FigureTruth, FigureTruth][] = [];
  for (let i = 0; i < truth.length; i++)
    for (let j = i + 1; j < truth.length; j++) {
      const [a, b] = [truth[i], truth[j]];
      if (a.id !== b.id && a.number !== null && b.number !== null && a.number !== b.number && storyOf(a.id) === storyOf(b.id) && quantityOf(a) === quantityOf(b)) out.push([a, b]);
    }
  return out;
}

/** One disagreement as the output flags it: the rows on either side and the values they give. */
export interface FlaggedPair {
  a: { id: string; value: number };
  b: { id: string; value: number };
}

export interface FlagScore {
  /** Flagged pairs of values where both sides are truth figures (the rest cannot be judged). */
  judged: number;
  /** ...of which the truth describes both as one quantity. */
  right: number;
  precision: number;
  known: number;
  /** Known disagreements flagged. */
  found: number;
  recall: number;
  wrong: FlaggedPair[];
}

/**
 * Figure flags against the truth: a flagged pair is right when both its values are truth figures
 * of one quantity, wrong when the truth says they count different things; the known
 * disagreements are found when a flag sets their two values against each other.
 */
export function scoreFlags(flagged: readonly FlaggedPair[], truth: readonly FigureTruth[], known: readonly [FigureTruth, FigureTruth][]): FlagScore {
  const truthOf = (side: FlaggedPair['a']) => truth.find((t) => t.id === side.id && t.number !== null && Math.abs(t.number - side.value) <= 1e-9 * Math.max(1, Math.abs(t.number)));
  let judged = 0;
  let right = 0;
  const wrong: FlaggedPair[] = [];
  const hits = new Set<number>();
  for (const p of flagged) {
    const [x, y] = [truthOf(p.a), truthOf(p.b)];
    if (!x || !y) continue;
    judged++;
    if (quantityOf(x) === quantityOf(y)) right++;
    else wrong.push(p);
    known.forEach(([a, b], k) => ((a === x && b === y) || (a === y && b === x)) && hits.add(k));
  }
  return { judged, right, precision: judged ? right / judged : 0, known: known.length, found: hits.size, recall: known.length ? hits.size / known.length : 0, wrong };
}
