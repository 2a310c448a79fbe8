// Cleaning and metadata against a manifest: published dates to the manifest's precision.

export type DateVerdict = 'right' | 'null' | 'wrong';

/**
 * An output date ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM') against a truth date given to the day, month
 * or year ('YYYY-MM-DD', 'YYYY-MM', 'YYYY'): right when it agrees to the truth's precision.
 */
export function dateVerdict(output: string | null, truth: string): DateVerdict {
  if (output === null) return 'null';
  return output.startsWith(truth) ? 'right' : 'wrong';
}

export function countVerdicts(verdicts: readonly DateVerdict[]): Record<DateVerdict, number> {
  const out: Record<DateVerdict, number> = { right: 0, null: 0, wrong: 0 };
  for (const v of verdicts) out[v]++;
  return out;
}
