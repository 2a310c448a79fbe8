// Japanese and Chinese quotes: scripts written without spaces between words, and their own ways
// of marking words as someone's (a quotative particle after the quote, a full-width colon before it);
// Korean's quotative ending after the quote.
import { mentionsIn, type ArticleContext } from './context.js';
import type { QuoteSpan } from './quotemarks.js';

// Japanese and Chinese write no spaces between words; a word there is about two characters.
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_CHARS_RE = new RegExp(UNSPACED_CHAR.source, 'gu');
const UNSPACED_CHARS_PER_WORD = 2;

/** Whether the text holds a character of a script written without spaces (Han, Hiragana, Katakana). */
export const hasUnspacedScript = (text: string): boolean => UNSPACED_CHAR.test(text);

/** Words of a quote's text: those between spaces, or for unspaced scripts, their characters in words. */
export function wordCount(text: string, spaced: number): number {
  const unspaced = text.match(UNSPACED_CHARS_RE)?.length ?? 0;
  return Math.max(spaced, Math.round(unspaced / UNSPACED_CHARS_PER_WORD));
}

// Korean closes a quote with a quotative ending before its verb: "“…”라고 밝혔다", "“…”고 말했다",
// "“…”며" (saying), "“…”이라고 주장했다".
const HANGUL = /\p{Script=Hangul}/u;
const KOREAN_QUOTATIVE = /^(?:이?라고|고|이?라며|며)(?=[\s,.]|$)/u;

/**
 * 「…」と供述した, 「…」って, 他表示：「…」, “…”라고 밝혔다: in Japanese and Chinese the quotative
 * particle after the closing mark, or a colon before the opening one, and in Korean the quotative
 * ending after it, mark the quote as someone's words even where no speech verb of a known language
 * is found.
 */
export function unspacedSpeech(body: string, pre: string, mark: QuoteSpan): boolean {
  const inner = body.slice(mark.innerStart, mark.innerEnd);
  if (HANGUL.test(inner)) return KOREAN_QUOTATIVE.test(body.slice(mark.end, mark.end + 4));
  if (!hasUnspacedScript(inner)) return false;
  return /^(?:と|って)/.test(body.slice(mark.end, mark.end + 2)) || /[:：]\s*$/.test(pre);
}

// What ends a sentence in Japanese and Chinese prose.
const SENTENCE_END = new Set(['。', '！', '？', '\n']);
// After a name, its office or honorific and then the particle marking the topic or the subject.
const TOPIC_AFTER = /^[^\s、。「」]{0,6}?[はが]/u;

/**
 * 「…」と述べた after "ハメネイ師は19日、": the speaker of a quote in Japanese is the topic or subject
 * named earlier in its sentence (earlier quotes of the sentence skipped): the last person named
 * with は or が after the name and its title, else the last person named. Null when none is.
 */
export function unspacedSpeaker(ctx: ArticleContext, mark: QuoteSpan): number | null {
  const { body } = ctx;
  let from = mark.start;
  while (from > 0 && !SENTENCE_END.has(body[from - 1])) {
    from--;
    if (body[from] === '」') from = Math.max(0, body.lastIndexOf('「', from));
  }
  let last: number | null = null;
  for (const k of mentionsIn(ctx, from, mark.start).reverse()) {
    const entity = ctx.entityOf[k];
    if (ctx.entities[entity]?.type !== 'person') continue;
    if (TOPIC_AFTER.test(body.slice(ctx.mentions[k].span[1], ctx.mentions[k].span[1] + 8))) return entity;
    last ??= entity;
  }
  return last;
}
