// Pairs quotation marks: curly and straight, double and single, nested one level inside another,
// and quotes that run over several paragraphs (each new paragraph reopens, only the last closes).
// Apostrophes ("Norway’s", "don't", "the US’ arming") are told from closing single quotes.
import type { Span } from '../types.js';

export interface QuoteSpan {
  /** Position of the opening mark. */
  start: number;
  /** Position after the closing mark (or the paragraph end when it never closes). */
  end: number;
  innerStart: number;
  innerEnd: number;
  single: boolean;
  closed: boolean;
}

interface Open {
  pos: number;
  /** Characters the opening mark takes (2 for a doubled ‘‘). */
  width: number;
  single: boolean;
  straight: boolean;
}

const QUOTE_CHAR_RE = /["“”„«»‘’'‹›]/g;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrOpen = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);

/** Top-level quotations in the body, in order. */
export function findQuoteSpans(body: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const [pStart, pEnd] = paragraphs[p];
    const stack: Open[] = [];
    let skipOpenerAt = -1;
    if (carried) {
      stack.push(carried);
      skipOpenerAt = pStart;
      carried = null;
    }
    QUOTE_CHAR_RE.lastIndex = pStart;
    for (let m = QUOTE_CHAR_RE.exec(body); m && m.index < pEnd; m = QUOTE_CHAR_RE.exec(body)) {
      const i = m.index;
      // Doubled single marks (’’ ‘‘ '') stand for a double mark in some house styles.
      const doubled = (m[0] === '’' || m[0] === '‘' || m[0] === "'") && body[i + 1] === m[0];
      const c = doubled ? (m[0] === '‘' ? '“' : m[0] === '’' ? '”' : '"') : m[0];
      if (doubled) QUOTE_CHAR_RE.lastIndex = i + 2;
      if (i === skipOpenerAt) continue;
      const prev = i > pStart ? body[i - 1] : undefined;
      const next = i + 1 < pEnd ? body[i + 1] : undefined;
      const top = stack[stack.length - 1];
      let action: 'open' | 'close' | null = null;
      let single = false;
      let straight = false;
      switch (c) {
        case '“':
        case '„':
        case '«':
          action = 'open';
          break;
        case '”':
        case '»':
          action = stack.some((o) => !o.single) ? 'close' : null;
          break;
        case '"':
          straight = true;
          if (top && !top.single && top.straight) action = 'close';
          else if (isSpaceOrOpen(prev)) action = 'open';
          else if (stack.some((o) => !o.single)) action = 'close';
          break;
        case '‘':
        case '‹':
          single = true;
          action = isWordChar(prev) ? null : 'open';
          break;
        case '’':
        case '›':
        case "'":
          single = true;
          straight = c === "'";
          if (isWordChar(prev) && isWordChar(next)) action = null;
          else if (top?.single && !isSpaceOrOpen(prev)) action = 'close';
          else if (straight && isSpaceOrOpen(prev) && isWordChar(next)) action = 'open';
          break;
      }
      if (action === 'open') {
        stack.push({ pos: i, width: doubled ? 2 : 1, single, straight });
      } else if (action === 'close') {
        while (stack.length && stack[stack.length - 1].single !== single) stack.pop();
        const open = stack.pop();
        if (open && stack.length === 0) {
          const width = doubled ? 2 : 1;
          out.push({ start: open.pos, end: i + width, innerStart: open.pos + open.width, innerEnd: i, single: open.single, closed: true });
        }
      }
    }
    const outer = stack[0];
    if (!outer || outer.single) continue;
    const nextPara = paragraphs[p + 1];
    if (nextPara && `"“„«`.includes(body[nextPara[0]])) {
      carried = outer;
    } else {
      out.push({ start: outer.pos, end: pEnd, innerStart: outer.pos + outer.width, innerEnd: pEnd, single: false, closed: false });
    }
  }
  return out;
}

/** Quote text with the marks of a multi-paragraph quote's paragraph breaks folded to a space. */
export function quoteText(body: string, q: QuoteSpan): string {
  return body
    .slice(q.innerStart, q.innerEnd)
    .replace(/\s*\n\s*\n\s*["“„«]?/g, ' ')
    .trim();
}
