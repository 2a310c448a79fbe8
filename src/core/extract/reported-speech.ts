// Quotes of reported speech: the speaker a quote with no cue of its own carries on from the
// sentences before it ("Roe said the port would reopen. “…”", German sentences in the Konjunktiv
// I), and a verb of going on whose subject names nobody new.
import { speechCue } from './attribution.js';
import { apposedPerson, complementEnd, describedGender } from './described.js';
import { isIndefinite } from './roles.js';
import { insideQuote, sentenceIndexAt, tokensOutside, type ArticleContext } from './context.js';
import { isTitle } from './lang/index.js';
import type { FoundQuote } from './quotes.js';
import { cueAfter, cueBefore, resolveSubject, sentenceSubject, type Cue, type SalienceEvent } from './speakers.js';
import type { QuoteSpan } from './quotemarks.js';
import type { Span } from '../types.js';
import { spanIndexAt } from './text.js';

/**
 * "«…», a poursuivi le patron du groupe": a verb of going on whose written subject is no name of
 * the article (a description it cannot resolve) is the person of the quote just before going on;
 * "…,” added an official" (an indefinite) introduces someone else.
 */
export function goesOn(ctx: ArticleContext, q: FoundQuote, prev: FoundQuote | undefined, events: SalienceEvent[]): boolean {
  if (!prev || prev.speaker === null || q.paragraph - prev.endParagraph > 1 || ctx.entities[prev.speaker].type !== 'person') return false;
  if (namedSince(ctx, prev, q, events)) return false;
  const next = /^\s*(\p{L}+)/u.exec(ctx.body.slice(q.cue!.verbEnd, q.cue!.verbEnd + 30));
  return !!next && !ctx.lex.unnamedLeads.has(next[1].toLowerCase());
}

/**
 * "«…», ha detto Rossi. Il sindaco, Ilse Brandauer, ha chiesto i fondi. «…», ha dichiarato.": a
 * person other than the quote before's speaker, named as a subject in a sentence after that quote's,
 * is whom a verb with no subject of its own (or a verb of going on) continues: not the earlier speaker.
 */
export function namedSince(ctx: ArticleContext, prev: FoundQuote, q: FoundQuote, events: SalienceEvent[]): boolean {
  const from = ctx.sentences[sentenceIndexAt(ctx, Math.max(prev.mark.start, prev.mark.end - 1))][1];
  return events.some((e) => e.pos >= from && e.pos < q.mark.start && !e.object && e.entity !== prev.speaker && ctx.entities[e.entity].type === 'person');
}

/**
 * "Die Brücke bleibe gesperrt, so Kellor am Montag. „…“", "Roe said the port would reopen. “…”":
 * a quote with no attribution that opens the sentence after one of reported speech in its
 * paragraph carries on that speaker's words.
 */
export function reportedBefore(ctx: ArticleContext, q: FoundQuote, found: FoundQuote[], events: SalienceEvent[]): number | null {
  const s = sentenceIndexAt(ctx, q.mark.start);
  // A quote in a sentence of reported speech is that speech (its own sentence names nobody).
  if (s === 0 || (!q.reported && !opensSentence(ctx, q, s))) return null;
  // "…, sagte Roe. Es sei auch möglich, dass … „…“": sentences in the mood of reported speech carry
  // on the words of the speaker named before them, up to the quote.
  for (let k = s - 1; k >= Math.max(0, s - 1 - REPORTED_RUN); k--) {
    const [start, end] = ctx.sentences[k];
    // Reported speech may open the next paragraph ("Kessport hatte … bestätigt.¶ Der Manager habe „…“").
    const paragraph = spanIndexAt(ctx.paragraphs, start);
    if (paragraph !== q.paragraph && !(q.reported && paragraph === q.paragraph - 1)) return null;
    // A quote there is followed by inheritSpeakers, a quote of reported speech with it; a term in
    // quotation marks ("the word “lockdown”") is no quote.
    const there = found.findLast((f) => f.mark.start < end && f.mark.end > start);
    // "„…“ Die Verankerung sei gefährdet, sagte X.": a speech verb after the quote speaks on its own.
    const cue = there ? (there.mark.end < end ? speechCue(ctx, there.mark.end, end) : null) : speechCue(ctx, start, end);
    // So does one whose sentence is itself in that mood ("X hatte gesagt, die Zahl könne „…“ liegen.").
    if (there && !cue) return (there.reported || reported(ctx, start, end)) && there.speaker !== null ? there.speaker : null;
    if (cue) return cueSpeaker(ctx, cue, events);
    if (!reported(ctx, start, end)) return null;
  }
  return null;
}

/**
 * "Guaidó ha pronunciado un discurso en la plaza. Ha jurado la Constitución y ha prometido un
 * Gobierno de transición. ¶ «Voy a dar el paso…»", "l'attuale presidente ha letto un messaggio al
 * popolo. ¶ «Con profondo dolore…»": a quote standing alone, opening its sentence, right after a
 * sentence (in its paragraph or the one before) in which someone gives a speech or a message is
 * that person's. A sentence with no subject written (pro-drop) goes on with the subject of the
 * sentence before it in its paragraph. Only a person, never a pronoun's guess.
 */
export function speechEventBefore(ctx: ArticleContext, q: FoundQuote, events: SalienceEvent[]): number | null {
  const s = sentenceIndexAt(ctx, q.mark.start);
  if (s === 0 || !opensSentence(ctx, q, s)) return null;
  const [start, end] = ctx.sentences[s - 1];
  const paragraph = spanIndexAt(ctx.paragraphs, start);
  if (paragraph < q.paragraph - 1 || ctx.markSpans.some(([a, b]) => a < end && b > start)) return null;
  const tokens = tokensOutside(ctx, start, end);
  // "Here's Vice Admiral X at a hearing on Wednesday.": the person presented speaks next.
  if (tokens.length > 1 && ctx.lex.presentatives.has(tokens[0].lower)) return presented(ctx, tokens[1].start, end, events);
  if (!tokens.some((t) => ctx.lex.speechNouns.has(t.lower) || ctx.lex.speechVerbs.has(t.lower))) return null;
  // "Ha jurado …": a sentence opening on its verb writes no subject; what follows the verb is its object.
  const first = tokens[0];
  const dropped = first !== undefined && (ctx.lex.auxiliaries.has(first.lower) || ctx.lex.speechVerbs.has(first.lower));
  let subject = dropped ? null : sentenceSubject(ctx, start, end);
  if (!subject && s >= 2 && spanIndexAt(ctx.paragraphs, ctx.sentences[s - 2][0]) === paragraph) subject = sentenceSubject(ctx, ...ctx.sentences[s - 2]);
  if (!subject || subject.kind === 'pronoun') return null;
  const entity = resolveSubject(ctx, subject, events);
  return entity !== null && ctx.entities[entity].type === 'person' ? entity : null;
}

/** The person a presentative presents: named right after it, a title or an article between. */
function presented(ctx: ArticleContext, from: number, end: number, events: SalienceEvent[]): number | null {
  const subject = sentenceSubject(ctx, from, end);
  if (!subject || subject.kind === 'pronoun') return null;
  const entity = resolveSubject(ctx, subject, events);
  return entity !== null && ctx.entities[entity].type === 'person' ? entity : null;
}

/** Whether the quote opens sentence `s` (only spaces and opening marks before it). */
function opensSentence(ctx: ArticleContext, q: FoundQuote, s: number): boolean {
  return /^[\s"“«„]*$/.test(ctx.body.slice(ctx.sentences[s][0], q.mark.start));
}

// Sentences of reported speech a quote may follow back to its speaker's verb.
const REPORTED_RUN = 3;

/** Whether the sentence outside its quotes holds a verb form only reported speech takes. */
export function reported(ctx: ArticleContext, start: number, end: number): boolean {
  return ctx.lex.reportedMood.size > 0 && tokensOutside(ctx, start, end).some((t) => ctx.lex.reportedMood.has(t.lower));
}

/**
 * The person or organisation the speech verb of the sentence right before the quote's sentence
 * gives words to (in its paragraph or the one before), or null: who a verb with no subject written
 * after the quote goes on with.
 */
export function speakerBefore(ctx: ArticleContext, q: FoundQuote, events: SalienceEvent[]): number | null {
  const s = sentenceIndexAt(ctx, q.mark.start);
  if (s === 0) return null;
  const [start, end] = ctx.sentences[s - 1];
  if (spanIndexAt(ctx.paragraphs, start) < q.paragraph - 1) return null;
  const cue = speechCue(ctx, start, end);
  return cue ? cueSpeaker(ctx, cue, events) : null;
}

/** The person or organisation a speech cue's subject resolves to, or null (a place, no subject). */
function cueSpeaker(ctx: ArticleContext, cue: Cue, events: SalienceEvent[]): number | null {
  const speaker = cue.subject ? resolveSubject(ctx, cue.subject, events) : null;
  return speaker !== null && ['person', 'organization'].includes(ctx.entities[speaker].type) ? speaker : null;
}

/**
 * "«…», disse Raúl Castro. ¶ O presidente cubano disse que …": a definite office description as a
 * quote's subject, resolved to no one of the article (no person is written with that office), is
 * the person who spoke the quote just before going on, when that quote is in the paragraph before
 * or the same one and writes its speaker (not a pronoun), nobody else has been named as a subject
 * since, and the description's gender does not contradict theirs. An office of something named
 * ("el presidente de Francia") is a particular one, and an indefinite ("un ministre") someone new.
 */
export function officeGoesOn(ctx: ArticleContext, q: FoundQuote, prev: FoundQuote | undefined, events: SalienceEvent[]): boolean {
  const subject = q.cue?.subject;
  // The quote before must name its speaker: a pronoun's guess is not carried on to an office.
  if (!subject || subject.kind !== 'description' || subject.forEntity !== null || !prev || prev.speaker === null || !prev.cue?.subject || prev.cue.subject.kind === 'pronoun') return false;
  if (!ctx.lex.roleHeads.has(subject.words[subject.words.length - 1]) || isIndefinite(ctx.lex, subject.text.split(/\s/)[0])) return false;
  if (q.paragraph - prev.endParagraph > 1 || ctx.entities[prev.speaker].type !== 'person' || namedSince(ctx, prev, q, events)) return false;
  const of = /^\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+)?\p{Lu}/u.exec(ctx.body.slice(subject.pos, subject.pos + 60));
  if (of && ctx.lex.nameConnectors.has(of[1])) return false;
  const gender = describedGender(ctx, subject.text, subject.words[subject.words.length - 1]);
  const own = ctx.entities[prev.speaker].gender;
  return !gender || !own || gender === own;
}

/**
 * "Il Papa ha ricevuto i familiari delle vittime. “Ho appreso la notizia – ha detto –.”": with no
 * subject written, the subject opening the sentence right before the quote's (in its paragraph or
 * the one before, after the quote `prev`) goes on speaking: a person named there, or the person its
 * description names. A description of someone the article does not name ("il capo dello Stato") is
 * someone unnamed (null), not the person last named. Undefined when that sentence opens with no
 * person or office as its subject.
 */
export function subjectBefore(ctx: ArticleContext, q: FoundQuote, events: SalienceEvent[], prev: FoundQuote | undefined): number | null | undefined {
  const s = sentenceIndexAt(ctx, q.mark.start);
  if (s <= 0) return undefined;
  const [start, end] = ctx.sentences[s - 1];
  if (spanIndexAt(ctx.paragraphs, start) < q.paragraph - 1 || insideQuote(ctx, start) || (prev && start < prev.mark.end)) return undefined;
  const subject = sentenceSubject(ctx, start, end);
  if (!subject || subject.kind === 'pronoun') return undefined;
  // It opens the sentence: only determiners, titles, capitalised words and its own words before it, no preposition.
  const own = subject.kind === 'description' ? subject.words : [];
  const lead = (w: string) => (ctx.lex.subjectLeads.has(w) || ctx.lex.connectorArticles.has(w)) && !ctx.lex.pronouns.has(w);
  const opening = tokensOutside(ctx, start, subject.pos).every(
    (t) => !ctx.lex.prepositions.has(t.lower) && (lead(t.lower) || isTitle(ctx.lex, t.text) || /^\p{Lu}/u.test(t.text) || own.includes(t.lower)),
  );
  if (!opening) return undefined;
  // "O presidente da câmara, Tomás Ferrão, visitou": the person apposed to the office named is it.
  const text = subject.kind === 'description' ? subject.text : '';
  const described = text ? ctx.body.indexOf(text, start) : -1;
  const opened = subject.kind === 'description' && subject.text.split(/\s+/).some((w) => ctx.lex.prepositions.has(w.toLowerCase()) || ctx.lex.nameConnectors.has(w.toLowerCase()));
  const apposed = described >= 0 ? apposedPerson(ctx, complementEnd(ctx, described + text.length, end, opened)) : undefined;
  const entity = apposed !== undefined ? ctx.entityOf[apposed] : resolveSubject(ctx, subject, events);
  if (entity !== null && ctx.entities[entity].type === 'person') return entity;
  const office = subject.kind === 'description' && ctx.lex.roleHeads.has(subject.words[subject.words.length - 1]);
  return office && entity === null ? null : undefined;
}

/**
 * "«Un fulmine a ciel sereno». Ha commentato il cardinale Verhoek.": a quote that is its own
 * sentence, then a sentence opening on its speech verb (an auxiliary or a clitic object before
 * it) with a subject written after it: that sentence is the quote's attribution.
 */
export function nextSentenceCue(ctx: ArticleContext, mark: QuoteSpan, sLast: Span, next: Span | undefined): Cue | null {
  if (!next || !/^[\s.!?…]*$/.test(ctx.body.slice(mark.end, next[0])) || sLast[1] > mark.end + 2) return null;
  // A sentence holding a quote of its own introduces that one ("قال …: «…»").
  if (ctx.markSpans.some(([a, b]) => a < next[1] && b > next[0])) return null;
  const tokens = tokensOutside(ctx, next[0], next[1]);
  const verbAt = (k: number) => {
    // "L'ha detto", "C'est ce qu'a dit": an elided object before the verb.
    const w = tokens[k]?.lower.replace(/^(?:l|c)['’]/u, '');
    return w !== undefined && (ctx.lex.auxiliaries.has(w) || ctx.lex.speechVerbs.has(w));
  };
  let lead = 0;
  while (lead < 2 && !verbAt(lead) && OBJECT_CLITICS.has(tokens[lead]?.lower ?? '')) lead++;
  // "«…». Con queste parole il cardinale X ha commentato …", "Così il ministro X ha risposto": the
  // opening stands for the words before; the sentence's own speech verb and its subject attribute them.
  const words = WORDS_OPENINGS.find((w) => w.every((x, k) => tokens[k]?.lower === x))?.length ?? (lead > 0 && !verbAt(lead) ? lead : 0);
  if (words > 0 && tokens[words]) {
    const cue = cueBefore(ctx, tokens[words].start, next[1]);
    return cue?.subject?.kind === 'entity' && ctx.entities[cue.subject.entity].type === 'person' ? cue : null;
  }
  if (!verbAt(lead)) return null;
  const cue = cueAfter(ctx, tokens[lead].start, next[1]);
  return cue?.subject?.kind === 'entity' ? cue : null;
}

// "Lo ha detto", "Así lo dijo", "Cosi ha commentato": a clitic or adverb standing for the words before.
const OBJECT_CLITICS = new Set(['lo', 'così', 'cosi', "cosi'", 'así', 'ainsi', 'assim']);
// "With these words" opening the sentence after a quote, in the languages of the news.
const WORDS_OPENINGS = [
  'con queste parole', 'con estas palabras', 'avec ces mots', 'par ces mots', 'com estas palavras', 'com essas palavras',
  'mit diesen worten', 'with these words', 'met deze woorden', 'z tymi słowami', 'с этими словами', 'этими словами',
].map((p) => p.split(' '));
