// One version covering two statements another version keeps apart: "My decision is final and I
// hope for a calm handover" where another outlet quotes "La décision est définitive." and, as
// the next sentence, "J'espère une passation calme." The covering sentence is cut where the words
// of the first statement end and those of the second begin, so each part can join its statement.
import { cognate, type CrossWord, crossWords } from './cognates.js';

/** Each part of a cut keeps at least this many words. */
const MIN_PART_WORDS = 4;
/** The words the second part must share with its statement (one could be chance). */
const MIN_TAIL_SUPPORT = 2;
/** Words a clause boundary may open with: a cut prefers to fall before one, or after a comma. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'et', 'mais', 'y', 'e', 'pero', 'und', 'aber', 'og', 'och', 'men', 'en', 'ed', 'ma', 'и', 'а', 'но']);

/**
 * Where to cut `text` so that its head holds words of `head` and its tail words of `tail` (words
 * found in both count for neither): [end of the head, start of the tail] as offsets in `text`, or
 * null when no cut has at least one head word before it and two tail words after it.
 */
export function coveringCut(text: string, head: CrossWord[], tail: CrossWord[]): [number, number] | null {
  const side = crossWords(text).flatMap((w) => {
    const [h, t] = [head.some((x) => cognate(w, x)), tail.some((x) => cognate(w, x))];
    return h === t ? [] : [{ at: w.at, head: h }];
  });
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index!);
  let best: { score: number; at: number[] } | null = null;
  for (let k = MIN_PART_WORDS; k <= tokens.length - MIN_PART_WORDS; k++) {
    const at = tokens[k];
    const [headBefore, tailAfter] = [side.filter((s) => s.head && s.at < at).length, side.filter((s) => !s.head && s.at >= at).length];
    if (headBefore < 1 || tailAfter < MIN_TAIL_SUPPORT) continue;
    const score = 2 * (headBefore + tailAfter) - side.length;
    if (!best || score > best.score) best = { score, at: [at] };
    else if (score === best.score) best.at.push(at);
  }
  if (!best) return null;
  // Among equally good cuts, one at a clause boundary.
  const clause = best.at.find((at) => /[,;:–—]\s*$/.test(text.slice(0, at)) || CLAUSE_OPENERS.has(/^[\p{L}]+/u.exec(text.slice(at))?.[0].toLowerCase() ?? ''));
  const start = clause ?? best.at[0];
  return [text.slice(0, start).replace(/[\s,;:–—]+$/u, '').length, start];
}
