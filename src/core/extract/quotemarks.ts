// Pairs quotation marks: curly and straight, double and single, nested one level inside another,
// and quotes that run over several paragraphs (each new paragraph reopens, only the last closes).
// Apostrophes ("Norway’s", "don't", "the US’ arming") are told from closing single quotes.
import type { Span } from '../types.js';
import { signatureAt } from './signatures.js';

export interface QuoteSpan {
  /** Position of the opening mark. */
  start: number;
  /** Position after the closing mark (or the paragraph end when it never closes). */
  end: number;
  innerStart: number;
  innerEnd: number;
  single: boolean;
  closed: boolean;
  /** Where the part before ended, when this part resumes a quote after an attribution inside its marks (incises.ts). */
  resumes?: number;
}

interface Open {
  pos: number;
  /** Characters the opening mark takes (2 for a doubled ‘‘). */
  width: number;
  single: boolean;
  straight: boolean;
  /** The opening mark; what may close it depends on it. */
  mark: string;
}

// Each language's pairs: “…” (en, es, pt, it), „…“ (de, da, sl, ru), «…» (fr, es, ru, it), »…«
// (de, da, sl), ”…” and »…» (sv, fi), 「…」 (ja, zh), and ”…“ as right-to-left text stores it. Sloppy copies mix
// „…” and ‚…’. What closes a quote depends on how it was opened.
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”"',
  '«': '»',
  '»': '«»',
  '”': '”“',
  '"': '"”',
  '‘': '’',
  '‚': '‘’',
  '‹': '›',
  '›': '‹›',
  '’': '’',
  "'": "'’",
  '「': '」',
};
const SINGLE_MARKS = `‘’‚‹›'`;

const QUOTE_CHAR_RE = /["“”„«»‘’‚'‹›「」]/g;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);

/** A quotation found inside an unclosed single mark: real unless that mark turns out to close. */
interface Pending {
  under: Open;
  span: QuoteSpan;
}

/** Top-level quotations in the body, in order. */
export function findQuoteSpans(original: string, paragraphs: Span[]): QuoteSpan[] {
  const body = withLostOpeners(original);
  const out: QuoteSpan[] = [];
  let carried: Open | null = null;
  /** The carried quote goes on without an opening mark at the next paragraph's start. */
  let carriedNoOpener = false;
  // No mark lies between the last paragraph scanned and this offset: a paragraph ending before it
  // is not searched again, or each mark-less paragraph would search on to the body's end (quadratic).
  let noMarkBefore = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p];
    const stack: Open[] = [];
    const pending: Pending[] = [];
    let skipOpenerAt = -1;
    if (carried) {
      stack.push(carried);
      skipOpenerAt = carriedNoOpener ? -1 : pStart;
      carried = null;
      carriedNoOpener = false;
    }
    QUOTE_CHAR_RE.lastIndex = pStart;
    let m = pEnd <= noMarkBefore ? null : QUOTE_CHAR_RE.exec(body);
    for (; m && m.index < pEnd; m = QUOTE_CHAR_RE.exec(body)) {
      const i = m.index;
      // Doubled single marks (’’ ‘‘ '') stand for a double mark in some house styles.
      const doubled = (m[0] === '’' || m[0] === '‘' || m[0] === "'") && body[i + 1] === m[0];
      const c = doubled ? (m[0] === '‘' ? '“' : m[0] === '’' ? '”' : '"') : m[0];
      if (doubled) QUOTE_CHAR_RE.lastIndex = i + 2;
      if (i === skipOpenerAt) continue;
      const prev = i > pStart ? body[i - 1] : undefined;
      const next = i + 1 < pEnd ? body[i + 1 + (doubled ? 1 : 0)] : undefined;
      const top = stack[stack.length - 1];
      const single = SINGLE_MARKS.includes(c);
      const straight = c === '"' || c === "'";
      // The innermost open quote of the same kind that this mark can close.
      const closable = (() => {
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k].single !== single) continue;
          return CLOSERS[stack[k].mark]?.includes(c) ? stack[k] : null;
        }
        return null;
      })();
      let action: 'open' | 'close' | null = null;
      switch (c) {
        case '“':
        case '„':
          action = closable ? 'close' : 'open';
          break;
        // Japanese and Chinese corner brackets: one form opens, the other closes, with no space around.
        case '「':
          action = 'open';
          break;
        case '」':
          action = closable ? 'close' : null;
          break;
        case '«':
          // "«… del puerto«, dijo": a guillemet typed the wrong way round after the words it closes.
          if (closable || (top?.mark === '«' && !isSpaceOrOpen(prev) && !isWordChar(next))) action = 'close';
          else action = 'open';
          break;
        case '»':
        case '”':
          if (closable) action = 'close';
          // Opening only where a word follows and none precedes: »Wort«, ”ord”, RTL ”…“.
          else if (isSpaceOrOpen(prev) && isWordChar(next)) action = 'open';
          // "dead.”We have …": a curly mark typed the wrong way round, glued to the next sentence.
          else if (c === '”' && !stack.some((o) => !o.single) && /[.!?]/.test(prev ?? '') && /\p{Lu}/u.test(next ?? '')) action = 'open';
          break;
        case '"':
          // "Lo di todo·, dijo Roe: "Nunca…": a straight mark between a space and a word opens a
          // quote; the one still open lost its closing mark to a typo, so it is dropped.
          if (top && !top.single && top.straight && isSpaceOrOpen(prev) && isWordChar(next) && prev !== undefined) {
            stack.pop();
            action = 'open';
          } else if (top && !top.single && top.straight) action = 'close';
          else if (isSpaceOrOpen(prev)) action = 'open';
          // "a promis d'"épauler…": after an elided article or preposition, before a word, it opens.
          else if ((prev === "'" || prev === '’') && isWordChar(next) && !stack.some((o) => !o.single)) action = 'open';
          else if (stack.some((o) => !o.single)) action = 'close';
          // "en devastación."Era como …": sentences copied together without a space, the mark
          // after a full stop and before a capital opens the next sentence's quote.
          else if (/[.!?]/.test(prev ?? '') && /\p{Lu}/u.test(next ?? '')) action = 'open';
          break;
        case '‘':
        case '‚':
        case '‹':
          if (closable && !isSpaceOrOpen(prev)) action = 'close';
          else action = isWordChar(prev) ? null : 'open';
          break;
        case '’':
        case '›':
        case "'":
          if (isWordChar(prev) && isWordChar(next)) action = null;
          else if (closable && !isSpaceOrOpen(prev)) action = 'close';
          else if (isSpaceOrOpen(prev) && isWordChar(next) && c !== '’') action = 'open';
          break;
      }
      if (action === 'open') {
        stack.push({ pos: i, width: doubled ? 2 : 1, single, straight, mark: c });
      } else if (action === 'close') {
        while (stack.length && stack[stack.length - 1].single !== single) stack.pop();
        const open = stack.pop();
        if (!open) continue;
        // "nel '98, ha detto: «…». C'è un po' di paura": a straight mark before a word (an elided
        // year, "'ndrangheta") and a word-final one ("po'", "perche'") are two apostrophes, not a
        // single quote around a whole quotation; that quotation stands on its own.
        const inner = open.single && open.straight && isWordChar(prev) ? pending.filter((q) => q.under === open) : [];
        if (inner.length) {
          for (const q of inner) pending.splice(pending.indexOf(q), 1);
          const under = stack[stack.length - 1];
          if (!under) out.push(...inner.map((q) => q.span));
          else if (stack.every((o) => o.single)) for (const q of inner) pending.push({ under, span: q.span });
          out.sort((a, b) => a.start - b.start);
          continue;
        }
        const span: QuoteSpan = { start: open.pos, end: i + (doubled ? 2 : 1), innerStart: open.pos + open.width, innerEnd: i, single: open.single, closed: true };
        if (stack.length === 0) out.push(span);
        // Inside only single marks (a stray apostrophe may have opened one): kept if that never closes.
        else if (!open.single && stack.every((o) => o.single)) pending.push({ under: stack[stack.length - 1], span });
        if (open.single) for (let k = pending.length - 1; k >= 0; k--) if (pending[k].under === open) pending.splice(k, 1);
      }
    }
    if (pEnd > noMarkBefore) noMarkBefore = m ? m.index : body.length;
    const unclosedSingles = new Set(stack.filter((o) => o.single));
    const rescued = pending.filter((q) => unclosedSingles.has(q.under)).map((q) => q.span);
    const outer = stack.find((o) => !o.single);
    if (rescued.length) {
      out.push(...rescued);
      out.sort((a, b) => a.start - b.start);
    }
    if (!outer) continue;
    const nextPara = paragraphs[p + 1];
    if (nextPara && `"“„«»`.includes(body[nextPara[0]]) && stack[0] === outer) {
      carried = outer;
    } else if (nextPara && stack[0] === outer && closesFirst(body, nextPara, outer.mark)) {
      // A letter read out over paragraphs without reopening each: the next paragraph's first
      // double mark closes this quote (“…2013.\n\nFollowing … effect.”).
      carried = outer;
      carriedNoOpener = true;
    } else if (!rescued.some((q) => q.start > outer.pos)) {
      out.push({ start: outer.pos, end: pEnd, innerStart: outer.pos + outer.width, innerEnd: pEnd, single: false, closed: false });
    }
  }
  return out;
}

const DOUBLE_MARK_RE = /["“”„«»]/g;

/** "?" or U+FFFD at a word's start, where scraping lost an opening mark. */
const LOST_OPENER_RE = /(^|[\s(\u2014\u2013])[?\uFFFD](?=\p{L})/gu;
const OPENER_OF: Record<string, string> = { '”': '“', '"': '"', '»': '«', '“': '„' };

/**
 * "?We will rebuild every house,” she said": a scraped copy lost the opening mark and left "?" or
 * a replacement character in its place. Where the paragraph's next double mark after it closes a
 * quote (after a word or punctuation, then a comma, a dash or, after punctuation, the attribution), that
 * stand-in is read as the matching opener. One character for one, so offsets hold.
 */
function withLostOpeners(original: string): string {
  const body = withCommaOpeners(original);
  if (!/[?\uFFFD]\p{L}/u.test(body)) return body;
  let out = body;
  for (const m of body.matchAll(LOST_OPENER_RE)) {
    const at = m.index + m[1].length;
    const lineEnd = body.indexOf('\n', at);
    DOUBLE_MARK_RE.lastIndex = at + 1;
    const close = DOUBLE_MARK_RE.exec(body);
    if (!close || (lineEnd >= 0 && close.index > lineEnd)) continue;
    const c = close[0];
    const before = body[close.index - 1];
    const after = body.slice(close.index + 1, close.index + 4);
    const closes = (c === '»' || !/\s/.test(before)) && (/^\s*[,\u2014\u2013]/.test(after) || (/[.!?,]/.test(before) && /^\s+\p{L}/u.test(after)));
    if (OPENER_OF[c] && closes) out = out.slice(0, at) + OPENER_OF[c] + out.slice(at + 1);
  }
  return out;
}

// ",,Hij droeg een gordel", vertelt hij": two commas typed for the low opening mark „ (Dutch and
// German typewriter style), at a word's start.
const COMMA_OPENER_RE = /(^|[\s(\u2014\u2013]),,(?=\p{L})/gu;

/** Two commas standing for „ read as a space and „ (one character for one, so offsets hold). */
function withCommaOpeners(body: string): string {
  if (!body.includes(',,')) return body;
  return body.replace(COMMA_OPENER_RE, (_, before: string) => `${before} „`);
}

/**
 * Whether the paragraph's first double quotation mark closes a quote opened with `mark`: a closer
 * of that mark, written after a word or punctuation, not before one.
 */
function closesFirst(body: string, [pStart, pEnd]: Span, mark: string): boolean {
  DOUBLE_MARK_RE.lastIndex = pStart;
  const m = DOUBLE_MARK_RE.exec(body);
  if (!m || m.index >= pEnd) return false;
  const c = m[0];
  // French sets a space before its closing guillemet: « … prise », a-t-elle écrit.
  const afterWord = c === '»' || !isSpaceOrOpen(body[m.index - 1]);
  return !!CLOSERS[mark]?.includes(c) && m.index > pStart && afterWord && !isWordChar(body[m.index + 1]);
}

/** Quote text with the marks of a multi-paragraph quote's paragraph breaks folded to a space. */
export function quoteText(body: string, q: QuoteSpan): string {
  return body
    .slice(q.innerStart, q.innerEnd)
    .replace(/\s*\n\s*\n\s*["“„«»]?/g, ' ')
    .trim();
}

/**
 * Dialogue dashes: in Scandinavian, Slavic and Spanish press a paragraph opening with a dash
 * ("– Vi stänger hamnen, sa hon.") is a quotation, up to the attribution after its last comma.
 * Without an attribution the whole paragraph is the quote, except in English, where such a
 * paragraph is more often a list item. With `beforeDash` (languages that write so), a paragraph
 * opening on the words themselves up to a dash and the attribution is a quote too (speechBeforeDash).
 */
export function dashQuoteSpans(body: string, paragraphs: Span[], speechVerbs: Set<string>, english: boolean, beforeDash = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const [pStart, pEnd] of paragraphs) {
    const dash = /^[–—-][ \u00a0]+(?=\p{Lu}|["“„«])/u.exec(body.slice(pStart, pStart + 4));
    if (!dash) {
      const unmarked = beforeDash ? speechBeforeDash(body, pStart, pEnd, speechVerbs) : null;
      if (unmarked) out.push(unmarked);
      if (beforeDash) out.push(...dashedInside(body, unmarked?.end ?? pStart, pEnd, speechVerbs));
      continue;
    }
    // "— Dana Kellor (@dkellor) 14 octobre 2019": the signature of an embedded post, no dialogue.
    if (signatureAt(body, pStart)) continue;
    const innerStart = pStart + dash[0].length;
    const text = body.slice(innerStart, pEnd);
    let cut = -1;
    const comma = /[,–—-]\s+((?:\p{L}+\s+){0,2}\p{L}+)/gu;
    for (let m = comma.exec(text); m; m = comma.exec(text)) {
      // The attribution ends its sentence; narration may follow in the paragraph.
      const stop = /[.!?](?:\s|$)/.exec(text.slice(m.index + m[0].length));
      if ((stop ? m[0].length + stop.index : text.length - m.index) > 120) continue;
      if (m[1].toLowerCase().split(/\s+/).some((w) => speechVerbs.has(w))) cut = m.index;
    }
    if (cut < 0 && english) continue;
    const innerEnd = cut < 0 ? pEnd : innerStart + cut;
    out.push({ start: pStart, end: innerEnd, innerStart, innerEnd, single: false, closed: cut >= 0 });
  }
  return out;
}

// After a sentence of narration, a dash opens the words themselves, up to a dash and the attribution.
const DASHED_INSIDE_RE = /[.!?…][ \u00a0]+[–—-][ \u00a0]+(?=\p{Lu})/gu;
const DASH_ATTRIBUTION_RE = /^[^"“”„«»\n]{12,400}?(?=,?[ \u00a0]+[–—-][ \u00a0]+((?:\p{L}+[ \u00a0]+){0,2}\p{L}+))/u;

/**
 * "Doszło do wybuchów. - To czarny dzień - mówił premier X.": where dialogue dashes are written,
 * a dash after a sentence's end inside a paragraph opens a quote as one opening the paragraph
 * does, when a dash and an attribution (a speech verb within its first three words) close it.
 */
function dashedInside(body: string, from: number, pEnd: number, speechVerbs: Set<string>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const text = body.slice(from, pEnd);
  for (const m of text.matchAll(DASHED_INSIDE_RE)) {
    const innerStart = from + m.index + m[0].length;
    const words = DASH_ATTRIBUTION_RE.exec(body.slice(innerStart, Math.min(pEnd, innerStart + 480)));
    if (!words || words[0].split(/\s+/).length < 3 || !words[1].toLowerCase().split(/[ \u00a0]+/).some((w) => speechVerbs.has(w))) continue;
    const innerEnd = innerStart + words[0].length;
    out.push({ start: from + m.index + m[0].search(/[–—-]/), end: innerEnd, innerStart, innerEnd, single: false, closed: true });
  }
  return out;
}

// A paragraph's opening words, with no quotation mark, then a dash and an attribution.
const BEFORE_DASH_RE = /^\p{Lu}[^"“”„«»\n]{24,400}?(?=,?[ \u00a0]+[–—-][ \u00a0]+((?:\p{L}+[ \u00a0]+){0,2}\p{L}+))/u;

/**
 * "Uznaję, że nie mogę zrealizować mandatu - oświadczyła w czwartek Dana Kellor, ogłaszając …",
 * "Мы восстановим порт, — заявил Томас Вергук.": in Slavic press a paragraph may open on the words
 * themselves, without quotation marks, up to a dash and the attribution (a speech verb within its
 * first three words). Five words at least; only in languages that write so (elsewhere a dash sets off an aside).
 */
function speechBeforeDash(body: string, pStart: number, pEnd: number, speechVerbs: Set<string>): QuoteSpan | null {
  const m = BEFORE_DASH_RE.exec(body.slice(pStart, Math.min(pEnd, pStart + 480)));
  if (!m || m[0].split(/\s+/).length < 5 || !m[1].toLowerCase().split(/[ \u00a0]+/).some((w) => speechVerbs.has(w))) return null;
  const end = pStart + m[0].length;
  return { start: pStart, end, innerStart: pStart, innerEnd: end, single: false, closed: true };
}

const UNMARKED_RE = /["“”„«»]/;

// "Dana Kellor, mayor of Velmar: We will rebuild the pier.": a paragraph that opens on a person's
// name (two to four capitalised words, an apposition after a comma allowed) and a colon, then the
// words themselves, as transcripts and live reports print what was said.
const SPEAKER_LABEL_RE = /^(\p{Lu}[\p{L}'’-]+)((?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){1,3})(?:,[^:.!?\n"“”„«»]{1,80})?:[ \u00a0]+(?=\p{Lu})/u;

/**
 * Paragraphs led by a speaker's label (see SPEAKER_LABEL_RE): the words after the colon, five at
 * least and ending a sentence, with no quotation mark in the paragraph; only when the label opens
 * on a known given name (a "Breaking News:" or "Foreign Ministry:" label is no one).
 */
export function labelledSpans(body: string, paragraphs: Span[], givenName: (word: string) => boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const [pStart, pEnd] of paragraphs) {
    const text = body.slice(pStart, pEnd);
    const m = SPEAKER_LABEL_RE.exec(text);
    if (!m || !givenName(m[1]) || UNMARKED_RE.test(text)) continue;
    const words = text.slice(m[0].length).trim();
    if (words.split(/\s+/).length < 5 || !/[.!?…]$/.test(words)) continue;
    const start = pStart + m[0].length;
    const end = pStart + text.trimEnd().length;
    out.push({ start, end, innerStart: start, innerEnd: end, single: false, closed: true });
  }
  return out;
}

/**
 * A block quotation introduced by a colon: "Twitter post by agency administrator Dana Whitlock:"
 * and then, on the next line or paragraph, the words themselves without quotation marks. Only
 * when the introduction names what was published (a post, a statement): after "X reported the
 * following:" comes a copied passage, after "were arrested:" a list.
 */
export function colonBlockSpans(body: string, paragraphs: Span[], introWords: (word: string) => boolean): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p];
    const text = body.slice(pStart, pEnd);
    const inside = /:[ \t]*\n\s*/.exec(text);
    const [introEnd, blockStart, blockEnd] = inside
      ? [pStart + inside.index, pStart + inside.index + inside[0].length, pEnd]
      : text.endsWith(':') && paragraphs[p + 1]
        ? [pEnd - 1, paragraphs[p + 1][0], paragraphs[p + 1][1]]
        : [-1, -1, -1];
    if (introEnd < 0) continue;
    const intro = body.slice(Math.max(pStart, body.lastIndexOf('\n', introEnd) + 1), introEnd);
    const block = body.slice(blockStart, blockEnd);
    if (block.length < 20 || UNMARKED_RE.test(block) || /[:]\s*\n/.test(block)) continue;
    // Written in lowercase: the common noun, not a name ("The Pellmere Post reported").
    if (!intro.split(/[^\p{L}]+/u).some((w) => /^\p{Ll}/u.test(w) && introWords(w))) continue;
    out.push({ start: blockStart, end: blockEnd, innerStart: blockStart, innerEnd: blockEnd, single: false, closed: false });
  }
  return out;
}
