// A translation that keeps few cognates ("We will not tolerate further delays" and "Vi tolererar
// inga fler förseningar"): when the other signals find nothing, two units of one speaker in two articles of
// different languages are one statement when each is the other's only candidate there. Both must
// be sentences of some length, of the same form (both questions or neither), of lengths a
// translation gives, and share a word that carries over (a cognate or a number; a name, a country
// in each language too, but not a name alone); among the speaker's other units in the two
// articles, none shares as much with either.
// Neither may already be grouped with a version in the other article.
import { carriedWords, cognate, contentWord, type CrossWord, sharedName, strongCognate } from './cognates.js';
import { type Node, wordCount } from './versions.js';

/** Each unit holds at least this many words: a short phrase ("Russia is not guilty") is said in many statements. */
const MIN_WORDS = 6;
/** The longer unit has at most this many times the words of the shorter (a loose translation). */
const MAX_LENGTH_RATIO = 2.5;
/** Weight of a word alike only by its letter pairs or a name, and of two questions. */
const LOOSE = 0.5;
const QUESTIONS = 0.5;
/** The evidence two units need: a word that carries over, or a looser one in two questions. */
const MIN_EVIDENCE = 1;

const isQuestion = (text: string): boolean => /[?¿？]/.test(text);

/**
 * What two units share that carries over, weighed: a word written alike or beginning alike
 * ("tolerate" and "tolererar") or a number counts 1; a word alike only by its letter pairs
 * ("arrest" and "arrêter", but "force" and "försök" too) counts half, and so does a name (capitalised
 * inside a sentence in either: every statement of a story names its places and people); two questions
 * add a half. A translation keeps the order of the words it keeps: those out of the longest
 * chain in order count against. 0 unless a word that is no name is in that chain: names alone
 * are the story's, not the statement's.
 */
function evidence(a: Node, b: Node, cross: CrossWord[][], i: number, j: number): number {
  const used = new Set<number>();
  const shared: { at: number; weight: number; name: boolean }[] = [];
  for (const x of cross[i]) {
    if (!contentWord(x)) continue;
    const k = cross[j].findIndex((y, n) => !used.has(n) && contentWord(y) && cognate(x, y));
    if (k < 0) continue;
    used.add(k);
    const y = cross[j][k];
    const name = sharedName(a.text, x, b.text, y);
    shared.push({ at: y.at, weight: name || !strongCognate(x, y) ? LOOSE : 1, name });
  }
  // The heaviest chain of shared words in the same order in both (they are in `a`'s order here).
  const best = shared.map((w) => ({ weight: w.weight, word: !w.name }));
  shared.forEach((w, n) => {
    for (let m = 0; m < n; m++)
      if (shared[m].at < w.at && best[m].weight + w.weight > best[n].weight) best[n] = { weight: best[m].weight + w.weight, word: best[m].word || !w.name };
  });
  const chain = best.reduce((x, y) => (y.weight > x.weight ? y : x), { weight: 0, word: false });
  if (!chain.word) return 0;
  const total = shared.reduce((sum, w) => sum + w.weight, 0);
  return 2 * chain.weight - total + (isQuestion(a.text) && isQuestion(b.text) ? QUESTIONS : 0);
}

/** Whether two units could be one statement translated: languages known and different, form and length alike. */
function comparable(a: Node, b: Node, words: number[], i: number, j: number): boolean {
  if (!a.language || !b.language || a.language === b.language) return false;
  if (words[i] < MIN_WORDS || words[j] < MIN_WORDS) return false;
  if (Math.max(words[i], words[j]) > MAX_LENGTH_RATIO * Math.min(words[i], words[j])) return false;
  return isQuestion(a.text) === isQuestion(b.text);
}

/**
 * Pairs of units (indices into `nodes`, all of one speaker) that are each other's only best
 * candidate in the other's article, by the words they share; strongest first. Whether a pair
 * may still join (one version per article) is the caller's to check.
 */
export function mutualBest(nodes: Node[]): { i: number; j: number; shared: number }[] {
  const words = nodes.map((n) => wordCount(n.text));
  const cross = nodes.map((n) => carriedWords(n.text));
  // Per unit and other article: the best count of shared words, and the units that reach it.
  const best = new Map<number, Map<string, { shared: number; units: number[] }>>();
  const note = (i: number, j: number, shared: number) => {
    const row = best.get(i) ?? best.set(i, new Map()).get(i)!;
    const cur = row.get(nodes[j].quote.article);
    if (!cur || shared > cur.shared) row.set(nodes[j].quote.article, { shared, units: [j] });
    else if (shared === cur.shared) cur.units.push(j);
  };
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[i].quote.article === nodes[j].quote.article || !comparable(nodes[i], nodes[j], words, i, j)) continue;
      const shared = evidence(nodes[i], nodes[j], cross, i, j);
      if (shared < MIN_EVIDENCE) continue;
      note(i, j, shared);
      note(j, i, shared);
    }
  const out: { i: number; j: number; shared: number }[] = [];
  for (const [i, row] of best)
    for (const { shared, units } of row.values()) {
      if (units.length !== 1 || units[0] < i) continue;
      const back = best.get(units[0])?.get(nodes[i].quote.article);
      if (back && back.units.length === 1 && back.units[0] === i) out.push({ i, j: units[0], shared });
    }
  return out.sort((a, b) => b.shared - a.shared || a.i - b.i || a.j - b.j);
}
