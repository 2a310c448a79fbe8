// Names written with a hyphen. The tokenizer parts a capitalised compound at its hyphens so the
// names inside are seen ("Norway-US", "anti-NATO"); a few hyphens are inside one name instead.
import { givenNameGender, isCountry } from './gazetteer.js';
import { isSpaceGap, type Token } from './text.js';

/** A saint's title heading a place or church name ("Saint-Orvin", "Sankt-Petri"). */
export const SAINTS = new Set(['Saint', 'Sainte', 'St', 'Ste', 'San', 'Santa', 'Santo', 'São', 'Sankt']);

/**
 * Whether token `j`, after a bare hyphen, goes on the name of token `j - 1`: a place's saint
 * ("Saint-Orvin", "San-Martín"), a short last part no name alone ("Marra-La"), or the second of a
 * double given name before the surname ("Jean-Luc Varenne"). Never a country ("Norway-Sweden").
 */
export function hyphenedName(tokens: Token[], caps: boolean[], body: string, j: number): boolean {
  const first = tokens[j - 1].text;
  const second = tokens[j].text;
  if (!caps[j] || !/^\p{Lu}\p{Ll}?/u.test(second) || isCountry(second)) return false;
  if (SAINTS.has(first) || /^\p{Lu}\p{Ll}?$/u.test(second)) return true;
  const next = tokens[j + 1];
  return givenNameGender(first) !== null && !!next && caps[j + 1] && isSpaceGap(body, tokens[j].end, next.start) && /^\p{Lu}\p{Ll}/u.test(next.text) && !isCountry(next.text);
}
