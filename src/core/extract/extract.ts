// Per-article extraction: one pure pass from an Article to its sentences, entities, quotes,
// figures and sentence attributions. Stateless, so workers can run it in parallel.
import type { Article, ArticleExtraction, LocalEntity } from '../types.js';
import { attributeSentences } from './attribution.js';
import type { ArticleContext } from './context.js';
import { resolveEntities } from './entities.js';
import { findFigures } from './figures.js';
import { lexiconFor } from './lang/index.js';
import { findMentions } from './mentions.js';
import { givenNameGender } from './gazetteer.js';
import { colonBlockSpans, dashQuoteSpans, findQuoteSpans, labelledSpans, type QuoteSpan } from './quotemarks.js';
import { findQuotes, toQuotes } from './quotes.js';
import { splitIncises } from './incises.js';
import { postSpans } from './signatures.js';
import { salienceEvents } from './speakers.js';
import { paragraphSpans, sentenceSpans, tokenize } from './text.js';

export function extractArticle(article: Article): ArticleExtraction {
  const body = article.body;
  const lex = lexiconFor(article.language);
  const paragraphs = paragraphSpans(body);
  const sentences = sentenceSpans(body, paragraphs, lex);
  const tokens = tokenize(body);
  const marked = withDashQuotes(splitIncises(body, findQuoteSpans(body, paragraphs), lex), dashQuoteSpans(body, paragraphs, lex.speechVerbs, lex.language === 'en', lex.speechBeforeDash));
  const blocks = withDashQuotes(withDashQuotes(marked, colonBlockSpans(body, paragraphs, (w) => lex.statementNouns.has(w))), labelledSpans(body, paragraphs, (w) => givenNameGender(w) !== null));
  // An embedded post with no quotation marks, signed "— Name (@handle) date", is its author's words.
  const quoteMarks = withDashQuotes(blocks, postSpans(body, paragraphs));
  // Built by push: map's result is packed or holey depending on whether this function is optimized
  // yet, and the readers of these spans were deoptimized by each new kind.
  const markSpans: [number, number][] = [];
  for (const q of quoteMarks) markSpans.push([q.start, q.end]);
  const mentions = findMentions({ body, tokens, sentences, quotes: markSpans, lex });
  const { entities, entityOf } = resolveEntities(body, mentions);
  const ctx: ArticleContext = {
    articleId: article.id,
    body,
    lex,
    paragraphs,
    sentences,
    tokens,
    quoteMarks,
    markSpans,
    mentions,
    entityOf,
    entities,
  };
  const events = salienceEvents(ctx);
  const found = findQuotes(ctx, events);
  return {
    article: article.id,
    sentences,
    entities: entities.map(
      ({ key, name, type, aliases, mentions: ms }): LocalEntity => ({ key, name, type, aliases, mentions: ms }),
    ),
    quotes: toQuotes(ctx, found),
    figures: findFigures(ctx),
    attributions: attributeSentences(ctx, found, events),
  };
}

/** Dash- and colon-introduced paragraphs that hold no quotation marks of their own join the marked quotes. */
function withDashQuotes(marked: QuoteSpan[], dashed: QuoteSpan[]): QuoteSpan[] {
  if (dashed.length === 0) return marked;
  const free = dashed.filter((d) => !marked.some((m) => m.start < d.end && m.end > d.start));
  return [...marked, ...free].sort((a, b) => a.start - b.start);
}

/**
 * The body's first sentence, split as extraction splits sentences in the article's language
 * (abbreviations, initials and an ordinal day before its month stay inside: "Moskva, 13. marca …").
 */
export function firstSentence(body: string, language: string | null | undefined): string {
  const paragraphs = paragraphSpans(body);
  const [first] = sentenceSpans(body, paragraphs.slice(0, 1), lexiconFor(language));
  return first ? body.slice(first[0], first[1]) : '';
}
