// How each sentence presents its content: asserted in the outlet's own voice, attributed to a
// source, hedged ("allegedly", "reportedly", "claims") or disputed ("has not responded", "denied",
// "no evidence"). Hedge and dispute cues count only outside quotation marks: a hedge inside a
// quote is the speaker's, and the sentence is then attributed to the speaker.
import type { Attribution, AttributionMode } from '../types.js';
import { tokensOutside, type ArticleContext } from './context.js';
import { spanIndexAt } from './text.js';
import { HEDGE_RE, isDisputed } from './lexicon.js';
import type { Token } from './text.js';
import type { FoundQuote } from './quotes.js';
import { cueAfter, cueBefore, resolveSubject, type Cue, type SalienceEvent } from './speakers.js';
import { subjectAfterVerb } from './colon-subject.js';
import { attributorIn, openingAuxiliary, separableSpeech } from './speaker-clauses.js';

export function attributeSentences(ctx: ArticleContext, quotes: FoundQuote[], events: SalienceEvent[]): Attribution[] {
  const out: Attribution[] = [];
  let qi = 0;
  for (const [start, end] of ctx.sentences) {
    while (qi < quotes.length && quotes[qi].mark.end <= start) qi++;
    const quote = qi < quotes.length && quotes[qi].mark.start < end ? quotes[qi] : undefined;
    const outside = maskQuotes(ctx, start, end);
    const sentence = ctx.body.slice(start, end);
    let mode: AttributionMode = 'asserted';
    let source: string | null = null;
    const cue = quote ? null : speechCue(ctx, start, end);
    const cueSource = cue?.subject ? sourceOf(ctx, cue, events) : null;
    // A quote of an office holder no named person of the article holds: the office, as the text words it.
    if (quote) source = quote.speaker === null ? (quote.cue?.subject?.kind === 'description' ? quote.cue.subject.text : null) : ctx.entities[quote.speaker].name;
    else source = cueSource;
    if (isDisputed(outside)) mode = 'disputed';
    else if (HEDGE_RE.test(outside)) mode = 'hedged';
    else if (quote || cue) mode = 'attributed';
    if (!source && mode !== 'asserted') source = cue ? phraseOf(ctx, cue, start) : subjectPhrase(ctx, start, end);
    out.push({ article: ctx.articleId, sentence, span: [start, end], mode, source });
  }
  return out;
}

function maskQuotes(ctx: ArticleContext, start: number, end: number): string {
  let i = spanIndexAt(ctx.markSpans, start);
  if (i < 0) {
    i = 0;
    while (i < ctx.markSpans.length && ctx.markSpans[i][1] <= start) i++;
  }
  if (i >= ctx.markSpans.length || ctx.markSpans[i][0] >= end) return ctx.body.slice(start, end);
  let text = '';
  let at = start;
  for (; i < ctx.markSpans.length && ctx.markSpans[i][0] < end; i++) {
    const [qs, qe] = ctx.markSpans[i];
    text += ctx.body.slice(at, Math.max(at, qs)) + ' ';
    at = Math.max(at, Math.min(qe, end));
  }
  return text + ctx.body.slice(at, end);
}

/**
 * English speech verbs whose passive names no speech: a strike or an election "was called", a
 * suspect "was charged", a road "is maintained", a silence "was observed", a video "was posted".
 */
const PASSIVE_NOT_SPEECH = new Set(['called', 'charged', 'maintained', 'observed', 'posted']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);

/** A speech verb outside quotes with its subject: "The minister estimated…", "…, according to X." */
export function speechCue(ctx: ArticleContext, start: number, end: number): Cue | null {
  const tokens = tokensOutside(ctx, start, end);
  const english = ctx.lex.language === 'en';
  const verbAt = tokens.findIndex((t, i) => {
    const w = t.lower;
    const second = ctx.lex.speechPhrases.get(w);
    if (second) return second.includes(tokens[i + 1]?.lower ?? '');
    if (english && PASSIVE_NOT_SPEECH.has(w) && BE.has(tokens[i - 1]?.lower ?? '')) return false;
    return ((ctx.lex.speechVerbs.has(w) || separableSpeech(ctx, tokens, i)) && !/^\p{Lu}/u.test(t.text)) || ctx.lex.according.has(w);
  });
  if (verbAt < 0) return attributorCue(ctx, start, end);
  const verb = tokens[verbAt];
  const bare: Cue = { subject: null, verb: verb.lower, continuation: false, after: false, verbStart: verb.start, verbEnd: verb.end };
  if (ctx.lex.according.has(bare.verb)) return cueAfter(ctx, verb.start, end) ?? bare;
  const cue = postposedCue(ctx, tokens, verbAt, end) ?? cueBefore(ctx, start, verb.end);
  if (cue?.subject) return cue;
  // "Am Freitag dementierte Marco Ventresca die Vorwürfe": in second place, the verb's subject after it.
  const second = subjectAfterVerb(ctx, tokens, end, verbAt);
  return second ? { ...bare, subject: second.subject } : (cue ?? bare);
}

/** "Die Brücke bleibe gesperrt, so Kellor am Montag.": attributed without a verb, to the name after "so". */
function attributorCue(ctx: ArticleContext, start: number, end: number): Cue | null {
  const by = attributorIn(ctx, start, end);
  if (by === undefined) return null;
  const [a, b] = ctx.mentions[by].span;
  return { subject: { kind: 'entity', entity: ctx.entityOf[by], pos: b }, verb: 'so', continuation: false, after: true, verbStart: a, verbEnd: b };
}

/** How many words may follow a postposed speaker in its clause ("lundi soir", "in a statement" start otherwise). */
const AFTER_SPEAKER = 2;

/**
 * "Le pays sera reconstruit, a déclaré la première ministre.", "…, dijo el presidente Ruiz.", "…,
 * ha detto il premier.", "…, said the minister.": a speech verb (with its auxiliaries) opening a
 * clause after a comma is inverted, and its subject is after it: the person named there or the
 * office holder described, never what the words before the comma are about. Taken only when that
 * subject ends the clause (or a time or a place follows it): "Officials, asked about it, said
 * Ostria had…" has its subject before the verb.
 */
function postposedCue(ctx: ArticleContext, tokens: Token[], verbAt: number, end: number): Cue | null {
  let opens = openingAuxiliary(ctx, tokens, verbAt);
  if (opens === 0) return null;
  const gap = ctx.body.slice(tokens[opens - 1].end, tokens[opens].start);
  const comma = gap.indexOf(',');
  if (comma < 0 || !/^[\s\u00a0»”"’']*,\s*$/.test(gap)) return null;
  const cue = cueAfter(ctx, tokens[opens - 1].end + comma + 1, end);
  const subject = cue?.subject;
  if (!cue || !subject) return null;
  if (subject.kind === 'pronoun') return subject.pos <= tokens[verbAt].end + 1 ? cue : null;
  if (subject.kind === 'entity' && !['person', 'organization'].includes(ctx.entities[subject.entity].type)) return null;
  const subjectEnd = subject.kind === 'description' ? Math.max(subject.pos, ctx.body.indexOf(subject.text, cue.verbEnd) + subject.text.length) : subject.pos;
  // "…, sagte Dorfvorsteher Roe, der nur einen Namen hat.": a comma closes the clause at its subject.
  if (/^\s*[,;:.!?]/.test(ctx.body.slice(subjectEnd, subjectEnd + 3))) return cue;
  const rest = tokensOutside(ctx, subjectEnd, end);
  const clause = rest.findIndex((t) => /[,;:.!?]/.test(ctx.body.slice(t.end, t.end + 1)));
  const after = clause < 0 ? rest : rest.slice(0, clause + 1);
  const next = after[0]?.lower ?? '';
  const circumstance = ctx.lex.prepositions.has(next) || ctx.lex.weekdays.has(next) || ctx.lex.timeWords.has(next);
  return after.length <= AFTER_SPEAKER || circumstance ? cue : null;
}

function sourceOf(ctx: ArticleContext, cue: Cue, events: SalienceEvent[]): string | null {
  if (!cue.subject) return null;
  const e = resolveSubject(ctx, cue.subject, events);
  if (e !== null) return ctx.entities[e].name;
  return cue.subject.kind === 'description' ? cue.subject.text : null;
}

/** "It’s worth noting", "There are reports": openings that name no source. */
const NOT_A_SOURCE = new Set(['it', 'there', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'he', 'she', 'they', 'we', 'i', 'you', 'as', 'so', 'if']);

const AUXILIARIES = /(?:\s+(?:have|has|had|not|n't|did|does|do|will|would|could|also|yet|still|again|repeatedly|once|never|already|immediately|publicly|strongly|been|be|being|is|are|was|were))+$/i;

/**
 * The text's own words for a source it does not resolve: "Local refugees … say", "Officials have
 * not responded", "according to the police".
 */
function phraseOf(ctx: ArticleContext, cue: Cue, sentenceStart: number): string | null {
  const text = ctx.body.slice(sentenceStart, cue.verbEnd);
  if (cue.verb === 'according') {
    const m = /according to\s+([^,.;:]{2,60})/i.exec(ctx.body.slice(cue.verbStart, cue.verbStart + 80));
    return m && m[1].trim().split(/\s+/).length <= 6 ? m[1].trim() : null;
  }
  const raw = ctx.body.slice(sentenceStart, cue.verbStart).trimEnd();
  // "Die Stadt solle erfahren, …, sagt er": a pronoun after the verb opening a clause is its
  // subject; the words before the comma are what was said, not who said it.
  const after = /^\s+(\p{L}+)/u.exec(ctx.body.slice(cue.verbEnd, cue.verbEnd + 20))?.[1]?.toLowerCase() ?? '';
  if (raw.endsWith(',') && ctx.lex.pronouns.has(after)) return null;
  // Passive ("has not been confirmed"): the subject is what is claimed, not who claims it.
  if (/\b(?:been|be|being|is|are|was|were)$/i.test(raw)) return null;
  const before = raw.replace(AUXILIARIES, '');
  const clause = before.slice(before.lastIndexOf(',') + 1).trim() || before.split(',')[0].trim();
  const words = clause.split(/\s+/).filter(Boolean);
  const lead = words[0]?.toLowerCase().replace(/['’].*$/, '') ?? '';
  return text && words.length > 0 && words.length <= 6 && /^\p{L}/u.test(clause) && !NOT_A_SOURCE.has(lead) ? clause : null;
}

/** A sentence with no speech verb: the words before its first comma, when short ("Local refugees, …"). */
function subjectPhrase(ctx: ArticleContext, start: number, end: number): string | null {
  const m = /^([\p{L}'’ -]{3,60}?),/u.exec(ctx.body.slice(start, end));
  if (!m) return null;
  const phrase = m[1].trim();
  return phrase.split(/\s+/).length <= 6 ? phrase : null;
}
