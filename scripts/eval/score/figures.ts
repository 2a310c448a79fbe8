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
