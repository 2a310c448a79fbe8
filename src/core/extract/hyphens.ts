// Names written with a hyphen. The tokenizer parts a capitalised compound at its hyphens so the
// names inside are seen ("Norway-US", "anti-NATO"); a few hyphens are inside one name instead.
import { curatedGroup, givenNameGender, isCountry } from './gazetteer.js';
import { TITLE_WORDS } from './lexicon.js';
import { isSpaceGap, type Token } from './text.js';

/** A saint's title heading a place or church name ("Saint-Orvin", "Sankt-Petri"). */
export const SAINTS = new Set(['Saint', 'Sainte', 'St', 'Ste', 'San', 'Santa', 'Santo', 'São', 'Sankt']);

/**
 * Whether token `j`, after a bare hyphen, goes on the name of token `j - 1`: a place's saint
 * ("Saint-Orvin", "San-Martín"), a short last part no name alone ("Marra-La"), or the second of a
 * double given name before the surname ("Jean-Luc Varenne"), or a country whose name is the
 * compound ("Royaume-Uni", "Nouvelle-Zélande"). Never two countries ("Norway-Sweden").
 */
export function hyphenedName(tokens: Token[], caps: boolean[], body: string, j: number): boolean {
  const first = tokens[j - 1].text;
  const second = tokens[j].text;
  // The gazetteer's country names in the news languages: read apart, "Uni" or "Zélande" was a name of its own.
  if (caps[j] && curatedGroup(`${first}-${second}`)?.type === 'place' && !isCountry(first) && !isCountry(second)) return true;
  if (!caps[j] || !/^\p{Lu}\p{Ll}?/u.test(second) || isCountry(second)) return false;
  if (SAINTS.has(first) || /^\p{Lu}\p{Ll}?$/u.test(second)) return true;
  const next = tokens[j + 1];
  if (givenNameGender(first) !== null && !!next && caps[j + 1] && isSpaceGap(body, tokens[j].end, next.start) && /^\p{Lu}\p{Ll}/u.test(next.text) && !isCountry(next.text)) return true;
  return doubleSurname(tokens, caps, body, j);
}

const WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Dana Kellor-Voss said": a name word, then two capitalised words joined by a hyphen that end the
 * name, is one person with a double surname. Not after an office word ("President Roe-Kim talks"),
 * nor when the second part is a country or a given name (two people or two states meeting), unless
 * both parts are given names ("Karine Jean-Pierre").
 */
function doubleSurname(tokens: Token[], caps: boolean[], body: string, j: number): boolean {
  const given = tokens[j - 2];
  const next = tokens[j + 1];
  if (!given || !caps[j - 2] || !isSpaceGap(body, given.end, tokens[j - 1].start)) return false;
  if (!WORD.test(given.text) || !WORD.test(tokens[j - 1].text) || !WORD.test(tokens[j].text)) return false;
  if (TITLE_WORDS.has(given.text.toLowerCase()) || isCountry(given.text) || isCountry(tokens[j - 1].text)) return false;
  // "Karine Jean-Pierre": a double given name after a name word is the surname; otherwise a given
  // name after the hyphen is another person's ("Kellor-Anna talks").
  if (givenNameGender(tokens[j].text) !== null && givenNameGender(tokens[j - 1].text) === null) return false;
  return !next || !caps[j + 1] || !isSpaceGap(body, tokens[j].end, next.start);
}
