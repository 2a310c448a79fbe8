// One person romanised two ways by two outlets ("Chaiwat Kanuthai" / "Chaiwat Ganuthai",
// "Morapanit" / "Morupanit"): the same given name, surnames of five letters or more one letter apart, the letter
// a vowel for a vowel or a consonant for its voiced or unvoiced twin. Similar surnames are common
// among different people, so the two spellings must also never meet in one article (an article
// that writes both writes two people) and their articles must share two other entities (the same
// story).

export interface PersonName {
  /** The node's index in the corpus's entity list. */
  index: number;
  article: string;
  /** The name's words, as its sound key has them (soundKey). */
  words: string[];
}

const VOWELS = new Set('aeiouy');
/** Letters told apart by voicing only, which romanisations of one sound write either way. */
const VOICING: Record<string, string> = { k: 'g', g: 'k', t: 'd', d: 't', p: 'b', b: 'p', f: 'v', v: 'f', s: 'z', z: 's', c: 'g' };

/** Two surnames of one length five or more that differ in one letter, a vowel for a vowel or a voicing twin. */
export function romanisedAlike(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  const x = a[diff];
  const y = b[diff];
  return (VOWELS.has(x) && VOWELS.has(y)) || VOICING[x] === y;
}

/**
 * Pairs of person nodes (indexes) that are one person romanised two ways. `namesOf` gives the
 * entities an article names (as the clusters resolution has made so far, so "Thailand" and
 * "Tailandia" are one), asked only for the few candidate pairs; `clusterOf` a node's cluster.
 */
export function romanisedPairs(people: PersonName[], namesOf: (article: string) => Set<number>, clusterOf: (index: number) => number): [number, number][] {
  const byGiven = new Map<string, Map<string, PersonName[]>>();
  for (const p of people) {
    if (p.words.length < 2 || p.words[0].length < 3) continue;
    const surname = p.words[p.words.length - 1];
    if (surname.length < 5) continue;
    const given = byGiven.get(p.words[0]) ?? byGiven.set(p.words[0], new Map()).get(p.words[0])!;
    const list = given.get(surname) ?? given.set(surname, []).get(surname)!;
    list.push(p);
  }
  const out: [number, number][] = [];
  for (const surnames of byGiven.values()) {
    if (surnames.size < 2) continue;
    const keys = [...surnames.keys()];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        if (!romanisedAlike(keys[i], keys[j])) continue;
        const a = surnames.get(keys[i])!;
        const b = surnames.get(keys[j])!;
        if (sameStory(a, b, namesOf, clusterOf)) out.push([a[0].index, b[0].index]);
      }
    }
  }
  return out;
}

/** Never in one article, and some article of each shares two other entities with the other's. */
function sameStory(a: PersonName[], b: PersonName[], namesOf: (article: string) => Set<number>, clusterOf: (index: number) => number): boolean {
  const articlesA = new Set(a.map((p) => p.article));
  if (b.some((p) => articlesA.has(p.article))) return false;
  const own = new Set([...a, ...b].map((p) => clusterOf(p.index)));
  for (const pa of articlesA) {
    const names = namesOf(pa);
    for (const pb of new Set(b.map((p) => p.article))) {
      let shared = 0;
      for (const k of namesOf(pb)) if (names.has(k) && !own.has(k) && ++shared >= 2) return true;
    }
  }
  return false;
}
