// What a translation keeps: names, numbers and cognates ("rapidement", "rápidamente",
// "rapidly"; "réparées", "repaired"; "salaire", "salary"). Words are folded across scripts and
// spellings (the name folding, then c/k, ch/h, z/s), and two words are cognates when they begin
// alike: the same first five letters (case endings differ), or the same first letter and most of
// their letter pairs (fewer when the first three letters agree).
import { curatedGroup, foldName } from '../extract/index.js';

/** Shorter words ("pour", "will", "with") are function words as often as not. */
const MIN_LETTERS = 4;
/** Dice coefficient of two words' letter pairs above which they are cognates. */
const COGNATE_PAIRS = 0.5;
/** ...or above this one when their first three letters are the same. */
const COGNATE_PAIRS_SAME_START = 0.4;
const PREFIX = 5;

export interface CrossWord {
  /** The folded word, or the digits of a number. */
  form: string;
  /** Where it is in the text (its first occurrence). */
  at: number;
  number: boolean;
  pairs: Set<string>;
}

const cache = new Map<string, string>();

function fold(word: string): string {
  let out = cache.get(word);
  if (out === undefined) {
    out = foldName(word)
      .replace(/[^a-z]/g, '')
      .replace(/ch/g, 'h')
      .replace(/[cq]/g, 'k')
      .replace(/z/g, 's')
      .replace(/(.)\1+/g, '$1');
    if (cache.size > 100_000) cache.clear();
    cache.set(word, out);
  }
  return out;
}

function letterPairs(form: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < form.length; i++) out.add(form.slice(i, i + 2));
  return out;
}

/** The words of a text that can carry over into another language: longer words and numbers, once each. */
export function crossWords(text: string): CrossWord[] {
  const seen = new Set<string>();
  const out: CrossWord[] = [];
  for (const m of text.matchAll(/\p{L}{4,}|\d[\d.,]*\d/gu)) {
    const w = m[0];
    const number = /^\d/.test(w);
    const form = number ? w.replace(/\D/g, '') : fold(w);
    if ((!number && form.length < MIN_LETTERS) || seen.has(form)) continue;
    seen.add(form);
    out.push({ form, at: m.index!, number, pairs: number ? new Set() : letterPairs(form) });
  }
  return out;
}

export function cognate(a: CrossWord, b: CrossWord): boolean {
  if (a.number || b.number) return a.number && b.number && a.form === b.form;
  if (a.form === b.form) return true;
  if (a.form[0] !== b.form[0]) return false;
  if (a.form.length >= PREFIX && b.form.length >= PREFIX && a.form.slice(0, PREFIX) === b.form.slice(0, PREFIX)) return true;
  let shared = 0;
  for (const p of a.pairs) if (b.pairs.has(p)) shared++;
  const dice = (2 * shared) / (a.pairs.size + b.pairs.size);
  // A longer shared beginning needs fewer shared pairs after it ("voluntary", "volontaire").
  return dice >= COGNATE_PAIRS || (dice >= COGNATE_PAIRS_SAME_START && a.form.slice(0, 3) === b.form.slice(0, 3));
}

/** Words of `a` with a cognate in `b` (each word of `b` matched once), and the Dice coefficient. */
export function cognateOverlap(a: CrossWord[], b: CrossWord[]): { shared: number; dice: number } {
  const used = new Set<number>();
  let shared = 0;
  for (const x of a) {
    const k = b.findIndex((y, i) => !used.has(i) && cognate(x, y));
    if (k >= 0) used.add(k), shared++;
  }
  return { shared, dice: a.length + b.length ? (2 * shared) / (a.length + b.length) : 0 };
}

/** Shorter words ("that", "inte") could be function words: what a translation is judged on are longer words and numbers. */
const CONTENT_LETTERS = 5;

export function contentWord(w: CrossWord): boolean {
  return w.number || w.form.length >= CONTENT_LETTERS;
}

/** Two cognates written alike or beginning alike ("tolerate", "tolererar"), or one number: not merely sharing letter pairs. */
export function strongCognate(a: CrossWord, b: CrossWord): boolean {
  return cognate(a, b) && (a.number || a.form === b.form || a.form.slice(0, PREFIX) === b.form.slice(0, PREFIX));
}

/**
 * Carried words of `text` with a country written in any of the news languages ("Tyskland",
 * "Allemagne") as its English name, so it meets "Germany"; `every` keeps each occurrence of a word.
 */
export function carriedWords(text: string, every = false): CrossWord[] {
  const words = every ? [...text.matchAll(/\p{L}{4,}|\d[\d.,]*\d/gu)].flatMap((m) => crossWords(m[0]).map((w) => ({ ...w, at: m.index! }))) : crossWords(text);
  return words.map((w) => {
    if (w.number) return w;
    const word = /^\p{Lu}\p{L}+/u.exec(text.slice(w.at))?.[0];
    const place = word ? curatedGroup(word) : null;
    const english = place?.type === 'place' && !place.preferred.includes(' ') ? crossWords(place.preferred)[0] : undefined;
    return english ? { ...english, at: w.at } : w;
  });
}

/**
 * Whether two cognates are a name: capitalised inside a sentence in either text ("Zimbabwe" and
 * "zimbabwéenne"), or in both. A capital at a sentence's start says nothing by itself.
 */
export function sharedName(a: string, x: CrossWord, b: string, y: CrossWord): boolean {
  if (x.number) return false;
  const [p, q] = [capital(a, x.at), capital(b, y.at)];
  return p === 'inside' || q === 'inside' || (p === 'start' && q === 'start');
}

function capital(text: string, at: number): 'inside' | 'start' | null {
  if (!/^\p{Lu}/u.test(text.slice(at))) return null;
  const before = text.slice(0, at).replace(/[\s"“„«‘'(–—-]+$/u, '');
  return before === '' || /[.!?…:]["”»’)]*$/u.test(before) ? 'start' : 'inside';
}
