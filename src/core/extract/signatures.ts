// Embedded social-media posts as scraped text: the post's words, often its picture link
// ("pic.twitter.com/…"), then the signature line "— Dana Kellor (@dkellor) October 14, 2019" (a
// date in any language; scrapers leave emoji debris such as "???" around the handle). The name
// signing the post is whose words they are.
import type { Span } from '../types.js';
import type { QuoteSpan } from './quotemarks.js';

/** A signature: a dash, the name (a capital first, on one line), debris, then "(@handle…)" and maybe a date. */
const SIGNATURE_RE = /[—–-][ \u00a0]*(\p{Lu}[^\n()—–]{0,60}?)[ \u00a0]*(?:[^\p{L}\p{N}\s(]{1,6}[ \u00a0]*)?\(@\w{1,30}[^)\n]{0,8}\)/uy;
/** Links a scraped post leaves between its words and its signature. */
const LINKS_RE = /(?:\s+|pic\.twitter\.com\/\w+|https?:\/\/\S+)*/y;

export interface Signature {
  /** Where the dash is. */
  dash: number;
  /** The signing name, [start, end) in the body. */
  name: Span;
  /** Just past the closing parenthesis of the handle. */
  end: number;
  /** A blank line lies between `from` and the dash. */
  newParagraph: boolean;
}

/** The signature at `at`, if one starts there (the dash first). */
export function signatureAt(body: string, at: number): Signature | null {
  SIGNATURE_RE.lastIndex = at;
  const m = SIGNATURE_RE.exec(body);
  if (!m) return null;
  const name = at + m[0].indexOf(m[1]);
  return { dash: at, name: [name, name + m[1].trimEnd().length], end: at + m[0].length, newParagraph: false };
}

/** The signature after `from` with only space and picture or web links between, or null. */
export function signatureAfter(body: string, from: number): Signature | null {
  LINKS_RE.lastIndex = from;
  const gap = LINKS_RE.exec(body);
  const at = from + (gap ? gap[0].length : 0);
  const sig = body[at] && '—–-'.includes(body[at]) ? signatureAt(body, at) : null;
  return sig && { ...sig, newParagraph: /\n[ \t\r\u00a0]*\n/.test(body.slice(from, at)) };
}

/** Every signature in the body, in order. */
export function signaturesIn(body: string): Signature[] {
  const out: Signature[] = [];
  for (let at = body.indexOf('(@'); at >= 0; at = body.indexOf('(@', at + 2)) {
    // A typographic dash first: "— Office of the Prime Minister - Velmar (@pmvelmar)" signs with the whole name.
    const typographic = Math.max(body.lastIndexOf('—', at), body.lastIndexOf('–', at));
    const dash = typographic > at - 80 ? typographic : body.lastIndexOf(' - ', at) + 1;
    const sig = dash >= 0 && dash > at - 80 ? signatureAt(body, dash) : null;
    if (sig && sig.end > at && (!out.length || out[out.length - 1].dash !== sig.dash)) out.push(sig);
  }
  return out;
}

/** Where handles ("@dkellor") and web links ("pic.twitter.com/Ab12Cd") lie: no names inside. */
export function handleAndLinkSpans(body: string): Span[] {
  const out: Span[] = [];
  if (!body.includes('@') && !body.includes('/')) return out;
  for (const m of body.matchAll(/@\w+|(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const QUOTE_MARK_RE = /["“”„«»]/;

/**
 * Posts with no quotation marks of their own, as quote spans: the line ending at a signature
 * ("Parliament resolved. … pic.twitter.com/xyz — Harbour Herald (@harbourherald) 1 octobre 2017"),
 * or the line right before a signature that opens its own line. The post ends before its links.
 */
export function postSpans(body: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  if (!body.includes('(@')) return out;
  for (const sig of signaturesIn(body)) {
    const p = paragraphs.findIndex(([a, b]) => a <= sig.dash && sig.dash < b);
    if (p < 0) continue;
    const pStart = paragraphs[p][0];
    const lineStart = body.lastIndexOf('\n', sig.dash - 1) + 1;
    let [start, end] = [Math.max(pStart, lineStart), sig.dash];
    if (/^\s*$/.test(body.slice(start, end))) {
      // The signature opens its line: the post is the line before it, in this paragraph or the one before.
      const prev = start > pStart ? pStart : paragraphs[p - 1]?.[0];
      if (prev === undefined) continue;
      end = body.slice(0, start).trimEnd().length;
      start = Math.max(prev, body.lastIndexOf('\n', end - 1) + 1);
      // Across a blank line, only a post's own marks tell it from the article's text before it.
      if (prev !== pStart && !/(?:pic\.twitter\.com\/\w+|https?:\/\/\S+|[#@]\w+\S*)\s*$/u.test(body.slice(start, end))) continue;
    }
    end = start + body.slice(start, end).replace(/(?:\s+|pic\.twitter\.com\/\w+|https?:\/\/\S+)*$/, '').length;
    const text = body.slice(start, end);
    // A post in quotation marks is a quote already; a long line is the article's own text.
    if (QUOTE_MARK_RE.test(text) || text.length > 320 || text.split(/\s+/).length < 3) continue;
    if (out.length && out[out.length - 1].end > start) continue;
    out.push({ start, end, innerStart: start, innerEnd: end, single: false, closed: true });
  }
  return out;
}

/** Whether a line of scraped text holds a post's signature ("… — Harbour Herald (@harbourherald) 1 octobre 2017"). */
export function holdsSignature(line: string): boolean {
  return line.includes('(@') && signaturesIn(line).length > 0;
}

/** Whether a line opens with a post's signature ("— Dana Kellor (@dkellor) October 14, 2019"). */
export function opensWithSignature(line: string): boolean {
  return signatureAt(line, 0) !== null;
}
