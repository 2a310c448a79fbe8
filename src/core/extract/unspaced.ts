// Japanese and Chinese quotes: scripts written without spaces between words, and their own ways
// of marking words as someone's (a quotative particle after the quote, a full-width colon before it);
// Korean's quotative ending after the quote.
import { mentionsIn, sentenceIndexAt, type ArticleContext } from './context.js';
import type { QuoteSpan } from './quotemarks.js';
import { HANGUL, KANA, NAME_DOT } from './uncased.js';
import { lastInFocus, type SalienceEvent } from './speaker-resolve.js';

// Japanese and Chinese write no spaces between words; a word there is about two characters.
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_CHARS_RE = new RegExp(UNSPACED_CHAR.source, 'gu');
const UNSPACED_CHARS_PER_WORD = 2;

/** How many characters of the text are of a script written without spaces (Han, Hiragana, Katakana). */
export const unspacedChars = (text: string): number => text.match(UNSPACED_CHARS_RE)?.length ?? 0;

/** Whether the text holds a character of a script written without spaces (Han, Hiragana, Katakana). */
export const hasUnspacedScript = (text: string): boolean => UNSPACED_CHAR.test(text);

/** Words of a quote's text: those between spaces, or for unspaced scripts, their characters in words. */
export function wordCount(text: string, spaced: number): number {
  const unspaced = unspacedChars(text);
  return Math.max(spaced, Math.round(unspaced / UNSPACED_CHARS_PER_WORD));
}

// Korean closes a quote with a quotative ending before its verb: "“…”라고 밝혔다", "“…”고 말했다",
// "“…”며" (saying), "“…”이라고 주장했다".
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
  return /^(?:と|って)/.test(body.slice(mark.end, mark.end + 2)) || /[:：]\s*$/.test(pre) || CHINESE_SPEECH_BEFORE.test(pre) || chineseSpeechAfter(body, mark) >= 0;
}

// Chinese speech verbs: "…，”亚米什在社媒上贴文说", "纳吉布发布消息说：“…”".
const CHINESE_SPEECH = /说|表示|称|指出|写道|强调|透露|坦言|告诉|宣布|回应|补充/;
// A speech verb right before the opening mark, after a comma or nothing ("马克龙表示，“…”").
const CHINESE_SPEECH_BEFORE = new RegExp(`(?:${CHINESE_SPEECH.source})[，,]?\\s*$`);
const CLAUSE_END = /[。！？\n“「]/;

/** Offset in the text after `mark` of a Chinese speech verb in the clause that follows the quote, or -1. */
function chineseSpeechAfter(body: string, mark: QuoteSpan): number {
  const rest = body.slice(mark.end, mark.end + 60);
  const clause = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
  if (KANA.test(clause)) return -1;
  return clause.search(CHINESE_SPEECH);
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
export function unspacedSpeaker(ctx: ArticleContext, mark: QuoteSpan, events: SalienceEvent[]): number | null {
  const { body } = ctx;
  const from = sentenceStartOf(body, mark.start);
  // A Chinese sentence's speaker is chineseClauseSpeaker's, asked first by findQuotes.
  if (KANA.test(body.slice(from, mark.end + 30))) return japaneseSpeaker(ctx, mark, from);
  return HANGUL.test(body.slice(mark.innerStart, mark.innerEnd)) ? koreanSpeaker(ctx, mark, events) : null;
}

// After a Korean name, what it is of and its office (up to three words) and the particle marking the topic or the subject.
// The pronouns he and she as the sentence's topic or subject.
const KOREAN_PRONOUN = /(?:^|\s)(?:그는|그녀는|그가|그녀가)\s/u;
const KOREAN_TOPIC_AFTER = /^(?:[ \u00a0]+[\uac00-\ud7a3]+?){0,3}(?:께서|은|는|이|가)(?=[\s,])/u;

/**
 * “…”라고 말했다 after "팡 사무총장은 9일": a Korean quote's speaker is the person its sentence
 * marks as topic or subject before it, else the last person the sentence names before it.
 */
function koreanSpeaker(ctx: ArticleContext, mark: QuoteSpan, events: SalienceEvent[]): number | null {
  const from = ctx.sentences[sentenceIndexAt(ctx, mark.start)][0];
  // "그는 “…”고 덧붙였다": he or she, the person in focus.
  if (KOREAN_PRONOUN.test(ctx.body.slice(from, mark.start))) return lastInFocus(ctx, from, null, events);
  let last: number | null = null;
  for (const k of mentionsIn(ctx, from, mark.start).reverse()) {
    const entity = ctx.entityOf[k];
    if (ctx.entities[entity]?.type !== 'person') continue;
    const end = ctx.mentions[k].span[1];
    if (KOREAN_TOPIC_AFTER.test(ctx.body.slice(end, end + 12))) return entity;
    last ??= entity;
  }
  return last;
}

/** The start of the sentence (Japanese or Chinese punctuation) a quote mark stands in, earlier corner quotes of it passed over. */
function sentenceStartOf(body: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_END.has(body[from - 1])) {
    from--;
    if (body[from] === '」') from = Math.max(0, body.lastIndexOf('「', from));
  }
  return from;
}

/**
 * The person a Chinese sentence names as the speaker of its quote, outright (see chineseSpeaker):
 * such a clause overrides whoever spoke before. Null for Japanese text or when none is named.
 */
export function chineseClauseSpeaker(ctx: ArticleContext, mark: QuoteSpan): number | null {
  if (!hasUnspacedScript(ctx.body.slice(mark.innerStart, mark.innerEnd))) return null;
  const from = sentenceStartOf(ctx.body, mark.start);
  return KANA.test(ctx.body.slice(from, mark.end + 30)) ? null : chineseSpeaker(ctx, mark, from);
}

/** The topic or subject named with は or が before the quote in its sentence, else the last person named there. */
function japaneseSpeaker(ctx: ArticleContext, mark: QuoteSpan, from: number): number | null {
  const { body } = ctx;
  let last: number | null = null;
  for (const k of mentionsIn(ctx, from, mark.start).reverse()) {
    const entity = ctx.entityOf[k];
    if (ctx.entities[entity]?.type !== 'person') continue;
    if (TOPIC_AFTER.test(body.slice(ctx.mentions[k].span[1], ctx.mentions[k].span[1] + 8))) return entity;
    last ??= entity;
  }
  return last;
}

/**
 * The speaker of a Chinese quote: the person named last before the speech verb of the clause after
 * it ("…，”还处在惊恐中的安东尼奥说"), else before the speech verb and colon that open it. A foreign
 * name is written whole once ("安东尼奥·卢比诺") and then often by one part: either part names it.
 * Where the name was also written in Latin letters in parentheses ("安东尼奥·卢比诺(Antonio
 * Rubino)"), the person is that Latin name's. Null when no one is named there.
 */
function chineseSpeaker(ctx: ArticleContext, mark: QuoteSpan, sentenceStart: number): number | null {
  const after = chineseSpeechAfter(ctx.body, mark);
  let region: [number, number] | null = after >= 0 ? [mark.end, mark.end + after] : null;
  if (!region) {
    const pre = ctx.body.slice(sentenceStart, mark.start);
    if ((/[:：]\s*$/.test(pre) && CHINESE_SPEECH.test(pre)) || CHINESE_SPEECH_BEFORE.test(pre)) region = [sentenceStart, mark.start];
  }
  if (!region) return null;
  const text = ctx.body.slice(region[0], region[1]);
  let best = -1;
  let speaker: number | null = null;
  for (let k = 0; k < ctx.mentions.length; k++) {
    const entity = ctx.entityOf[k];
    if (ctx.entities[entity]?.type !== 'person') continue;
    const whole = ctx.body.slice(ctx.mentions[k].span[0], ctx.mentions[k].span[1]);
    const parts = whole.split(NAME_DOT);
    const forms = parts.length > 1 ? [whole, ...parts.filter((p) => p.length >= 2)] : [whole];
    for (const form of forms) {
      const at = text.lastIndexOf(form);
      if (at > best) [best, speaker] = [at, latinAlias(ctx, k) ?? entity];
    }
  }
  return speaker;
}

/** The entity of a Latin-letter person's name in parentheses right after mention `k` ("卢比诺(Antonio Rubino)"), if any. */
function latinAlias(ctx: ArticleContext, k: number): number | undefined {
  const end = ctx.mentions[k].span[1];
  const open = /^\s*[(（]\s*/.exec(ctx.body.slice(end, end + 4));
  if (!open) return undefined;
  const at = ctx.mentions.findIndex((m) => m.span[0] === end + open[0].length);
  return at >= 0 && ctx.entities[ctx.entityOf[at]]?.type === 'person' ? ctx.entityOf[at] : undefined;
}

