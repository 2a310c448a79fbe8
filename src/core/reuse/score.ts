// Scores reuse records against a generated corpus's truth: pair precision and recall for reuse of
// two paragraphs or more, direction and kind agreement. Shared by the eval script and the tests.
import type { ReuseRecord } from '../types.ts';

export interface TruthPair {
  source: string;
  copy: string;
  direction: 'known' | 'unknown';
  paragraphs: number;
  kind: string;
}

export interface ReuseScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Of true positives with a known true direction: how the records' directions fared. */
  direction: { right: number; wrong: number; unknown: number };
  /** truth kind -> record kind -> count, over true positives. */
  kinds: Record<string, Record<string, number>>;
  missed: TruthPair[];
  spurious: ReuseRecord[];
}

const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * Pairs sharing fewer than `minParagraphs` paragraphs are neither required nor held against the
 * records; 'shared quote only' records are not claims of reuse and are not scored.
 */
export function scoreReuse(records: ReuseRecord[], truth: TruthPair[], minParagraphs = 2): ReuseScore {
  const byPair = new Map(truth.map((t) => [pairKey(t.source, t.copy), t]));
  const found = new Set<string>();
  const score: ReuseScore = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 1,
    recall: 1,
    direction: { right: 0, wrong: 0, unknown: 0 },
    kinds: {},
    missed: [],
    spurious: [],
  };
  for (const r of records) {
    if (r.kind === 'shared quote only') continue;
    const key = pairKey(r.source, r.copy);
    const t = byPair.get(key);
    if (!t) {
      score.falsePositives++;
      score.spurious.push(r);
      continue;
    }
    if (t.paragraphs < minParagraphs) continue;
    found.add(key);
    score.truePositives++;
    (score.kinds[t.kind] ??= {})[r.kind] = (score.kinds[t.kind][r.kind] ?? 0) + 1;
    if (t.direction === 'known') {
      if (r.direction === 'unknown') score.direction.unknown++;
      else if (r.source === t.source) score.direction.right++;
      else score.direction.wrong++;
    }
  }
  for (const t of truth) {
    if (t.paragraphs >= minParagraphs && !found.has(pairKey(t.source, t.copy))) {
      score.falseNegatives++;
      score.missed.push(t);
    }
  }
  const predicted = score.truePositives + score.falsePositives;
  const actual = score.truePositives + score.falseNegatives;
  score.precision = predicted ? score.truePositives / predicted : 1;
  score.recall = actual ? score.truePositives / actual : 1;
  return score;
}
