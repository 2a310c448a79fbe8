// An article of a story cut into the units claims are compared on: sentences (with the mode and
// source the extraction gave them) grouped into paragraphs, each with its bag of terms.
import type { Article, ArticleExtraction, AttributionMode, Figure, Quote, Span } from '../types.js';
import { type AliasTable, type Terms, termsOf } from './terms.js';

export interface SentenceUnit {
  article: string;
  paragraph: number;
  text: string;
  start: number;
  end: number;
  mode: AttributionMode;
  /** The source the text gives for this sentence: a canonical name when it resolves to one. */
  source: string | null;
  quotes: Quote[];
  figures: Figure[];
  terms: Terms;
}

export interface ArticleUnits {
  article: Article;
  sentences: SentenceUnit[];
  /** Sentence indexes per paragraph, in order. */
  paragraphs: number[][];
}

export function articleUnits(
  article: Article,
  extraction: ArticleExtraction | undefined,
  quotes: Quote[],
  figures: Figure[],
  attributionAt: Map<number, { mode: AttributionMode; source: string | null }>,
  aliases: AliasTable,
): ArticleUnits {
  const breaks = paragraphStarts(article.body);
  const spans = joinQuoted(extraction?.sentences.length ? extraction.sentences : [[0, article.body.length] as Span], quotes);
  const sentences: SentenceUnit[] = spans.map(([start, end]) => {
    const text = article.body.slice(start, end);
    const attribution = attributionAt.get(start);
    return {
      article: article.id,
      paragraph: paragraphOf(breaks, start),
      text,
      start,
      end,
      mode: modeOf(attribution?.mode ?? 'asserted', text),
      source: attribution?.source ?? null,
      quotes: quotes.filter((q) => q.span[0] < end && q.span[1] > start),
      figures: figures.filter((f) => f.span[0] >= start && f.span[0] < end),
      terms: termsOf(text, aliases),
    };
  });
  const paragraphs: number[][] = [];
  sentences.forEach((s, i) => (paragraphs[s.paragraph] ??= []).push(i));
  return { article, sentences, paragraphs: paragraphs.filter(Boolean) };
}

/** A denial, rejection or doubt about the claim, beside a non-answer. */
const DENIAL = /\b(?:den(?:y|ies|ied|ying)|reject|dismiss|disput|refut|baseless|unfounded|no evidence|without (?:providing |offering )?evidence|false|fabricat)/i;
/** The outlet's note that it asked for comment and got none: newsroom procedure, not a denial. */
const NO_COMMENT = /\b(?:requests?|inquir(?:y|ies)|questions?|calls?|e-?mails?|messages?)\b[^.;]{0,40}\bcomment|\bdeclined to comment|\bcould not (?:immediately )?be reached|\bfor comment\b/i;

/** A sentence's mode as the comparison counts it: "did not respond to a request for comment" disputes nothing. */
function modeOf(mode: AttributionMode, text: string): AttributionMode {
  return mode === 'disputed' && NO_COMMENT.test(text) && !DENIAL.test(text) ? 'asserted' : mode;
}

/**
 * Sentences joined where a quote runs across their boundary: a claim is compared on whole
 * statements, never on text that starts or ends inside a quote.
 */
function joinQuoted(spans: Span[], quotes: Quote[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && quotes.some((q) => q.span[0] < last[1] && q.span[1] > span[0])) last[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

function paragraphStarts(body: string): number[] {
  const starts = [0];
  for (const m of body.matchAll(/\n\s*\n/g)) starts.push(m.index! + m[0].length);
  return starts;
}

function paragraphOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
