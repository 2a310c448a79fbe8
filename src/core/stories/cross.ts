// Evidence that survives translation: the keys under which one name or number meets itself in
// another language or script. "Скрипаль", "Skripal" and "Skripals" share a key, as do "Moskau",
// "Moscou" and "Москва"; "23" is "23" everywhere. Words do not survive translation, so they are
// left to the within-language vectors.
import { foldName, hasUnspacedScript } from '../extract/index.js';

const KEY_CHARS = 5;
const cache = new Map<string, string | null>();
const CACHE_LIMIT = 100_000;

/**
 * A cross-script key for a name token: the shared name key (romanised, diacritics, case and
 * common transliteration variants folded), with the letters that schemes of different languages
 * spell one sound with folded further (th/t, c/k, ch/h, z/s, v/b), cut to its first letters so
 * that case endings and exonym tails ("Skripalya", "Moskau"/"Moskva") meet. Null for tokens too
 * short to tell names apart.
 */
export function crossNameKey(token: string): string | null {
  let key = cache.get(token);
  if (key === undefined) {
    const folded = foldName(token)
      .replace(/[^a-z]/g, '')
      .replace(/th/g, 't')
      .replace(/ch/g, 'h')
      .replace(/[cq]/g, 'k')
      .replace(/z/g, 's')
      .replace(/v/g, 'b')
      .replace(/(.)\1+/g, '$1');
    key = folded.length >= 4 ? folded.slice(0, KEY_CHARS) : null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, key);
  }
  return key;
}

/**
 * A key for a number as written ("23", "1,500", "1.500", "4-2"): its digits only, so that
 * thousands separators of every locale meet. Single digits say too little to link anything.
 */
export function crossNumberKey(token: string): string | null {
  // Leading zeros say nothing ("05" is a day, "000" a fragment of a grouped number).
  const digits = token.replace(/\D/g, '').replace(/^0+/, '');
  return digits.length < 2 || digits.length > 10 ? null : digits;
}

// The zero of each script's decimal digits that news is written with besides ASCII: Arabic-Indic,
// Persian, Devanagari, Bengali, Thai and full-width (Chinese and Japanese).
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10];
const NON_ASCII = /[^\u0000-\u007f]/;

/** The token with the decimal digits of other scripts written as ASCII ("٢٠٢٣", "２０２３" -> "2023"). */
export function asciiDigits(token: string): string {
  // Most numbers are ASCII already: no string rebuilt for them.
  if (!NON_ASCII.test(token)) return token;
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    const zero = c > 127 ? DIGIT_ZEROS.find((z) => c >= z && c <= z + 9) : undefined;
    out += zero === undefined ? token[i] : String.fromCharCode(48 + c - zero);
  }
  return out;
}

// A token not led by an ASCII digit holds a number when it opens on another script's digit, or
// when it is a run of a script written without spaces with a digit in it.
const DIGIT_RANGES = DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('');
const OTHER_DIGIT = new RegExp(`^[${DIGIT_RANGES}]`);
const ANY_DIGIT = new RegExp(`[0-9${DIGIT_RANGES}]`);

/** Whether a token that does not open on an ASCII digit may hold a number (see crossNumberKeys). */
export const mayHoldNumber = (token: string): boolean => OTHER_DIGIT.test(token) || (ANY_DIGIT.test(token) && hasUnspacedScript(token));

/**
 * The number keys of a token: one for a number as written, or in a script written without spaces,
 * where a run of text is one token ("2024年3月26日", "死者は2946人"), one per run of digits in it.
 */
export function crossNumberKeys(token: string): string[] {
  const ascii = asciiDigits(token);
  if (!hasUnspacedScript(ascii)) {
    const key = /^\d/.test(ascii) ? crossNumberKey(ascii) : null;
    return key === null ? [] : [key];
  }
  const keys: string[] = [];
  for (const run of ascii.match(/\d+/g) ?? []) {
    const key = crossNumberKey(run);
    if (key !== null) keys.push(key);
  }
  return keys;
}
