// Russian declension of names: one name in several grammatical cases ("Черное море", "в Черном
// море"; "Алексей Кессов", "адвокат Алексея Кессова", "с Алексеем Кессовым") meets under one key,
// and is shown in its nominative form when the text writes it. Names are matched, not parsed: the
// case endings are cut, so a key is a stem, never a word to show.
import { cached } from './names.js';

const caseCache = new Map<string, string | null>();
const personCache = new Map<string, string | null>();
const ADJECTIVE_CASE = /(?:ого|его|ому|ему|ыми|ими|ый|ий|ой|ая|яя|ое|ее|ую|юю|ей|ые|ие|ых|их|ым|им|ом|ем)$/u;
// Not "-ов", "-ев": a surname's nominative ("Песков") ends so.
const NOUN_CASE = /(?:ами|ями|ом|ем|ой|ей|ах|ях|ам|ям|ым|им|[аяоеиыуюь])$/u;
/**
 * Case endings of a person's given name, patronymic and surname (singular): "-ий"/"-ия"/"-ием"
 * (Дмитрий, Мария) and "-ей"/"-ея"/"-еем" (Алексей) cut with their vowel, so that the nominative
 * and every oblique case leave one stem; adjectival surnames (Навальный, -ского) as adjectives.
 */
const PERSON_CASE = /(?:ием|ией|еем|ого|его|ому|ему|ий|ия|ии|ию|ей|ея|ею|ее|ый|ой|ая|яя|ую|юю|ом|ем|ым|им|[аяуюеыйь])$/u;
const CYRILLIC_WORD = /^\p{Lu}[\u0400-\u04ff]*(?:-\p{Lu}[\u0400-\u04ff]*)?$/u;

/**
 * A Cyrillic name whose first word declines as an adjective ("Черное море", "Черном море",
 * "Черного моря"; "Нижний Новгород", "Нижнем Новгороде") with each word's case ending cut: the
 * key its nominative and oblique forms share. Null for other names (their keys stay nameKey's).
 */
export function caseKey(name: string): string | null {
  return cached(caseCache, name, makeCaseKey);
}

function makeCaseKey(name: string): string | null {
  if (!/[\u0400-\u04ff]/u.test(name)) return null;
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length < 2 || !ADJECTIVE_CASE.test(words[0]) || !words.every((w) => /^[\u0400-\u04ff-]+$/u.test(w))) return null;
  return words.map((w, i) => (i === 0 || ADJECTIVE_CASE.test(w) ? cut(w, ADJECTIVE_CASE, 3) : cut(w, NOUN_CASE, 3)).replace(/ё/g, 'е')).join(' ');
}

const cut = (w: string, re: RegExp, min: number): string => {
  const stem = w.replace(re, '');
  return stem.length >= min ? stem : w;
};

/**
 * The keys a Cyrillic name shares with its other cases: caseKey's for an adjective-led name, and
 * for two or three capitalised words a person's ("Алексей Кессов", "Алексея Кессова", "Алексеем
 * Кессовым": "~алекс кессов"). Both are given when both apply: "Дмитрий Песков" is led by a word
 * with an adjective's ending. A masculine genitive and a feminine nominative ("Александра
 * Кессова") share a key: the text's other forms decide which is written. Empty for other names.
 */
export function declensionKeys(name: string): string[] {
  const keys: string[] = [];
  const adjective = caseKey(name);
  if (adjective !== null) keys.push(adjective);
  const person = personKey(name);
  if (person !== null) keys.push(person);
  return keys;
}

const personKey = (name: string): string | null => cached(personCache, name, makePersonKey);

function makePersonKey(name: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3 || !words.every((w) => CYRILLIC_WORD.test(w))) return null;
  return `~${words.map((w) => cut(w.toLowerCase().replace(/ё/g, 'е'), PERSON_CASE, 2)).join(' ')}`;
}

/** Nominative endings of a Russian adjective (not "-ой", which is also the oblique feminine). */
const NOMINATIVE = /(?:ый|ий|ая|яя|ое|ее|ые|ие)$/u;
/** Endings no nominative of a person's name has ("-ей", "-ой", "-ий" are nominatives too: Алексей, Толстой, Дмитрий). */
const OBLIQUE_ONLY = /(?:ого|его|ому|ему|ым|им|ом|ем|ую|юю|[уюеыи])$/u;

/**
 * Forms of one name in several cases shown as the nominative one when the text writes it:
 * "Черном море" and "Черное море" are shown "Черное море"; "Алексея Кессова" and "Алексей Кессов"
 * are shown "Алексей Кессов" (of a person's forms, the one with fewest words in an oblique-only
 * case, then the shortest: a masculine nominative is its shortest form).
 */
export function nominativeForms(forms: string[]): string[] {
  const nominative = new Map<string, string>();
  const person = new Map<string, string>();
  for (const f of forms) {
    const k = caseKey(f);
    if (k !== null && !nominative.has(k) && NOMINATIVE.test(f.split(/\s+/)[0].toLowerCase())) nominative.set(k, f);
    const p = personKey(f);
    if (p === null) continue;
    const best = person.get(p);
    if (best === undefined || personRank(f) < personRank(best)) person.set(p, f);
  }
  if (!nominative.size && !person.size) return forms;
  return forms.map((f) => nominative.get(caseKey(f) ?? '') ?? person.get(personKey(f) ?? '') ?? f);
}

/** Words in an oblique-only case, then length: lower is nearer the nominative. */
function personRank(form: string): number {
  return form.split(/\s+/).filter((w) => OBLIQUE_ONLY.test(w.toLowerCase())).length * 1000 + form.length;
}

/** A Cyrillic word ending as a noun or adjective in an oblique case does ("Кессова", "Велмарии", "Навального"); also a feminine nominative. */
export const OBLIQUE_ENDING = /(?:[аяыиуюе]|ого|его|ому|ему|ой|ей|ом|ем|ым|им)$/u;
