// Name normalisation: the keys under which two spellings of one name meet. Transliteration of
// Russian and Arabic names varies by outlet and by the outlet's language (Dmitry/Dmitri,
// Hamid/Hameed, Hakim/al-Hakim, Chernov/Tschernow/Tchernov, Чернов), so keys first
// romanise other scripts (any-ascii) and then fold spelling conventions, keeping distinct names apart.
import anyAscii from 'any-ascii';
import { GENERIC_ORG_WORDS, NAME_PARTICLES } from './lexicon.js';

const PARTICLE_RE = new RegExp(`^(?:${[...NAME_PARTICLES].join('|')})[-\\s]`, 'i');
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'to', 'de', 'du', 'la', 'le', 'van', 'von', 'der']);

/** Lowercase, diacritics and typographic apostrophes folded. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Drops a leading Arabic article or similar particle: "al-Khadra" -> "Khadra". */
export function stripParticle(token: string): string {
  const stripped = token.replace(PARTICLE_RE, '');
  return stripped.length > 1 ? stripped : token;
}

/**
 * Latin letters for any script: Cyrillic, Greek, Arabic and others through any-ascii. Three digraphs
 * that any-ascii writes letter by letter are given the form news romanisations use: Greek ου is "ou",
 * Russian ё is "yo" and ье "ye" (Pyotr, Savelyev). Latin text only loses its diacritics.
 */
export function romanise(s: string): string {
  if (!/[^\u0000-\u024f\u2018-\u201f]/.test(s)) {
    // Letters with no decomposition ("ł", "ø", "ß", "đ") are spelt out, not dropped: "Zełenski" is "zelenski".
    const folded = foldText(s);
    return /[^\u0000-\u007f\u2018-\u201f]/.test(folded) ? anyAscii(folded) : folded;
  }
  const prepared = s
    .replace(/[οό][υύ]/g, 'ou')
    .replace(/[ΟΌ][υύΥ]/g, 'Ou')
    // Greek writes b, d, g and j of other languages' names as digraphs (ELOT 743): "Μπάιντεν",
    // "Ντόναλντ", "Γκοταμπάγια", "Ρατζαπάξα"; mb, nd, ng inside a word.
    .replace(/(?<!\p{L})[Μμ][Ππ]/gu, 'b')
    .replace(/(?<!\p{L})[Νν][Ττ]/gu, 'd')
    .replace(/(?<!\p{L})[Γγ][Κκ]/gu, 'g')
    .replace(/μπ/g, 'mb')
    .replace(/ντ/g, 'nd')
    .replace(/γ[κγ]/g, 'ng')
    .replace(/[Ττ]ζ/g, 'j')
    .replace(/[ьъ]?ё/g, 'йо')
    .replace(/[ьъ]е/g, 'йе');
  return anyAscii(prepared).toLowerCase();
}

/** One token folded to a spelling-insensitive skeleton. */
export function translitToken(token: string): string {
  let t = romanise(token).replace(/'s$/, '').replace(/[^a-z0-9]/g, '');
  if (t.length <= 2 || /^[0-9]+$/.test(t)) return t;
  t = t
    // German and French romanisations of Russian names: Tschernow, Tchernov, Sergej.
    .replace(/tsch/g, 'ch')
    // Polish spelling: "sz" is "sh" (Poroszenko), "cz" is "ch" (Czerwenko).
    .replace(/sz/g, 'sh')
    .replace(/cz/g, 'ch')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/j/g, 'i')
    .replace(/^ye/, 'e')
    .replace(/x/g, 'ks')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    // Romanian romanisation writes a hard g before e and i as "gh": Serghei, Gheorghe.
    .replace(/gh(?=[ei])/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/tch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    // Gulyaev/Gulyayev: a glide between two vowels is written or not.
    .replace(/([aeiou])i(?=[aeiou])/g, '$1')
    .replace(/([aeiou])h$/, '$1')
    .replace(/(.)\1+/g, '$1');
  return t;
}

/**
 * A coarser key than translitToken for one word of a transliterated name: each outlet writes a
 * Russian name in its own language's letters (Tarazhin/Tarajine/Taraschin, Yevgeny/Evgueni/
 * Jewgeni, Lupkin/Loupkine, Shoigu/Choïgou, -ov/-ow/-off), and a Portuguese or Spanish one with or
 * without its z/s (Luiz/Luis). The sibilants zh/j/sh/ch/sch/tsch are one class, a glide before the
 * first vowel is dropped, and French -ine is -in. Used to group names across languages only,
 * never as the written key: English ch and French ch differ, and a key that distinct names share is
 * only safe where the rest of the name agrees too.
 */
export function soundToken(token: string): string {
  let t = romanise(token).replace(/'s$/, '').replace(/[^a-z0-9]/g, '');
  if (t.length <= 2 || /^[0-9]+$/.test(t)) return t;
  t = t
    .replace(/^[yj](?=[aeu])/, '')
    .replace(/[iy]j$/, 'i')
    .replace(/([aeiou])[jy]$/, '$1i')
    .replace(/t?sch|tch|zh|sh|ch|sz|cz|j/g, '3')
    .replace(/x/g, 'ks')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/gh(?=[ei])/g, 'g')
    .replace(/kh/g, 'h')
    .replace(/c(?=[aouklrt]|$)/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ou|oo/g, 'u')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/([aeiou])i(?=[aeiou])/g, '$1')
    .replace(/(.)\1+/g, '$1')
    .replace(/of$/, 'ov')
    .replace(/ine$/, 'in');
  return t;
}

/** Languages whose given names and surnames take case endings ("Томаса Хейла", "Tomasza Halskiego"). */
const DECLINING = new Set(['ru', 'uk', 'be', 'pl', 'cs', 'sk']);
/**
 * Case endings of a name word, romanised, longest first: Russian, Ukrainian and Belarusian genitive,
 * dative, instrumental and prepositional ("Томаса", "Томасу", "Томасом", "Хейлові", "Ивановой",
 * "Сергея"), Polish and Czech ("Tomaszowi", "Tomaszem", "Halskiego", "Halskiemu", "Novákovi").
 */
const CASE_ENDING = /(?:iego|iemu|ego|emu|eho|ogo|omu|owi|ovi|evi|om|em|ym|im|oy|oj|ej|ou|ya|yu|a|u|e|y|i)$/;

/**
 * The romanised forms one word of a name may stand for: the word, and in a language whose names
 * decline (any Cyrillic word, or `language` Russian, Ukrainian, Belarusian, Polish, Czech or
 * Slovak) its stem without a case ending, when three letters or more are left. A nominative and
 * its oblique forms share the stem ("Хейл", "Хейла", "Хейлом"; "Дана", "Даны"); so do a
 * feminine and its oblique form ("Иванова", "Ивановой").
 */
export function caseForms(word: string, language: string | null): string[] {
  const plain = romanise(word).replace(/[^a-z]/g, '');
  if (!(/[\u0400-\u04ff]/u.test(word) || DECLINING.has(language ?? ''))) return [plain];
  const stem = plain.replace(CASE_ENDING, '');
  return stem.length >= 3 && stem !== plain ? [plain, stem] : [plain];
}

/**
 * The consonants of a name word as soundToken folds it, an h after a consonant dropped ("th",
 * "kh"): what one name keeps when one outlet writes it in Latin letters and another transcribes
 * how it sounds in Cyrillic ("Thomas Hale", "Томас Хейл" are "tms hl" both). Weak on its own (Hale
 * and Hill share it): for comparing a name across scripts, every word of it at once.
 */
export function consonantKey(word: string): string {
  return soundToken(word).replace(/([^aeiou])h/g, '$1').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

const soundCache = new Map<string, string>();

/** A whole name's sound key (soundToken word by word): see soundToken. */
export function soundKey(name: string): string {
  return cached(soundCache, name, (n) => nameWords(n).map(soundToken).join(' '));
}

/** Splits a name into its word tokens, particles detached, acronym dots removed. */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.replace(/(\p{Lu})\.(?=\p{Lu}?\.?)/gu, '$1').split(/[\s\u00a0]+/)) {
    if (!raw) continue;
    const word = raw.replace(/['’]s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) continue;
    const bare = stripParticle(word);
    for (const part of bare.split('-')) if (part) out.push(part);
  }
  return out;
}

const keyCache = new Map<string, string>();

/**
 * A name as a string of its own: a name sliced out of an article can share the article's memory
 * (V8 slices strings of 13 characters or more), and a cached one would keep the article alive.
 */
function ownCopy(name: string): string {
  return name.length < 13 ? name : (JSON.parse(JSON.stringify(name)) as string);
}

/** A bounded cache of a function of a name (the key functions below): names repeat across a corpus. */
export function cached<T>(cache: Map<string, T>, name: string, make: (name: string) => T): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = make(name);
    if (cache.size > 50_000) cache.clear();
    cache.set(ownCopy(name), value);
  }
  return value;
}

const coreCache = new Map<string, string>();
const initialsCache = new Map<string, string>();

/**
 * Key for exact-variant matching: script (Cyrillic, Greek, Arabic romanised), transliteration
 * conventions, particles, case and apostrophes folded. "Чернов", "Tschernow" and "Chernov"
 * share one key. Words are space-separated in the key. Exported as `foldName`.
 */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = nameWords(name).map(translitToken).join(' ');
    // Names repeat across a corpus; the cache is bounded so a long run cannot grow it forever.
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(ownCopy(name), key);
  }
  return key;
}

/** Key with generic organisation words ("Front", "Jabhat") removed: the name's distinctive core. */
export function coreKey(name: string): string {
  return cached(coreCache, name, makeCoreKey);
}

function makeCoreKey(name: string): string {
  // Loops, not filter and map: see initials.
  const parts: string[] = [];
  for (const w of nameWords(name)) {
    const lower = w.toLowerCase();
    if (!GENERIC_ORG_WORDS.has(lower) && !CONNECTORS.has(lower)) parts.push(translitToken(w));
  }
  return parts.join(' ');
}

/** Initial letters of the content words: "Islamic State of Iraq and the Levant" -> "ISIL". */
export function initials(name: string): string {
  return cached(initialsCache, name, makeInitials);
}

function makeInitials(name: string): string {
  // A loop, not filter and map: map's result is packed or holey depending on whether the caller is
  // optimized yet, and each new kind deoptimized the entity passes these are inlined into.
  let out = '';
  for (const w of nameWords(name)) if (!CONNECTORS.has(w.toLowerCase())) out += w[0].toUpperCase();
  return out;
}

export function isAcronym(token: string): boolean {
  if (token.length < 2 || token.length > 12) return false;
  const bare = token.includes('.') ? token.replace(/\./g, '') : token;
  return bare.length >= 2 && bare.length <= 6 && /^\p{Lu}+$/u.test(bare);
}

/** Levenshtein distance, capped: returns cap+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, cap = 2): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two keys are spelling variants: equal, or one edit apart on long enough words, word by word. */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => w === wb[i] || (w.length >= 6 && w[0] === wb[i][0] && editDistance(w, wb[i], 1) <= 1));
}

/**
 * "Anton Rusak" within "Anton Pavel Rusak", "Marcos Inácio" and "Tavo da Lima" within "Marcos
 * Inácio Tavo da Lima": the shorter names (two words or more, in order, holding the longer name's first
 * or last word) that one longer name of `keys` extends. Returns pairs [shorter, longer]; a short
 * name that two longer names extend, neither within the other, stays alone.
 */
export function middleNamePairs(keys: Iterable<string>): [string, string][] {
  const out: [string, string][] = [];
  const unique = new Set(keys);
  // Most articles name nobody in three words: nothing to extend.
  let long = false;
  for (const k of unique) if (k.indexOf(' ') !== k.lastIndexOf(' ')) long = true;
  if (!long) return out;
  const all = [...unique].map((k) => k.split(' '));
  const byWord = new Map<string, string[][]>();
  for (const w of all) {
    if (w.length < 3) continue;
    for (const word of new Set(w)) {
      const list = byWord.get(word);
      if (list) list.push(w);
      else byWord.set(word, [w]);
    }
  }
  for (const short of all) {
    if (short.length < 2) continue;
    // Candidates from the short name's rarest word: a common given name heads long lists.
    let pool: string[][] | undefined;
    for (const word of short) {
      const list = byWord.get(word);
      if (!list) {
        pool = undefined;
        break;
      }
      if (!pool || list.length < pool.length) pool = list;
    }
    if (!pool) continue;
    const longer = pool.filter((long) => long.length > short.length && extends_(long, short));
    if (!longer.length) continue;
    const widest = longer.reduce((a, b) => (b.length > a.length ? b : a));
    if (longer.every((l) => l === widest || inOrder(widest, l))) out.push([short.join(' '), widest.join(' ')]);
  }
  return out;
}

/** `short`'s words within `long` in order, holding its first or its last word. */
function extends_(long: string[], short: string[]): boolean {
  if (short[0] !== long[0]) {
    // "La Vega" in "Premio Orvin de la Vega": a name after a connector is what the longer one is of, not its tail.
    const at = long.indexOf(short[0]);
    if (at > 0 && OF_WORDS.has(long[at - 1])) return false;
  }
  return (short[0] === long[0] || short[short.length - 1] === long[long.length - 1]) && inOrder(long, short);
}

/** Connectors that make what follows them the complement of the name before ("Bishop of Lund", "Premio de la Paz"). */
const OF_WORDS = new Set(['of', 'de', 'del', 'du', 'des', 'di', 'do', 'dos', 'von', 'vom']);

function inOrder(long: string[], short: string[]): boolean {
  let k = 0;
  for (const w of long) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}

/** The script of a name's first letter: 'Latin', 'Cyrillic', 'Arabic', … ('other' for none). */
export function scriptOf(name: string): string {
  const letter = /\p{L}/u.exec(name)?.[0] ?? '';
  for (const s of SCRIPTS) if (s[1].test(letter)) return s[0];
  return 'other';
}

const SCRIPTS: [string, RegExp][] = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai', 'Georgian', 'Armenian'].map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')]);
