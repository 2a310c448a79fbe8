// The per-article working state the extraction steps share.
import type { Span } from '../types.js';
import type { ArticleEntity } from './entities.js';
import type { Lexicon } from './lang/index.js';
import type { RawMention } from './mention-parts.js';
import type { QuoteSpan } from './quotemarks.js';
import { spanIndexAt, tokenIndexFrom, type Token } from './text.js';

export interface ArticleContext {
  articleId: string;
  body: string;
  /** Word lists of the article's language. */
  lex: Lexicon;
  paragraphs: Span[];
  sentences: Span[];
  tokens: Token[];
  /** Top-level quotation spans (marks included), real quotes and scare quotes alike. */
  quoteMarks: QuoteSpan[];
  markSpans: Span[];
  mentions: RawMention[];
  entityOf: number[];
  entities: ArticleEntity[];
}

export function insideQuote(ctx: ArticleContext, pos: number): boolean {
  return spanIndexAt(ctx.markSpans, pos) >= 0;
}

/** Tokens in [start, end) that are outside every quotation. */
export function tokensOutside(ctx: ArticleContext, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexFrom(ctx.tokens, start); i < ctx.tokens.length && ctx.tokens[i].start < end; i++) {
    if (!insideQuote(ctx, ctx.tokens[i].start)) out.push(ctx.tokens[i]);
  }
  return out;
}

/** Indexes of mentions starting in [start, end), outside quotations. */
export function mentionsIn(ctx: ArticleContext, start: number, end: number): number[] {
  const out: number[] = [];
  let lo = 0;
  let hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid].span[0] < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ctx.mentions.length && ctx.mentions[i].span[0] < end; i++) {
    if (!ctx.mentions[i].inQuote) out.push(i);
  }
  return out;
}

export function sentenceIndexAt(ctx: ArticleContext, pos: number): number {
  const i = spanIndexAt(ctx.sentences, pos);
  if (i >= 0) return i;
  let lo = 0;
  let hi = ctx.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid][1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, ctx.sentences.length - 1);
}

/** "… siger hun ifølge The Herald", "according to the BBC": a source cited, not a subject in focus. */
export function afterAccording(ctx: ArticleContext, pos: number): boolean {
  const [w1, from] = wordBefore(ctx.body, pos);
  if (w1 === '') return false;
  if (ctx.lex.according.has(w1)) return true;
  // "according to the BBC", "по словам Лаврова": an article or the phrase's second word between.
  const [w2, at] = wordBefore(ctx.body, from);
  if (ctx.lex.connectorArticles.has(w1)) {
    if (ctx.lex.according.has(w2)) return true;
    const [w3] = wordBefore(ctx.body, at);
    return ctx.lex.according.has(w3) && (ctx.lex.speechPhrases.get(w3) ?? []).includes(w2);
  }
  return ctx.lex.according.has(w2) && (ctx.lex.speechPhrases.get(w2) ?? []).includes(w1);
}

/** The lowercase word ending right before pos (spaces between), and where it starts; '' if none. */
function wordBefore(body: string, pos: number): [string, number] {
  let end = pos;
  while (end > 0 && end > pos - 3 && (body[end - 1] === ' ' || body[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && end - start < 20 && /\p{L}/u.test(body[start - 1])) start--;
  return [body.slice(start, end).toLowerCase(), start];
}
