// Names across scripts that write no capitals. Arabic, Persian, Hebrew, Devanagari and Korean
// words, and Japanese katakana, carry no capital to say "this is a name", and Arabic and Hebrew
// leave most vowels unwritten: "ماكرون" romanises to "mkrwn", "マクロン" to "makuron". What the
// spellings of one name keep in common across those scripts and the Latin, Cyrillic or Greek
// one is its consonant skeleton, in classes of sounds each script's transliteration merges
// (voiced with voiceless, l with r, which Japanese and Chinese do not tell apart): "Macron",
// "ماكرون" and "マクロン" are all M-K-R-N. A skeleton meets a name written with capitals through
// the cross-language key of that name (see skeleton-keys.ts), never a word of a cased script.
import { ara, ben, fas, heb, hin, kor, urd } from 'stopword';
import { romanise } from '../extract/index.js';

// Fewer symbols than this tell too little apart ("Raisi" is R-S, as is half a lexicon). A word of
// Arabic, Hebrew or the like is any word, not only a name: a skeleton of three symbols is some
// capitalised name's as often as not, so those take four. Katakana is mostly names already.
const MIN_SYMBOLS = 3;
const MIN_SPACED_SYMBOLS = 4;
// A skeleton is cut to its first symbols, so that case endings and suffixes meet ("Макрона").
const MAX_SYMBOLS = 5;
// The symbol of a word's opening vowel (or h, w, y, glottal stop): "Ursula" is V-R-S-R, and so
// is "أورسولا", but not "لصورة" (R-S-R).
const OPENING_VOWEL = 'V';

// Digraphs of transliteration that stand for one consonant, before the single letters.
const DIGRAPHS: [RegExp, string][] = [
  [/[scz]h/g, 's'],
  [/ts/g, 's'],
  [/[kg]h/g, 'k'],
  [/[td]h/g, 't'],
  [/ph/g, 'p'],
  [/c(?=[eiy])/g, 's'],
];
const CLASS: Record<string, string> = { b: 'P', p: 'P', f: 'P', v: 'P', d: 'T', t: 'T', g: 'K', k: 'K', q: 'K', c: 'K', s: 'S', z: 'S', j: 'J', l: 'R', r: 'R', m: 'M', n: 'N' };

/** What marks a cross-language key as a caseless script's skeleton (no name key starts with it). */
export const SKELETON_PREFIX = '§';

const cache = new Map<string, string | null>();
const CACHE_LIMIT = 100_000;

/**
 * The consonant skeleton of a name written in any script: its romanised consonants as classes
 * (P T K S J R M N), repeats folded, vowels, h, w, y and glottal marks left out but for a V when
 * the name opens on one, cut to five symbols; null under three. "Zelensky", "زيلينسكي" and
 * "ゼレンスキー" are all "SRNSK"; "Ebrahim", "إبراهيم" and "エブラヒム" "VPRM".
 */
export function consonantSkeleton(token: string): string | null {
  let out = cache.get(token);
  if (out === undefined) {
    // The small tsu doubles the next consonant, which a skeleton folds anyway ("クロッカス").
    let latin = romanise(token.replace(/ッ/g, '')).toLowerCase();
    for (const [re, to] of DIGRAPHS) latin = latin.replace(re, to);
    let skeleton = latin.length > 0 && CLASS[latin[0]] === undefined && latin[0] !== 'x' ? OPENING_VOWEL : '';
    for (const ch of latin) {
      // x is two consonants: "Alexander", "ألكسندر".
      for (const cls of ch === 'x' ? 'KS' : (CLASS[ch] ?? '')) if (!skeleton.endsWith(cls)) skeleton += cls;
    }
    out = skeleton.length >= MIN_SYMBOLS ? skeleton.slice(0, MAX_SYMBOLS) : null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(token, out);
  }
  return out;
}

// Scripts whose letters have no case, written with spaces between words: every word may be a name.
const SPACED_CASELESS = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Hangul}]/u;
// The Arabic article and the prepositions and conjunctions fused with it: "الأسد", "للرئيس". After
// a fused letter, the same letters also open names ("فالنسيا" is Valencia): both are read.
const ARABIC_ARTICLE = /^(?:[وف]?لل|ال)(?=\p{L}{2})/u;
const FUSED_ARTICLE = /^[وفبك]ال(?=\p{L}{2})/u;
// "And the" ("والسواحل", and the coasts) opens so many words that read whole they would be V-R-
// and any name opening on a vowel and an l or r ("Ursula" V-R-S-R): such a word is read without it.
const AND_THE = /^وال(?=\p{L}{2})/u;
// The function words of those scripts, with a fused conjunction too ("ولكن", but): a skeleton of
// one ("Ulkan" for "ولكن") is a coincidence in every report of that language.
const FUNCTION_WORDS = new Set([ara, ben, fas, heb, hin, kor, urd].flat());
const CONJUNCTION = /^[وف](?=\p{L}{2})/u;
const isFunctionWord = (token: string): boolean => FUNCTION_WORDS.has(token) || (CONJUNCTION.test(token) && FUNCTION_WORDS.has(token.slice(1)));
// Katakana (with the long-vowel mark): what Japanese writes foreign names in; "・" parts a full name.
const KATAKANA_RUN = /[\u30a1-\u30fa\u30fc]{3,}/g;
// Japanese writes English and Dutch names as British English sounds them: an r before a consonant
// or at the end is a long vowel ("Carter" カーター, "Kessport" ケスポート). After an a, e or o the
// mark may stand for that r, so those runs are also read with it as one ("カルタル" is K-R-T-R);
// after an i or u it is a long vowel ("ピーター" is Peter). At most this many marks are tried both ways,
// and a reading with an r added needs four symbols: "ツイッター" (Twitter) read with one is S-T-R,
// which any "Chester" has.
const LONG_VOWEL = /(?<=[\u30a1-\u30fa])\u30fc/g;
const MAX_LONG_VOWELS = 2;
const MIN_R_READING_SYMBOLS = 4;

/** Whether a token opening or ending on a character beyond Latin, Greek and Cyrillic may hold caseless names (see caselessSkeletons). */
export const mayBeCaseless = (token: string): boolean => token.charCodeAt(0) >= 0x590 || token.charCodeAt(token.length - 1) >= 0x590;

/**
 * The names a token of a caseless script may hold, as [skeleton, written form]: the word itself
 * (without a fused Arabic article) in a spaced script unless it is a function word, each katakana
 * run in Japanese. Empty otherwise.
 */
export function caselessSkeletons(token: string): [string, string][] {
  if (SPACED_CASELESS.test(token)) {
    if (isFunctionWord(token)) return [];
    const bare = token.replace(FUSED_ARTICLE, '');
    const forms = AND_THE.test(token) ? [bare] : FUSED_ARTICLE.test(token) ? [token, bare] : [token.replace(ARABIC_ARTICLE, '')];
    const out: [string, string][] = [];
    for (const form of forms) {
      const skeleton = consonantSkeleton(form);
      if (skeleton !== null && skeleton.length >= MIN_SPACED_SYMBOLS && !out.some(([s]) => s === skeleton)) out.push([skeleton, token]);
    }
    return out;
  }
  const out: [string, string][] = [];
  for (const run of token.match(KATAKANA_RUN) ?? []) {
    longVowelReadings(run).forEach((reading, i) => {
      const skeleton = consonantSkeleton(reading);
      if (skeleton === null || (i > 0 && skeleton.length < MIN_R_READING_SYMBOLS) || out.some(([s]) => s === skeleton)) return;
      out.push([skeleton, run]);
    });
  }
  return out;
}

/** A katakana run as written, then with each subset of its long-vowel marks after a, e or o read as an r (ル). */
function longVowelReadings(run: string): string[] {
  const marks = [...run.matchAll(LONG_VOWEL)].map((m) => m.index!).filter((i) => /[aeo]$/.test(romanise(run[i - 1])));
  const readings = [run];
  for (const at of marks.slice(0, MAX_LONG_VOWELS)) {
    for (const r of readings.slice()) readings.push(r.slice(0, at) + 'ル' + r.slice(at + 1));
  }
  return readings;
}
