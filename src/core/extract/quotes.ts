// Quotations: which quoted stretches are speech (not scare quotes around a name or term), whether
// they are partial, and who said them — through the speech verb beside them, a pronoun or a
// description, or the speaker named further on in a run of quotes ("She added, “…” … Joan
// Whitfield said").
import type { Quote, Span } from '../types.js';
import { mentionsIn, sentenceIndexAt, tokensOutside, type ArticleContext } from './context.js';
import { quoteText, type QuoteSpan } from './quotemarks.js';
import { cueAfter, cueBefore, innerSpeaker, interjectedSpeaker, lastInFocus, resolveSubject, signatureCue, subjectsIn, type Cue, type SalienceEvent } from './speakers.js';
import { INDEFINITE, isIndefinite, speaksForBody } from './roles.js';
import { colonClauseSubject, passiveColonSubject } from './colon-subject.js';
import { apposedOpening, creditedRelay, isMedium } from './speaker-clauses.js';
import { lastColon, spanIndexAt } from './text.js';
import { colonSubjectCue, opensClause } from './colon-unwritten.js';
import { viewpointCue } from './viewpoint.js';
import { chineseClauseSpeaker, unspacedSpeaker, unspacedSpeech, wordCount } from './unspaced.js';
import { goesOn, namedSince, officeGoesOn, nextSentenceCue, reported, reportedBefore, speakerBefore, speechEventBefore, subjectBefore } from './reported-speech.js';

export interface FoundQuote {
  mark: QuoteSpan;
  text: string;
  partial: boolean;
  cue: Cue | null;
  /** Entity index of the speaker, or null. */
  speaker: number | null;
  paragraph: number;
  /** Paragraph the quote ends in (later than `paragraph` for a quote over several paragraphs). */
  endParagraph: number;
  /** A partial quote with no cue of its own: kept only between two quotes of one speaker. */
  weak?: boolean;
  /** A partial quote with no cue in a sentence in the mood of reported speech. */
  reported?: boolean;
}

const CONNECTOR_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'al', 'in']);

/**
 * Finds the article's quotes and their speakers (entity indexes). Resolved speakers are added to
 * `events`, so later pronouns can refer to them.
 */
export function findQuotes(ctx: ArticleContext, events: SalienceEvent[]): FoundQuote[] {
  const found: FoundQuote[] = [];
  const weak: FoundQuote[] = [];
  for (const mark of ctx.quoteMarks) {
    const q = classify(ctx, mark);
    if (!q) continue;
    const before = found[found.length - 1];
    if (mark.resumes !== undefined && before?.mark.end === mark.resumes) {
      // The rest of a quote after the attribution inside its marks: the same speaker's words.
      found.push({ ...q, speaker: before.speaker, partial: before.partial, weak: false, cue: null });
      continue;
    }
    if (q.weak) {
      weak.push(q);
      continue;
    }
    if (q.cue?.subject) {
      // "« …, Jean Roux, est décédé », a-t-il écrit": a person the quote names is not who "il" is.
      q.speaker = resolveSubject(ctx, q.cue.subject, events, q.cue.subject.kind === 'pronoun' ? namedInside(ctx, mark) : undefined);
      // "«…», ha chiarito il presidente cubano" right after that person's quote: an office no one of
      // the article holds describes the speaker going on.
      if (q.speaker === null && officeGoesOn(ctx, q, found[found.length - 1], events)) q.speaker = found[found.length - 1].speaker;

      // "«…», сообщает телеграм-канал X": a medium relays the words of the person in focus, if any.
      if (q.cue.after && q.cue.subject.kind === 'entity' && relays(ctx, q.cue.subject.entity, q.cue.subject.pos)) q.speaker = subjectNear(ctx, mark.start, events) ?? q.speaker;
      if (q.speaker !== null) insertEvent(events, { pos: q.cue.subject.pos, entity: q.speaker });
    } else if (q.cue?.continuation && goesOn(ctx, q, found[found.length - 1], events)) {
      q.speaker = found[found.length - 1].speaker;
    } else if (q.cue?.dropped) {
      // No subject written: the speaker of the quote just before, unless someone else is named as a
      // subject since or a person or office opens the sentence before ("Il Papa ha ricevuto …");
      // else of the speech verb in the sentence before ("…, informou a companhia aérea. «…»,
      // disse."), else that sentence's subject, else the person in focus.
      const prev = found[found.length - 1];
      const focus = subjectBefore(ctx, q, events, prev);
      const goesOnFrom = focus === undefined && prev?.speaker != null && q.paragraph - prev.endParagraph <= 1 && !namedSince(ctx, prev, q, events);
      q.speaker = goesOnFrom ? prev.speaker : (speakerBefore(ctx, q, events) ?? (focus !== undefined ? focus : lastInFocus(ctx, q.mark.start, null, events)));
    }
    // A Chinese sentence names its quote's speaker outright ("…”科拉多回忆说"), whoever spoke before.
    const named = q.cue ? null : chineseClauseSpeaker(ctx, mark);
    if (named !== null) q.speaker = named;
    // Japanese writes the speaker as the sentence's topic before the quote, and no speech verb a
    // cue could be read from ("タラバ副首相は英BBC放送に「…」と明らかにした").
    if (q.speaker === null && !q.cue && unspacedSpeech(ctx.body, ctx.body.slice(Math.max(0, mark.start - 40), mark.start), mark)) q.speaker = unspacedSpeaker(ctx, mark, events);
    // A signed statement read out by someone else is its author's: "I, Jane Roe, hereby resign";
    // a quote that ends in its own attribution is that speaker's, relayed by whoever is outside it.
    const author = selfNamed(ctx, mark) ?? innerSpeaker(ctx, mark.innerStart, mark.innerEnd) ?? interjectedSpeaker(ctx, mark.innerStart, mark.innerEnd);
    if (author !== null) q.speaker = author;
    found.push(q);
  }
  attributeRuns(ctx, found);
  for (const q of found) if (q.speaker === null && !q.cue && (!q.partial || q.reported)) q.speaker = reportedBefore(ctx, q, found, events) ?? speechEventBefore(ctx, q, events);
  inheritSpeakers(found);
  return weak.length ? withEnclosed(found, weak) : found;
}

/**
 * '"…", ha detto Rossi. Finora "la proposta è rimasta senza risposta" da parte austriaca. "…", ha
 * dichiarato.': a cue-less partial quote between two quotes of one speaker in its paragraph is theirs.
 */
function withEnclosed(found: FoundQuote[], weak: FoundQuote[]): FoundQuote[] {
  const kept = weak.filter((w) => {
    const prev = found.findLast((q) => q.mark.end <= w.mark.start);
    const next = found.find((q) => q.mark.start >= w.mark.end);
    if (!prev || !next || prev.speaker === null || prev.speaker !== next.speaker) return false;
    if (prev.endParagraph !== w.paragraph || next.paragraph !== w.paragraph) return false;
    w.speaker = prev.speaker;
    return true;
  });
  return kept.length ? [...found, ...kept].sort((a, b) => a.mark.start - b.mark.start) : found;
}

/** Whether the mention of `entity` ending at `pos` is a medium. */
function relays(ctx: ArticleContext, entity: number, pos: number): boolean {
  const m = ctx.mentions.findIndex((x, i) => x.span[1] === pos && ctx.entityOf[i] === entity);
  return m >= 0 && isMedium(ctx, m);
}

/** The person last named as a subject in the quote's sentence or the two before it, or null. */
function subjectNear(ctx: ArticleContext, pos: number, events: SalienceEvent[]): number | null {
  const from = ctx.sentences[Math.max(0, sentenceIndexAt(ctx, pos) - 2)][0];
  const ev = events.findLast((e) => e.pos < pos && e.pos >= from && !e.object && ctx.entities[e.entity].type === 'person');
  return ev?.entity ?? null;
}

/** Entities named inside a quote. */
function namedInside(ctx: ArticleContext, mark: QuoteSpan): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < ctx.mentions.length && ctx.mentions[i].span[0] < mark.innerEnd; i++) if (ctx.mentions[i].span[0] >= mark.innerStart) out.add(ctx.entityOf[i]);
  return out;
}

function insertEvent(events: SalienceEvent[], ev: SalienceEvent): void {
  let i = events.length;
  while (i > 0 && events[i - 1].pos > ev.pos) i--;
  events.splice(i, 0, ev);
}

function classify(ctx: ArticleContext, mark: QuoteSpan): FoundQuote | null {
  const { body, sentences } = ctx;
  const text = quoteText(body, mark);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  const count = wordCount(text, words.length);
  const sFirst = sentences[sentenceIndexAt(ctx, mark.start)];
  const lastIndex = sentenceIndexAt(ctx, Math.max(mark.start, mark.end - 1));
  const sLast = sentences[lastIndex];
  const pre = body.slice(Math.min(sFirst[0], mark.start), mark.start);
  const startsSentence = /^[\s"“‘'(\[]*$/.test(pre);

  // “…!” Trump tweeted.: a quote closing on ! or ? ends its sentence, yet the attribution follows.
  const exclaims = mark.end >= sLast[1] && /[!?]$/.test(body.slice(mark.innerStart, mark.innerEnd).trimEnd());
  const next = sentences[lastIndex + 1];
  const after = cueAfter(ctx, mark.end, exclaims && next ? next[1] : Math.max(sLast[1], mark.end)) ?? nextSentenceCue(ctx, mark, sLast, next);
  // "Roe said that the “talks failed,” the Harbour Herald reported": the outlet relays Roe's words.
  const relayed = after && creditedRelay(ctx, after.subject) ? cueBefore(ctx, Math.min(sFirst[0], mark.start), mark.start) : null;
  // "X ha descrito el incidente como un «…», ha expresado sus condolencias": a verb after the
  // quote with no subject found shares the one the sentence named before it.
  const shared = after && after.subject === null ? cueBefore(ctx, Math.min(sFirst[0], mark.start), mark.start) : null;
  const cue =
    signatureCue(ctx, mark) ??
    (relayed?.subject ? relayed : null) ??
    (shared?.subject ? shared : null) ??
    after ??
    viewpointCue(ctx, sFirst[0], mark.start) ??
    cueBefore(ctx, Math.min(sFirst[0], mark.start), mark.start) ??
    colonCue(ctx, sFirst[0], mark.start) ??
    dashCue(ctx, mark.end, Math.max(sLast[1], mark.end)) ??
    introCue(ctx, mark.start);
  const lastWord = /([\p{L}]+)\W*$/u.exec(pre.slice(-40))?.[1]?.toLowerCase() ?? '';
  const introduced = /[,:]\s*$/.test(pre) || ctx.lex.speechVerbs.has(lastWord) || ctx.lex.complementisers.has(lastWord);
  const partial = !startsSentence && !(introduced && cue !== null);

  if (isLabel(ctx, pre, mark.start) && count <= 6) return null;
  const nameLike = count <= 6 && words.every((w) => CONNECTOR_WORDS.has(w.toLowerCase()) || /^["“‘']?\p{Lu}/u.test(w));
  if (nameLike && (partial || listed(body, mark))) return null;
  if (!cue && !partial && count < 3) return null;
  // "Der Manager habe „zu hohe Gewinne ausgewiesen“": a verb in the mood of reported speech makes
  // the quoted words someone's statement, even where the sentence names nobody who said them.
  const inMood = !cue && partial && count >= 3 && reported(ctx, Math.min(sFirst[0], mark.start), Math.max(sLast[1], mark.end));
  const weak = !cue && partial && !inMood && !unspacedSpeech(body, pre, mark);
  if (weak && (count < 3 || mark.single)) return null;
  // Short single-quoted fragments are scare quotes in double-quote house styles, and rarely more
  // than a phrase in single-quote ones.
  if (mark.single && (partial || !cue) && count < 5) return null;

  return {
    mark,
    text,
    partial,
    cue,
    speaker: null,
    paragraph: spanIndexAt(ctx.paragraphs, mark.start),
    endParagraph: spanIndexAt(ctx.paragraphs, mark.end - 1),
    weak,
    reported: inMood,
  };
}

/** '"Bergen", "Molde" and "Tana"': a quoted name in a list of quoted names, never speech. */
function listed(body: string, mark: QuoteSpan): boolean {
  return /^\s*(?:,|\s\p{Ll}{1,3}\s)\s*["“«„]/u.test(body.slice(mark.end, mark.end + 8)) || /["”»“],\s*$/u.test(body.slice(Math.max(0, mark.start - 4), mark.start));
}

/** "Holt: “We will appeal.”": a person's name and a colon introduce the quote. */
function colonCue(ctx: ArticleContext, sentenceStart: number, quoteStart: number): Cue | null {
  if (!/[:：]\s*$/.test(ctx.body.slice(Math.max(sentenceStart, quoteStart - 4), quoteStart))) return null;
  const named = mentionsIn(ctx, sentenceStart, quoteStart);
  const last = named[named.length - 1];
  // "Tomas Verhoek, Präsident des Gerichts: „…“": a name opening the sentence, then its apposition
  // up to the colon; a name inside the apposition is what the office is of.
  if (named.length > 1 && apposedOpening(ctx, sentenceStart, named[0], quoteStart)) return personCue(ctx, named[0], ':');
  const colon = lastColon(ctx.body, quoteStart);
  // "Verhoek wurde gewarnt:": a passive's subject was spoken to; the agent speaks, if named.
  const passive = passiveColonSubject(ctx, sentenceStart, colon);
  if (passive !== undefined) return { subject: passive, verb: ':', continuation: false, after: false, verbStart: colon, verbEnd: colon + 1 };
  // "Auf die Frage nach dem Motiv sagte er:", "Das gab der Oberstaatsanwalt Tomas Verhoek bekannt:":
  // a pronoun, or the subject after a verb in second place, introduces its words whatever the verb.
  const clause = colonClauseSubject(ctx, sentenceStart, colon);
  if (clause) {
    const [verbStart, verbEnd] = clause.verb ? [clause.verb.start, clause.verb.end] : [clause.subject.pos, clause.subject.pos];
    return { subject: clause.subject, verb: ':', continuation: false, after: false, verbStart, verbEnd };
  }
  if (last !== undefined && /^\s*[:：]\s*$/.test(ctx.body.slice(ctx.mentions[last].span[1], quoteStart))) return personCue(ctx, last, ':');
  // "Der UN-Generalsekretär: „…“": a description opening the sentence introduces its holder's words.
  const described = describedOpening(ctx, sentenceStart, quoteStart);
  if (described) return described;
  if (last === undefined) return colonSubjectCue(ctx, sentenceStart, colon, quoteStart);
  // "Jo Roe, a resident, described the night: «…»", "Il capogruppo Tomas Verhoek ha chiesto le
  // dimissioni: «…»": the clause before the colon introduces its subject's words, whatever its
  // verb. The subject opens the sentence (its article and titles before it).
  const first = named[0];
  if (!opensClause(ctx, sentenceStart, ctx.mentions[first].span[0]) || ctx.mentions[first].afterPreposition || /[.!?]/.test(ctx.body.slice(ctx.mentions[first].span[1], quoteStart - 2))) return colonSubjectCue(ctx, sentenceStart, colon, quoteStart);
  return personCue(ctx, first, ':');
}

/** A description that opens the sentence and ends at the colon before the quote, as its cue. */
function describedOpening(ctx: ArticleContext, sentenceStart: number, quoteStart: number): Cue | null {
  const colon = lastColon(ctx.body, quoteStart);
  const first = subjectsIn(ctx, sentenceStart, colon, false)[0];
  if (first?.kind !== 'description') return null;
  const at = ctx.body.indexOf(first.text, sentenceStart);
  if (at < 0 || !/^[\s"“«„]*$/.test(ctx.body.slice(sentenceStart, at)) || !/^\s*$/.test(ctx.body.slice(at + first.text.length, colon))) return null;
  return { subject: first, verb: ':', continuation: false, after: false, verbStart: colon, verbEnd: colon + 1 };
}

/** The person a quote names as its own author: a first-person pronoun right before a full name. */
function selfNamed(ctx: ArticleContext, mark: QuoteSpan): number | null {
  if (ctx.lex.selfWords.size === 0) return null;
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.span[0] < mark.innerStart) continue;
    if (m.span[0] >= mark.innerEnd) break;
    const before = /(?:^|[^\p{L}])(\p{L}+),?\s+$/u.exec(ctx.body.slice(Math.max(mark.innerStart, m.span[0] - 8), m.span[0]));
    if (!before || !(ctx.lex.selfWords.has(before[1]) || ctx.lex.selfWords.has(before[1].toLowerCase()))) continue;
    const entity = ctx.entityOf[i];
    if (ctx.entities[entity].type === 'person' && m.text.includes(' ')) return entity;
  }
  return null;
}

/** A person's mention as a cue subject, with `verb` naming the punctuation that attributes. */
function personCue(ctx: ArticleContext, mention: number, verb: string): Cue | null {
  const entity = ctx.entityOf[mention];
  if (ctx.entities[entity].type !== 'person') return null;
  const [start, end] = ctx.mentions[mention].span;
  return { subject: { kind: 'entity', entity, pos: end }, verb, continuation: false, after: verb === '—', verbStart: start, verbEnd: end };
}

/** "“…” —Commissioner Jane Roe": a dash and a name (with any title) after the quote sign it. */
function dashCue(ctx: ArticleContext, quoteEnd: number, sentenceEnd: number): Cue | null {
  const dash = /^\s*[—–]\s*/.exec(ctx.body.slice(quoteEnd, quoteEnd + 4));
  if (!dash) return null;
  const named = mentionsIn(ctx, quoteEnd + dash[0].length, Math.min(sentenceEnd, quoteEnd + dash[0].length + 60));
  const first = named[0];
  if (first === undefined || /[.!?]/.test(ctx.body.slice(quoteEnd, ctx.mentions[first].span[0]))) return null;
  return personCue(ctx, first, '—');
}

/**
 * A quote opening its paragraph after one that ends in a colon ("And from the chair, Jane Roe:",
 * "Roe commented:"): the speech verb's subject there, or the last person named before the colon;
 * or after a one-sentence paragraph of reported speech.
 */
function introCue(ctx: ArticleContext, quoteStart: number): Cue | null {
  const p = spanIndexAt(ctx.paragraphs, quoteStart);
  if (p < 0) return null;
  // "… post by agency administrator Dana Whitlock:" and a line break inside the paragraph: that line.
  const line = /:[ \t]*\n\s*$/.exec(ctx.body.slice(ctx.paragraphs[p][0], quoteStart));
  if (!line && (p === 0 || !/^\s*$/.test(ctx.body.slice(ctx.paragraphs[p][0], quoteStart)))) return null;
  const [prevStart, prevEnd]: Span = line ? [ctx.paragraphs[p][0], ctx.paragraphs[p][0] + line.index + 1] : ctx.paragraphs[p - 1];
  const s = sentenceIndexAt(ctx, prevEnd - 1);
  const sStart = ctx.sentences[s][0];
  if (ctx.body[prevEnd - 1] !== ':' && ctx.body[prevEnd - 1] !== '：') {
    // "Mensah continues to say that his decision was voluntary." as a paragraph of its own, then
    // the quote: the reported speech announces it. Only a short paragraph with no quote of its own.
    if (sStart !== prevStart || prevEnd - prevStart > 200 || ctx.markSpans.some(([a, b]) => a < prevEnd && b > prevStart)) return null;
    const reported = cueBefore(ctx, sStart, prevEnd);
    return reported?.subject && reported.subject.kind !== 'description' ? reported : null;
  }
  const spoken = cueBefore(ctx, sStart, prevEnd - 1);
  if (spoken?.subject) return spoken;
  const named = mentionsIn(ctx, sStart, prevEnd).filter((m) => ctx.entities[ctx.entityOf[m]].type === 'person');
  const last = named[named.length - 1];
  return last === undefined ? null : personCue(ctx, last, ':');
}

/** "the so-called ‘X’", "called it “Y”", "designated as a “hostile” organisation". */
function isLabel(ctx: ArticleContext, pre: string, at: number): boolean {
  // "described the claims as “false and absurd”": a verdict someone gave, so speech, not a label.
  if (/\b(?:described|describing|describes|characteri[sz]ed|dismissed|dismissing|denounced)\b[^.;:]{0,40}\bas\s*$/i.test(pre)) return false;
  if (/\b(?:as(?:\s+an?|\s+the)?|the\s+(?:word|term|phrase|label|name)|so-called)\s*$/i.test(pre)) return true;
  const windowStart = Math.max(0, at - 60);
  const window = ctx.body.slice(windowStart, at);
  const cut = Math.max(...[',', ';', ':', '.'].map((c) => window.lastIndexOf(c)));
  const clause = tokensOutside(ctx, windowStart + cut + 1, at).slice(-6);
  // "calificó de «…» la decisión", "ha definito «…»": a labelling verb that is also a speech verb
  // gives its subject's verdict, so the words are that subject's; "dubbed", "bautizó" only name.
  return clause.some((t) => ctx.lex.labelVerbs.has(t.lower) && !ctx.lex.speechVerbs.has(t.lower));
}

/**
 * Consecutive full quotes in one paragraph, joined only by short attribution glue, form a run. If
 * the run names exactly one speaker, its unattributed and pronoun-attributed quotes are that
 * speaker's: the name may come only at the run's end.
 */
function attributeRuns(ctx: ArticleContext, found: FoundQuote[]): void {
  let i = 0;
  while (i < found.length) {
    let j = i + 1;
    while (
      j < found.length &&
      !found[j].partial &&
      !found[j - 1].partial &&
      found[j].paragraph === found[j - 1].paragraph &&
      tokensOutside(ctx, found[j - 1].mark.end, found[j].mark.start).length <= 8
    ) {
      j++;
    }
    const run = found.slice(i, j);
    const named = new Set<number>();
    for (const q of run) {
      if (q.speaker !== null && q.cue?.subject && q.cue.subject.kind !== 'pronoun') named.add(q.speaker);
    }
    if (named.size === 1) {
      const speaker = [...named][0];
      const gender = ctx.entities[speaker].gender;
      for (const q of run) {
        if (!q.cue) q.speaker = speaker;
        else if (q.cue.subject?.kind === 'pronoun') {
          const p = q.cue.subject.pronoun;
          const fits = !gender || (p === 'he' ? gender === 'm' : p === 'she' ? gender === 'f' : true);
          if (fits) q.speaker = speaker;
        }
      }
    }
    for (let k = 0; k < run.length; k++) {
      const q = run[k];
      if (q.speaker !== null || q.cue) continue;
      const next = run.slice(k + 1).find((r) => r.speaker !== null);
      const prev = run.slice(0, k).reverse().find((r) => r.speaker !== null);
      q.speaker = (next?.cue?.continuation ? next.speaker : prev?.speaker ?? next?.speaker) ?? null;
    }
    i = j;
  }
}

/** A quote standing alone right after another speaker's quote continues that speaker. */
function inheritSpeakers(found: FoundQuote[]): void {
  for (let k = 1; k < found.length; k++) {
    const q = found[k];
    if (q.speaker !== null || q.cue || q.partial) continue;
    const prev = found[k - 1];
    if (prev.speaker !== null && q.paragraph - prev.endParagraph <= 1) q.speaker = prev.speaker;
  }
}

/**
 * An office holder or a person described whom no name of the article fits ("the mayor of Velmar",
 * "the ship's captain"): the description, as the text words it, as attribution gives it for
 * sentences. Someone the text leaves unnamed stays without a speaker: "an officer", or "the
 * diplomat" after "A Zimbabwean diplomat confirmed …" introduced them.
 */
function describedSpeaker(ctx: ArticleContext, cue: Cue | null): string | null {
  const subject = cue?.subject;
  if (subject?.kind !== 'description') return null;
  const lead = subject.text.split(/\s+/)[0].toLowerCase();
  if (isIndefinite(ctx.lex, lead)) return speaksForBody(ctx.lex, subject.words, subject.text) ? subject.text : null;
  if (/^(?:some|several|many|two|three|unos|unas|des)$/.test(lead)) return null;
  const head = subject.words[subject.words.length - 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const introduced = new RegExp(`(?<![\\p{L}])(?:${[...INDEFINITE].filter((w) => isIndefinite(ctx.lex, w)).join('|')})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}${head}(?![\\p{L}])`, 'iu');
  return introduced.test(ctx.body.slice(0, subject.pos - head.length)) ? null : subject.text;
}

export function toQuotes(ctx: ArticleContext, found: FoundQuote[]): Quote[] {
  return found.map((q, n) => {
    const span: Span = [q.mark.innerStart, q.mark.innerEnd];
    return {
      id: `${ctx.articleId}:q${n}`,
      article: ctx.articleId,
      text: q.text,
      speaker: q.speaker !== null ? ctx.entities[q.speaker].name : describedSpeaker(ctx, q.cue),
      partial: q.partial,
      span,
    };
  });
}
