// Japanese and Chinese quotes: scripts written without spaces between words, and their own ways
// of marking words as someone's (a quotative particle after the quote, a full-width colon before it).
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

/**
 * 「…」と供述した, 「…」って, 他表示：「…」: in Japanese and Chinese the quotative particle after the
 * closing mark, or a colon before the opening one, marks the quote as someone's words even where no
 * speech verb of a known language is found.
 */
export function unspacedSpeech(body: string, pre: string, mark: QuoteSpan): boolean {
  if (!hasUnspacedScript(body.slice(mark.innerStart, mark.innerEnd))) return false;
  return /^(?:と|って)/.test(body.slice(mark.end, mark.end + 2)) || /[:：]\s*$/.test(pre);
}
