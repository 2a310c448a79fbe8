// What consolidation reads of a corpus with reports in scripts without capitals (see skeleton.ts):
// each skeleton such a report carries stands for the name keys of that skeleton, so "ماكرون" is
// evidence where "Macron" is. Only names that are evidence across languages already stand in
// (keys seen in two languages of cased scripts): a capitalised German noun is seen in German
// alone, and its skeleton is as likely as not some Arabic word's. The keys and statistics of
// threads in cased scripts are left as they are, so their pairs score as without the caseless
// reports. Computed from the vocabulary as it stands, so arrival order cannot change it.
import type { Vocabulary } from './vocabulary.js';

/**
 * A thread's cross keys (id -> members carrying it) with each skeleton replaced by the name keys
 * it stands for, or dropped when it stands for none (a word shared by two caseless scripts, as
 * "ヘリコプター" and "هليكوبتر", is a loanword as often as a name); the map itself when it has none.
 */
export type SkeletonExpansion = (cross: Map<number, number>) => Map<number, number>;

/** The expansion of the corpus's skeletons as the vocabulary stands (see the file's head). */
export function skeletonExpansion(vocabulary: Vocabulary): SkeletonExpansion {
  const standsFor = new Map<number, number[]>();
  for (const [skeleton, names] of vocabulary.carriedSkeletons()) {
    const id = vocabulary.idOf(skeleton);
    if (id !== undefined) standsFor.set(id, [...names].filter((n) => twoOrMore(vocabulary.keyLanguages[n])));
  }
  if (standsFor.size === 0) return (cross) => cross;
  return (cross) => {
    let out: Map<number, number> | null = null;
    for (const [id, count] of cross) {
      const names = standsFor.get(id);
      if (!names) continue;
      out ??= new Map(cross);
      out.delete(id);
      for (const name of names) out.set(name, Math.max(out.get(name) ?? 0, count));
    }
    return out ?? cross;
  };
}

/** Whether a language bit set holds two bits or more. */
const twoOrMore = (bits: number): boolean => (bits & (bits - 1)) !== 0;
