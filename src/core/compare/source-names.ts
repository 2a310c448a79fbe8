// Which words can stand for a source, and which names are one person. A source is a named person
// or organisation, or a described one specific enough to tell apart ("the harbour pilots'
// office"); never a piece of the sentence ("Only the day before"), a bare common noun ("the
// firm", "Harbour") or a title glued to a name ("Chairman Lindqvist" is Lindqvist).
import { isTitle, lexiconFor } from '../extract/lang/index.js';
import { caseForms, consonantKey } from '../extract/names.js';
import { crossNameKey } from '../stories/cross.js';

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** English articles (its word lists keep none: English names take no article). */
const EN_ARTICLES = new Set(['the', 'a', 'an']);

function articlesOf(language: string | null): Set<string> {
  const lex = lexiconFor(language);
  return lex.determiners.size ? lex.determiners : EN_ARTICLES;
}

/**
 * A sentence fragment, not a name: a word past the first is one of the language's function words
 * ("am", "of the" in a name is its connector, "Bank of England" stays a name), or the first is one
 * and not an article.
 */
export function isFragment(name: string, language: string | null): boolean {
  const lex = lexiconFor(language);
  const articles = articlesOf(language);
  const words = name.match(WORDS) ?? [];
  return words.some((w, i) => {
    const lower = w.toLowerCase();
    if (!lex.functionWords.has(lower)) return false;
    if (i === 0) return !articles.has(lower);
    return !lex.nameConnectors.has(lower) && !lex.connectorArticles.has(lower);
  });
}

/** A described source names what it is in more than its head noun ("the regional transport office", not "the firm"). */
export function isSpecificDescription(described: string, language: string | null): boolean {
  const articles = articlesOf(language);
  const words = (described.match(WORDS) ?? []).filter((w, i) => !(i === 0 && articles.has(w.toLowerCase())));
  return words.length >= 2 && !isFragment(described, language);
}

/**
 * A one-word name that is a common noun, in languages that do not capitalise nouns: its own
 * article also writes it in lower case (a word set at the start of a sentence or a heading,
 * "Harbour"), or, for an organisation, only ever as the last word of a longer name ("Port
 * Authority", "Pilots' Authority": "Authority" alone is none of them).
 */
export function isCommonNoun(name: string, body: string, language: string | null, organization = false): boolean {
  const lex = lexiconFor(language);
  const words = name.match(WORDS) ?? [];
  if (words.length !== 1 || lex.nounCapitals || lex.uncased) return false;
  const word = words[0];
  const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (word.toLowerCase() !== word && new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(body)) return true;
  if (!organization) return false;
  const uses = [...body.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))];
  const articles = articlesOf(language);
  return (
    uses.length > 0 &&
    uses.every((m) => {
      // The word before it, capitalised and no article ("The Authority said" is the name alone).
      const before = /(\p{Lu}[\p{L}'’]*)\s+$/u.exec(body.slice(Math.max(0, m.index! - 40), m.index!))?.[1];
      return !!before && !articles.has(before.toLowerCase()) && !lex.functionWords.has(before.toLowerCase());
    })
  );
}

/** A name's words, title words before it ("Präsidentin", "Captain") left out. */
export function withoutTitles(name: string, language: string | null): string[] {
  const lex = lexiconFor(language);
  const words = name.match(/\p{L}+/gu) ?? [];
  let from = 0;
  while (from < words.length - 1 && isTitle(lex, words[from])) from++;
  return words.slice(from);
}

/** One word of a person's name as samePerson compares it. */
interface NameWord {
  /** Cross-script keys of the word and of its stem without a case ending. */
  keys: string[];
  /** Consonant keys of the same forms, for names written in two scripts. */
  consonants: string[];
  latin: boolean;
}

function nameWord(word: string, language: string | null): NameWord {
  const forms = caseForms(word, language);
  return {
    keys: forms.map((f) => crossNameKey(f) ?? f),
    consonants: forms.map(consonantKey),
    latin: !/[^\u0000-\u024f]/u.test(word),
  };
}

/**
 * Two words of names are one: a form of one (itself, or its stem without a case ending) shares its
 * cross-script key with a form of the other, or agrees on `prefix` letters of it (a given name);
 * written in two scripts, their consonants agree ("Thomas" and "Томаса", "Hale" and "Хейла").
 */
function sameWord(a: NameWord, b: NameWord, prefix = 0): boolean {
  const cut = (k: string) => (prefix ? k.slice(0, prefix) : k);
  if (a.keys.some((x) => b.keys.some((y) => cut(x) === cut(y)))) return true;
  return a.latin !== b.latin && a.consonants.some((x) => x.length >= 2 && b.consonants.includes(x));
}

/**
 * One key per person among the given names: "Kwame Kofi Mensah" and "Kwame Mensah",
 * "Sergei Volkov" and "Serghei Volkov", "Chairman Mensah" and "Mensah", "Thomas Hale" and, in a
 * Russian article, "Томаса Хейла" are one (the same surname under the cross-script name folding and
 * its case endings, title words left out, and given names that agree on their first letters or are
 * left out). `language` gives each name's language for its title words and case endings.
 */
export function samePerson(names: string[], languageOf: (name: string) => string | null = () => null): (name: string) => string {
  const sorted = [...new Set(names)].sort();
  const parts = new Map(sorted.map((name) => [name, withoutTitles(name, languageOf(name)).map((w) => nameWord(w, languageOf(name)))]));
  const key = new Map(sorted.map((n) => [n, n]));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      const [a, b] = [parts.get(sorted[i])!, parts.get(sorted[j])!];
      if (a.length === 0 || b.length === 0 || !sameWord(a[a.length - 1], b[b.length - 1])) continue;
      const given = a.length === 1 || b.length === 1 || sameWord(a[0], b[0], 3);
      if (given) {
        key.set(sorted[i], key.get(sorted[j])!);
        break;
      }
    }
  }
  return (name) => key.get(name) ?? name;
}
