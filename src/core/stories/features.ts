// Turns an article into weighted features for story clustering: content-word stems, proper names
// (capitalised mid-sentence tokens, which carry most of what distinguishes one story from another
// that shares its general vocabulary) and, when the extraction stage ran, its resolved entities.
import type { Article, ArticleExtraction } from '../types.js';

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

export interface FeatureCounts {
  /** feature -> raw count */
  counts: Map<string, number>;
  /** name feature -> its first surface form, for story labels */
  surfaces: Map<string, string>;
}

const NAME_PREFIX = 'n:';
const ENTITY_PREFIX = 'e:';

export function isNameFeature(f: string): boolean {
  return f.startsWith(NAME_PREFIX) || f.startsWith(ENTITY_PREFIX);
}

// The headline and opening paragraph state what the story is about; the rest adds background that
// neighbouring stories share.
const LEAD_WEIGHT = 2;
const LEAD_CHARS = 400;

export function extractFeatures(article: Article, extraction?: ArticleExtraction): FeatureCounts {
  const counts = new Map<string, number>();
  const surfaces = new Map<string, string>();
  const add = (f: string, n: number) => counts.set(f, (counts.get(f) ?? 0) + n);
  const addWord = (lower: string, n: number): boolean => {
    if (lower.length < 2 || STOPWORDS.has(lower) || /^\d+$/.test(lower)) return false;
    add(stem(lower), n);
    return true;
  };
  const addName = (surface: string, n: number) => {
    const key = NAME_PREFIX + nameKey(surface);
    if (key.length <= NAME_PREFIX.length + 1) return;
    add(key, n);
    if (!surfaces.has(key)) surfaces.set(key, surface);
  };
  // Headlines are often in title case, so only their words count, not their capitals.
  if (article.headline) {
    for (const m of article.headline.matchAll(WORD)) addWord(m[0].toLowerCase(), LEAD_WEIGHT);
  }
  const text = article.body;
  const leadEnd = Math.min(text.length, Math.max(LEAD_CHARS, text.indexOf('\n\n')));
  let run: string[] = [];
  let runWeight = 1;
  const closeRun = () => {
    // A run of capitalised words ("New Syrian Army") is a more specific name than its parts.
    if (run.length > 1) addName(run.join(' '), runWeight);
    run = [];
  };
  let lastEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const raw = m[0].replace(/['’]s$/, '').replace(/-+$/, '');
    const gap = text.slice(lastEnd, at);
    lastEnd = at + m[0].length;
    const atStart = at === 0 || /[.!?:\n]/.test(gap);
    const weight = at < leadEnd ? LEAD_WEIGHT : 1;
    const lower = raw.toLowerCase();
    const capital = /^\p{Lu}/u.test(raw);
    if (!capital || atStart || !/^[\s-]*$/.test(gap)) closeRun();
    const content = addWord(lower, weight);
    // A capitalised word that does not open a sentence is almost always part of a name.
    if (capital && !atStart) {
      if (content) addName(raw, weight);
      run.push(raw);
      runWeight = weight;
    }
  }
  closeRun();
  if (extraction) {
    for (const entity of extraction.entities) {
      const key = ENTITY_PREFIX + nameKey(entity.name);
      add(key, Math.max(1, entity.mentions.length));
      if (!surfaces.has(key)) surfaces.set(key, entity.name);
    }
  }
  return { counts, surfaces };
}
