// Paragraphs, sentences and word tokens with offsets into the article body.
import type { Span } from '../types.js';
import type { Lexicon } from './lang/index.js';
import { ABBREVIATIONS, NAME_PARTICLES, SENTENCE_STARTERS } from './lexicon.js';

export interface Token {
  text: string;
  /**
   * `text` in lowercase, made once: the rules look words up in lowercase many times over, and
   * lowercasing is slow for text outside Latin-1 (one curly quote makes every token such text).
   */
  lower: string;
  start: number;
  end: number;
}

/**
 * Tokens are made by a constructor, not as object literals, for the garbage collector's sake: V8
 * allocates every later object of a literal straight into the old generation once most of its
 * objects outlive a young-generation collection (allocation-site pretenuring). Tokens live as long
 * as their article is worked on, so early in a run the literal was pretenured and from then on
 * each article's tokens were freed only by full collections (tokenizing took five times as long).
 * Objects made by `new` are not pretenured this way.
 */
class WordToken implements Token {
  readonly lower: string;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {
    this.lower = text.toLowerCase();
  }
}

/** Paragraph spans: blocks separated by a blank line, trimmed. */
export function paragraphSpans(body: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t\r\u00a0]*\n\s*/g;
  let from = 0;
  for (let m = re.exec(body); ; m = re.exec(body)) {
    const to = m ? m.index : body.length;
    const span = trimSpan(body, from, to);
    if (span) spans.push(span);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return spans;
}

function trimSpan(body: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return end > start ? [start, end] : null;
}

const CLOSERS = `"”’')]»`;
const OPENERS = `"“‘'([«„»‹`;
// A full stop glued to the next sentence ("dijo.Otros líderes", "said.The"), as scraped text loses
// the space: between two lowercase letters and a capitalised word, no abbreviation or initial.
const BREAK_RE = /[.!?…]+["”’')\]»]*(?=\s)|(?<=\p{Ll}\p{Ll})[.!?](?=\p{Lu}\p{Ll})|\n/gu;

/** Sentence spans. Abbreviations, initials and acronyms inside a sentence do not end it. */
export function sentenceSpans(body: string, paragraphs: Span[], lex?: Lexicon): Span[] {
  const abbreviations = lex?.abbreviations ?? ABBREVIATIONS;
  const months = lex?.months ?? NO_MONTHS;
  const out: Span[] = [];
  for (const [pStart, pEnd] of paragraphs) {
    const text = body.slice(pStart, pEnd);
    let from = 0;
    BREAK_RE.lastIndex = 0;
    for (let m = BREAK_RE.exec(text); m; m = BREAK_RE.exec(text)) {
      const end = m.index + m[0].length;
      if (m[0] !== '\n' && !endsSentence(text, m.index, end, abbreviations, months)) continue;
      // "(@tverhoek???) 14 de octubre": a post's signature, its handle's debris ends no sentence.
      if (m[0] !== '\n' && text.charCodeAt(end - 1) === 41 && /\(@\w+[^()\s]*$/.test(text.slice(Math.max(0, m.index - 40), end - 1))) continue;
      const span = trimSpan(body, pStart + from, pStart + end);
      if (span) out.push(span);
      from = end;
    }
    const last = trimSpan(body, pStart + from, pEnd);
    if (last) out.push(last);
  }
  return out;
}

const NO_MONTHS: ReadonlySet<string> = new Set();

function endsSentence(text: string, markAt: number, end: number, abbreviations: Set<string>, months: ReadonlySet<string>): boolean {
  let next = end;
  while (next < text.length && /\s/.test(text[next])) next++;
  if (next >= text.length) return true;
  let first = next;
  // "« Ils …": French sets a space inside its guillemets.
  while (first < text.length && (OPENERS.includes(text[first]) || (first > next && text[first] === ' ' && OPENERS.includes(text[first - 1])))) first++;
  const ch = text[first] ?? '';
  // A script without capitals (Arabic, Hebrew, Korean, Hindi) may open a sentence on any letter.
  if (!/[\p{Lu}\p{Lo}\p{N}]/u.test(ch)) return false;
  if (text[markAt] !== '.') return true;
  if (CLOSERS.includes(text[end - 1])) return true;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, markAt - 12), markAt))?.[1] ?? '';
  const word = before.replace(/^.*\s/, '');
  if (/^\p{Lu}$/u.test(word)) return false;
  if (abbreviations.has(word.toLowerCase())) return false;
  // "Berlin, 3. Dezember –", "den 5. Mai": a day number written as an ordinal before its month.
  if (/(?:^|[^\d.,])\d{1,2}$/.test(text.slice(Math.max(0, markAt - 3), markAt))) {
    const nextWord = /^\p{L}+/u.exec(text.slice(first))?.[0] ?? '';
    if (months.has(nextWord.toLowerCase())) return false;
  }
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const nextWord = /^[\p{L}]+/u.exec(text.slice(first))?.[0] ?? '';
    return SENTENCE_STARTERS.has(nextWord.toLowerCase());
  }
  return true;
}

// A word of Chinese, Japanese or Korean script is a token of its own, apart from a Latin or Cyrillic
// word it is written against ("Mere Taufa稱", "Kellor는": a name, then the verb or particle).
const EAST_ASIAN = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30fc\\p{sc=Hangul}';
// Initials ("U.S."), numbers ("1,200.5"), words with their apostrophe and hyphen parts. The first
// branch only makes the scan faster: a plain ASCII word with nothing after it that another branch
// could take is matched at once, exactly as the last branch would match it, instead of trying the
// Unicode classes letter by letter (half the tokenizer's time on English text).
const TOKEN_RE = new RegExp(
  `[A-Za-z]+(?![.\\p{L}\\p{M}\\p{N}'’-])|(?:\\p{Lu}\\.){2,}|\\p{N}+(?:[.,:]\\p{N}+)*|[${EAST_ASIAN}]+|(?:(?![${EAST_ASIAN}])[\\p{L}\\p{M}])+(?:['’][\\p{L}]+|-[\\p{L}\\p{M}\\p{N}]+)*`,
  'gu',
);

/** TOKEN_RE anchored at one position (sticky): the token that starts there, if any. */
const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

/**
 * Word tokens. A hyphenated compound with a capitalised part ("anti-NATO", "US-led",
 * "Norway-US") is split so the names inside it are seen; "al-Khadra" stays whole.
 *
 * A token starts at the first letter, mark or digit after the previous one (no branch of TOKEN_RE
 * starts elsewhere), so the scan skips to it by character codes. A plain ASCII word there, followed
 * by nothing TOKEN_RE's first branch refuses, is taken at once, exactly as the regex would take it;
 * every other token is matched by the regex anchored at its start. Same tokens, without a match
 * array per word (the tokenizer made a tenth of extraction's garbage).
 */
export function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c < 128) {
      const letter = (c | 32) >= 97 && (c | 32) <= 122;
      if (!letter && !(c >= 48 && c <= 57)) {
        i++;
        continue;
      }
      if (letter) {
        let e = i + 1;
        while (e < n && (body.charCodeAt(e) | 32) >= 97 && (body.charCodeAt(e) | 32) <= 122) e++;
        const d = e < n ? body.charCodeAt(e) : 32;
        // The first branch's lookahead, for an ASCII follower: no '.', apostrophe, hyphen or digit.
        if (d < 128 && d !== 46 && d !== 39 && d !== 45 && !(d >= 48 && d <= 57)) {
          tokens.push(new WordToken(body.slice(i, e), i, e));
          i = e;
          continue;
        }
      }
    }
    TOKEN_AT.lastIndex = i;
    const m = TOKEN_AT.exec(body);
    if (!m) {
      // Not a letter, mark or digit: step over the whole code point, as the global regex does.
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (body.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      continue;
    }
    const text = m[0];
    // "d’Anselme", "dell’ex", "sull’Orvia": an elided article or preposition before a capital is a
    // word of its own, so the name after it is read whole ("aujourd’hui" stays one word).
    const elided = elisionBefore(text);
    if (elided > 0) {
      tokens.push(new WordToken(text.slice(0, elided), i, i + elided));
      i += elided;
      continue;
    }
    if (text.includes('-') && /\p{Lu}/u.test(text)) {
      splitCompound(text, i, tokens);
    } else {
      tokens.push(new WordToken(text, i, i + text.length));
    }
    i += text.length;
  }
  return tokens;
}

/** French and Italian words elided before a vowel: articles, prepositions joined to them, 'que'. */
const ELIDED = new Set(['l', 'd', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'dell', 'dall', 'sull', 'all', 'nell', 'coll', 'quell']);

/** Length of a lowercase elided word and its apostrophe opening a token before a capital, or 0. */
function elisionBefore(text: string): number {
  const at = text.search(/['’]/);
  if (at < 1 || at > 6 || !/\p{Lu}/u.test(text[at + 1] ?? '')) return 0;
  return ELIDED.has(text.slice(0, at)) ? at + 1 : 0;
}

// One syllable of a romanised Korean (or Wade-Giles Chinese) given name: "Suk-yeol", "Ga-eul",
// "Jung-min", "Ing-wen" are one given name written in two syllables, the second in lower case.
const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[bcdghjkmnpstwy])?[wy]?(?:ae|eo|eu|oe|ui|ou|oo|ee|[aeiou])(?:ng|[klmnpt])?$/i;

function splitCompound(text: string, start: number, out: Token[]): void {
  const parts = text.split('-');
  if (parts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]) && /^\p{Ll}+$/u.test(parts[1]) && SYLLABLE.test(parts[0]) && SYLLABLE.test(parts[1])) {
    out.push(new WordToken(text, start, start + text.length));
    return;
  }
  let offset = start;
  let pending: Token | null = null;
  for (const part of parts) {
    const tok = new WordToken(part, offset, offset + part.length);
    offset += part.length + 1;
    if (pending) {
      pending = new WordToken(`${pending.text}-${part}`, pending.start, tok.end);
      out.push(pending);
      pending = null;
      continue;
    }
    if (NAME_PARTICLES.has(tok.lower)) {
      pending = tok;
      continue;
    }
    out.push(tok);
  }
  if (pending) out.push(pending);
}

/** Index of the span containing pos (spans sorted, disjoint), or -1. */
export function spanIndexAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[mid][0]) hi = mid - 1;
    else if (pos >= spans[mid][1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token starting at or after pos. */
export function tokenIndexFrom(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether body[from, to) is one or more whitespace characters, as `/^\s+$/` on the slice says,
 * without making the slice: the rules ask it of the gap between two tokens many times per name.
 */
export function isSpaceGap(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let p = from; p < to; p++) if (!isSpaceCode(body.charCodeAt(p))) return false;
  return true;
}

/** A code unit `\s` matches: ECMAScript white space (Unicode Zs among it) and line terminators. */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Offset of the last colon before `before` (Chinese and Japanese write the full-width '：'), or -1. */
export function lastColon(body: string, before: number): number {
  return Math.max(body.lastIndexOf(':', before), body.lastIndexOf('：', before));
}
