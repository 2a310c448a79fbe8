// A translation that keeps few cognates ("We will not tolerate such an attempt" and "Vi tolererar
// inte försök"): when the other signals find nothing, two units of one speaker in two articles of
// different languages are one statement when each is the other's only candidate there. Both must
// be sentences of some length, of the same form (both questions or neither), of lengths a
// translation gives, and share a word that carries over (a cognate, a name or a number); among
// the speaker's other units in the two articles, none shares as many such words with either.
// Neither may already be grouped with a version in the other article.
import { curatedGroup } from '../extract/index.js';
import { cognate, type CrossWord, crossWords } from './cognates.js';
import { type Node, wordCount } from './versions.js';

/** Each unit holds at least this many words: a short phrase ("Russia is not guilty") is said in many statements. */
const MIN_WORDS = 6;
/** The longer unit has at most this many times the words of the shorter (a loose translation). */
const MAX_LENGTH_RATIO = 2.5;
/** A shared word of fewer letters ("that", "inte") could be a function word; a number always counts. */
const MIN_LETTERS = 5;

/** Letters two words begin with that make them one word in two languages. */
const PREFIX = 5;
/** Weight of a word alike only by its letter pairs, and of two questions. */
const LOOSE = 0.5;
const QUESTIONS = 0.5;
/** The evidence two units need: a word that carries over, or a looser one in two questions. */
const MIN_EVIDENCE = 1;

const isQuestion = (text: string): boolean => /[?¿？]/.test(text);

/**
 * What two units share that carries over, weighed: a word written alike or beginning alike (a
 * name, "tolerate" and "tolererar") or a number counts 1; a word alike only by its letter pairs
 * ("arrest" and "arrêter", but "force" and "försök" too) counts half; two questions add a half.
 */
function evidence(a: Node, b: Node, cross: CrossWord[][], i: number, j: number): number {
  const used = new Set<number>();
  let weight = isQuestion(a.text) && isQuestion(b.text) ? QUESTIONS : 0;
  for (const x of cross[i]) {
    if (!x.number && x.form.length < MIN_LETTERS) continue;
    const k = cross[j].findIndex((y, n) => !used.has(n) && (y.number || y.form.length >= MIN_LETTERS) && cognate(x, y));
    if (k < 0) continue;
    used.add(k);
    const y = cross[j][k];
    weight += x.number || x.form === y.form || x.form.slice(0, PREFIX) === y.form.slice(0, PREFIX) ? 1 : LOOSE;
  }
  return weight;
}

/**
 * A unit's words that carry over, a country written in another language ("Tyskland",
 * "Allemagne") as its English name, so it meets "Germany".
 */
function carried(n: Node): CrossWord[] {
  return n.cross.map((w) => {
    if (w.number) return w;
    const word = /^\p{Lu}\p{L}+/u.exec(n.text.slice(w.at))?.[0];
    const place = word ? curatedGroup(word) : null;
    const english = place?.type === 'place' && !place.preferred.includes(' ') ? crossWords(place.preferred)[0] : undefined;
    return english ? { ...english, at: w.at } : w;
  });
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
  const cross = nodes.map(carried);
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
