// Turns an article into weighted features for story clustering: content-word stems, proper names
// (capitalised mid-sentence tokens, which carry most of what distinguishes one story from another
// that shares its general vocabulary) and, when the extraction stage ran, its resolved entities.
import { wireName } from '../ingest/index.js';
import type { Article, ArticleExtraction } from '../types.js';
import { articleTime, leadOf, openingOf } from './article-time.js';
import { isCalendarOrTitle } from './calendar-words.js';
import { crossNameKey, crossNumberKeys, mayHoldNumber } from './cross.js';
import { leadPeople } from './lead-people.js';
import { caselessSkeletons, consonantSkeleton, mayBeCaseless, SKELETON_PREFIX } from './skeleton.js';
import { opensInPastPerfect } from './retelling.js';
import { ownTime, yearOn, type OwnTime, type YearSpan } from './yearless.js';

const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself no nor not now of off on once only or other our ours ourselves out over ' +
    'own same she should so some such than that the their theirs them themselves then there these ' +
    'they this those through to too under until up very was we were what when where which while who ' +
    'whom why will with would you your yours yourself yourselves said says say told tell added ' +
    'according one two three new also since however still yet even may might must shall us mr ms ' +
    'year years month months week weeks day days today yesterday monday tuesday wednesday thursday ' +
    'friday saturday sunday first last next many much well like get got make made'
  ).split(' '),
);

/** Light suffix stripping: enough to fold plurals and verb forms, cheap enough for 100k articles. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

function undouble(w: string): string {
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'lsz'.includes(w[n - 1])) return w.slice(0, -1);
  return w;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Normalises a name to a feature key: case, apostrophes, a leading Arabic article and diacritics folded. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\b(?:al|el|ad|as|ash|an)-/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface FeatureCounts {
  /** feature -> raw count */
  counts: Map<string, number>;
  /** name feature -> its first surface form, for story labels */
  surfaces: Map<string, string>;
  /** Cross-language keys of people's names and of figures. */
  named: Set<string>;
  /** Of those, the numbers under a hundred. */
  small: Set<string>;
  /** Cross-language key -> the consonant skeleton of its name (see skeleton.ts). */
  skeletons: Map<string, string>;
}

/**
 * Everything story assignment needs from one article's text, computed from that article alone:
 * the per-article stage computes it in parallel and stores it, so the serial placement step never
 * reads bodies. Plain arrays, so it is stored as compact JSON.
 */
export interface StoryFeatures {
  /** Feature codes (see `featureCode`), in first-seen order. */
  terms: number[];
  /** Raw count of each term. */
  counts: number[];
  /** Name feature code -> its first surface form, for story labels. */
  surfaces: [number, string][];
  /** Day-number range of the article's events: its date, else the period its text points to. */
  time: [number, number] | null;
  /** Opening sentence, the story's title when no member has a headline. */
  lead: string;
  /** ISO 639-1 language of the article, when known (absent in features stored by older versions). */
  language?: string | null;
  /** For an undated article, the days of the year its text's year-less dates point to (see yearless.ts). */
  stated?: YearSpan | null;
  /** For an undated article, what its text says of when its events happened; for a dated one, only that it counts time since an event (see yearless.ts). */
  own?: OwnTime | null;
  /** For an undated article, the people its opening sentence names in full, as cross-key codes per name (see lead-people.ts). */
  people?: number[][] | null;
  /** The cross-language keys (codes) of the words of the people extraction names, and of the figures: what counts in full across languages (see consolidate.ts). */
  named?: number[] | null;
  /** Of those, the numbers under a hundred (a day of the month, a small count): too common to join reports on their own. */
  small?: number[] | null;
  /**
   * [cross-language key, its name's consonant skeleton] codes: a capitalised name's key and its
   * skeleton's, or a caseless script's skeleton key twice (see skeleton.ts, skeleton-keys.ts).
   */
  skeletons?: [number, number][] | null;
}

export function storyFeatures(article: Article, extraction?: ArticleExtraction): StoryFeatures {
  const { counts, surfaces, named, small, skeletons } = extractFeatures(article, extraction);
  const stated = article.published ? null : ownTime(article.body, article.language);
  // A dated report too says whether it counts time since an event: its story is then a later event's (see peel.ts).
  let own = yearOn(article.headline, article.body) ? { day: null, news: false, lastYear: null, ...stated, yearOn: true } : stated;
  const time = articleTime(article);
  const opening = openingOf(article);
  const lead = leadOf(article, opening);
  // An undated report with a time of its own that opens in the past perfect looks back on its events.
  if (!article.published && time && opensInPastPerfect(opening, article.language)) {
    own = { day: null, news: false, lastYear: null, ...own, looksBack: time[0] };
  }
  const people = article.published || !extraction ? [] : leadPeople(extraction, article.body);
  return {
    terms: [...counts.keys()].map(featureCode),
    counts: [...counts.values()],
    surfaces: [...surfaces].map(([f, s]) => [featureCode(f), s]),
    time,
    lead,
    language: article.language ?? null,
    stated: own?.day == null ? null : [own.day, 0],
    own,
    people: people.length > 0 ? people.map((keys) => keys.map((k) => featureCode(CROSS_PREFIX + k))) : null,
    named: named.size > 0 ? [...named].map((k) => featureCode(CROSS_PREFIX + k)) : null,
    small: small.size > 0 ? [...small].map((k) => featureCode(CROSS_PREFIX + k)) : null,
    skeletons: skeletons.size > 0 ? [...skeletons].map(([k, s]) => [featureCode(CROSS_PREFIX + k), featureCode(CROSS_PREFIX + SKELETON_PREFIX + s)]) : null,
  };
}

const NAME_PREFIX = 'n:';
const ENTITY_PREFIX = 'e:';
const CROSS_PREFIX = 'x:';

// A feature travels from the per-article stage to the serial placement step as a small integer
// code: a 28-bit hash of its key, with its kind in the two low bits. Integers parse and key maps
// far faster than strings (placement looks up every feature of every article); two rare keys that
// share a hash (about one in 500 at a million distinct keys) merely share their weight.
const WORD_KIND = 0;
const NAME_KIND = 1;
const ENTITY_KIND = 2;
// Cross-language keys (see cross.ts): not part of the within-language vector, only of the
// evidence that ties threads in different languages into one story.
const CROSS_KIND = 3;
const codeCache = new Map<string, number>();

export function featureCode(key: string): number {
  let code = codeCache.get(key);
  if (code === undefined) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    const kind = key.startsWith(ENTITY_PREFIX)
      ? ENTITY_KIND
      : key.startsWith(NAME_PREFIX)
        ? NAME_KIND
        : key.startsWith(CROSS_PREFIX)
          ? CROSS_KIND
          : WORD_KIND;
    code = ((h >>> 4) << 2) | kind;
    if (codeCache.size >= CACHE_LIMIT) codeCache.clear();
    codeCache.set(key, code);
  }
  return code;
}

export function isEntityFeature(code: number): boolean {
  return (code & 3) === ENTITY_KIND;
}

export function isNameFeature(code: number): boolean {
  const kind = code & 3;
  return kind === NAME_KIND || kind === ENTITY_KIND;
}

export function isCrossFeature(code: number): boolean {
  return (code & 3) === CROSS_KIND;
}

// The headline and opening paragraph state what the story is about; the rest adds background that
// neighbouring stories share.
const LEAD_WEIGHT = 2;
// Two words of a name of three letters or more and shorter than this (a cross-language key's
// length) that run together are also joined into one key (an initial or a title is no part of it).
const SHORT_NAME_WORD = 5;
const LEAD_CHARS = 400;

// Words and names repeat across articles; caching their normal forms keeps feature extraction
// cheap at 100k articles. The caches are bounded so a long-running process does not grow forever.
const CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string | null>();
const nameCache = new Map<string, string>();

/** The word's stem, or null for a stopword, number or single character. */
function wordFeature(lower: string): string | null {
  let f = stemCache.get(lower);
  if (f === undefined) {
    f = lower.length < 2 || STOPWORDS.has(lower) || /^\d+$/.test(lower) ? null : stem(lower);
    if (stemCache.size >= CACHE_LIMIT) stemCache.clear();
    stemCache.set(lower, f);
  }
  return f;
}

function nameFeature(surface: string): string {
  let f = nameCache.get(surface);
  if (f === undefined) {
    f = NAME_PREFIX + nameKey(surface);
    if (nameCache.size >= CACHE_LIMIT) nameCache.clear();
    nameCache.set(surface, f);
  }
  return f;
}

// A token is either a sentence boundary or a word; boundaries are what tell a name from a
// sentence-initial capital. The tokens are those of
//   /([.!?:\n])|([\p{L}\p{N}][\p{L}\p{N}'’-]*)|(\S)/gu
// read by hand: a word starts at a letter or digit and goes on over letters, digits, apostrophes
// and hyphens; any other character that is not a space is a token of its own. A regex match
// object per token was a third of the time of reading an article.
const WORD_CHAR = 1;
const SPACE_CHAR = 2;
const OTHER_CHAR = 3;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WHITE = /^\s$/u;
/** Kind of each character of the Basic Multilingual Plane, filled as met (0: not yet). */
const kinds = new Uint8Array(0x10000);

function kindOf(char: string): number {
  return LETTER_OR_DIGIT.test(char) ? WORD_CHAR : WHITE.test(char) ? SPACE_CHAR : OTHER_CHAR;
}

/** Kind of the character (code point of `width` code units) at `at`. */
function charKind(text: string, at: number, width: number): number {
  if (width === 2) return kindOf(text.slice(at, at + 2));
  const c = text.charCodeAt(at);
  return kinds[c] || (kinds[c] = kindOf(text[at]));
}

// What separates a number's groups of three digits: comma, dot, apostrophe, a space of any width.
const GROUP_SEPARATORS = new Set([44, 46, 39, 32, 0xa0, 0x202f, 0x2009, 0x2019]);
const isDigitAt = (text: string, at: number): boolean => at < text.length && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57;

/**
 * Where a number written from `start` to `end` (one to three ASCII digits) ends with its groups
 * of three digits ("12 500", "1,500,000", "2.000"): one number in every locale, not "12" and "500".
 */
function thousandsEnd(text: string, start: number, end: number): number {
  if (end - start > 3) return end;
  for (let k = start; k < end; k++) if (!isDigitAt(text, k)) return end;
  while (GROUP_SEPARATORS.has(text.charCodeAt(end)) && isDigitAt(text, end + 1) && isDigitAt(text, end + 2) && isDigitAt(text, end + 3) && !isDigitAt(text, end + 4) && !/[\p{L}]/u.test(text[end + 4] ?? '')) end += 4;
  return end;
}

/** 2 at a surrogate pair, else 1. */
function codePointWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff || at + 1 >= text.length) return 1;
  const d = text.charCodeAt(at + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

function extractFeatures(article: Article, extraction?: ArticleExtraction): FeatureCounts {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const add = (f: string, n: number) => counts.set(f, (counts.get(f) ?? 0) + n);
  const addName = (surface: string, n: number) => {
    const key = nameFeature(surface);
    if (key.length <= NAME_PREFIX.length + 1) return;
    add(key, n);
    if (!surfaces.has(key)) surfaces.set(key, surface);
  };
  // Headlines are often in title case, so only their words count, not their capitals.
  if (article.headline) {
    for (const m of article.headline.matchAll(WORD)) {
      const f = wordFeature(m[0].toLowerCase());
      if (f) add(f, LEAD_WEIGHT);
    }
  }
  const text = article.body;
  const leadEnd = Math.min(text.length, Math.max(LEAD_CHARS, text.indexOf('\n\n')));
  let run: string[] = [];
  let runWeight = 1;
  const crossKeys = new Set<string>();
  // A cross-language key, labelled by the first surface form that gave it.
  const addCross = (key: string, surface: string) => {
    crossKeys.add(key);
    if (!surfaces.has(CROSS_PREFIX + key)) surfaces.set(CROSS_PREFIX + key, surface);
  };
  const closeRun = () => {
    // A run of capitalised words ("New Northern Army") is a more specific name than its parts.
    if (run.length > 1) addName(run.join(' '), runWeight);
    // A name of two short words is written as one in some languages ("Nova Kesh", "Novakesh"):
    // the key of the words joined meets it there (a short word's own key is another, or none).
    if (run.length === 2 && run.every((w) => w.length >= 3 && w.length < SHORT_NAME_WORD && !isCalendarOrTitle(w))) {
      const joined = crossNameKey(run.join(''));
      if (joined !== null) addCross(joined, run.join(' '));
    }
    if (run.length > 0) run = [];
  };
  let atStart = true;
  const named = new Set<string>();
  const small = new Set<string>();
  const skeletons = new Map<string, string>();
  // The tokens of TOKEN, read a character at a time (see `charKind`).
  for (let at = 0; at < text.length; ) {
    const c = text.charCodeAt(at);
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 10) {
      atStart = true;
      closeRun();
      at++;
      continue;
    }
    const width = codePointWidth(text, at);
    const kind = charKind(text, at, width);
    if (kind === SPACE_CHAR) {
      at += width;
      continue;
    }
    if (kind === OTHER_CHAR) {
      if (c !== 45) closeRun();
      at += width;
      continue;
    }
    const start = at;
    at += width;
    while (at < text.length) {
      const w = codePointWidth(text, at);
      const next = text.charCodeAt(at);
      if (charKind(text, at, w) !== WORD_CHAR && next !== 39 && next !== 0x2019 && next !== 45) break;
      at += w;
    }
    let raw = text.slice(start, at);
    if (raw.endsWith('s') && (raw.endsWith("'s") || raw.endsWith('’s'))) raw = raw.slice(0, -2);
    else if (raw.endsWith('-')) raw = raw.replace(/-+$/, '');
    const weight = start < leadEnd ? LEAD_WEIGHT : 1;
    const code = raw.charCodeAt(0);
    const capital = code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(raw);
    const f = wordFeature(raw.toLowerCase());
    if (f) add(f, weight);
    // A month, a weekday or a title is capitalised without naming anything two reports of one
    // event share and others do not (see calendar-words.ts).
    // Numbers count in full across languages, in any script's digits.
    if ((code < 58 && code >= 48) || (code > 127 && mayHoldNumber(raw))) {
      const end = code < 58 ? thousandsEnd(text, start, at) : at;
      const written = end > at ? text.slice(start, end) : raw;
      at = end;
      for (const number of crossNumberKeys(written)) {
        addCross(number, written);
        named.add(number);
        if (number.length < 3) small.add(number);
      }
    } else if (capital && !atStart && !isCalendarOrTitle(raw) && wireName(raw) === null) {
      // A news agency's name ("Reuters", "AFP") is in reports of every event it covers: no key.
      const cross = crossNameKey(raw);
      if (cross !== null) {
        addCross(cross, raw);
        const skeleton = skeletons.has(cross) ? null : consonantSkeleton(raw);
        if (skeleton !== null) skeletons.set(cross, skeleton);
      }
    }
    // A word of a script without capitals may be a name; its skeleton is its key (see skeleton.ts).
    if (!capital && mayBeCaseless(raw)) {
      for (const [skeleton, surface] of caselessSkeletons(raw)) {
        addCross(SKELETON_PREFIX + skeleton, surface);
        skeletons.set(SKELETON_PREFIX + skeleton, skeleton);
      }
    }
    // A capitalised word that does not open a sentence is almost always part of a name.
    if (capital && !atStart) {
      if (f) addName(raw, weight);
      run.push(raw);
      runWeight = weight;
    } else {
      closeRun();
    }
    atStart = false;
  }
  closeRun();
  // Presence, not frequency: a story's evidence is how many of its articles carry the key.
  for (const k of crossKeys) counts.set(CROSS_PREFIX + k, 1);
  if (extraction) {
    for (const entity of extraction.entities) {
      if (entity.type === 'person') {
        for (const word of entity.name.split(/\s+/)) {
          const cross = crossNameKey(word);
          if (cross !== null && crossKeys.has(cross)) named.add(cross);
        }
      }
      const key = ENTITY_PREFIX + nameKey(entity.name);
      add(key, Math.max(1, entity.mentions.length));
      if (!surfaces.has(key)) surfaces.set(key, entity.name);
    }
  }
  return { counts, surfaces, named, small, skeletons };
}
