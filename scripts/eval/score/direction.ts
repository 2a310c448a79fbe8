// Copy direction against the manifest's copy_of. A truth pair is either a copy of its copy_of, or
// (README: "when both carry the same wire/source text and neither is the original, it points to
// the in-set representative (notes say which source)") two carriers of one source text: there a
// "common source" statement is right and a direction either way is wrong.
import type { Row } from '../_realworld.js';

export type TruthDirection = 'copy of copy_of' | 'common source';

// How notes say a text is another's: a wire or agency, a repost, syndication, "via X", "copies the
// X text", "<Source> [French] text", "same X text/story/article as".
const CARRIES_ANOTHERS =
  /\b(?:wire|agency|via|repost\w*|republish\w*|syndicat\w*|copies|translation of the)\b|\p{Lu}[\p{L}/]*(?: \p{L}+)? text\b|\bsame\b[^.;]*\b(?:text|story|lede|alert|statement|source|article)\b/u;

/** What the manifest says of the pair (row, row.copy_of): see the header. */
export function truthDirection(row: Row, original: Row | undefined): TruthDirection {
  // Notes naming the original's own outlet say whose text it is: a copy of it.
  const outlet = original?.outlet.trim().toLowerCase() ?? '';
  if (outlet.length >= 3 && row.notes.toLowerCase().includes(outlet)) return 'copy of copy_of';
  return CARRIES_ANOTHERS.test(row.notes) || (original !== undefined && CARRIES_ANOTHERS.test(original.notes)) ? 'common source' : 'copy of copy_of';
}

/** What a record states of a pair: `source` when it gives a direction. */
export type Stated = { statement: 'direction'; source: string } | { statement: 'common source' | 'undetermined' };

export interface DirectionCounts {
  /** A direction matching a copy of copy_of, or a common source where truth is one. */
  right: number;
  /** A direction against copy_of, or any direction where truth is a common source. */
  wrong: number;
  /** Common-source statements (right or not). */
  commonSource: number;
  undetermined: number;
  /** Pairs read as each kind of truth. */
  truth: Record<TruthDirection, number>;
  /** Wrong pairs as `copy<-source (truth)`. */
  wrongPairs: string[];
}

/** Scores found truth pairs ([copy_of, row] with its truth kind) against what was stated of each. */
export function scoreDirections(found: { pair: [string, string]; truth: TruthDirection; stated: Stated }[]): DirectionCounts {
  const out: DirectionCounts = { right: 0, wrong: 0, commonSource: 0, undetermined: 0, truth: { 'copy of copy_of': 0, 'common source': 0 }, wrongPairs: [] };
  for (const { pair: [original, copy], truth, stated } of found) {
    out.truth[truth]++;
    if (stated.statement !== 'direction') {
      if (stated.statement === 'undetermined') out.undetermined++;
      else out.commonSource++;
      if (stated.statement === 'common source' && truth === 'common source') out.right++;
    } else if (truth === 'copy of copy_of' && stated.source === original) out.right++;
    else {
      out.wrong++;
      const other = stated.source === original ? copy : original;
      out.wrongPairs.push(`${other}<-${stated.source} (${truth === 'common source' ? 'truth: both carry one source' : 'truth: the other way'})`);
    }
  }
  return out;
}
