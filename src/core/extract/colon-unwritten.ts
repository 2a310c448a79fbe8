// The subject of a clause that introduces a quote with a colon, in languages that may leave the
// subject unwritten (Italian, Spanish, Portuguese): "All'uscita ha parlato con i cronisti: «…»"
// names nobody, so the speaker in focus goes on; "È intervenuto anche il prefetto: «…»" writes
// its subject after the verb; "La situazione resta difficile: «…»" writes one that is no one.
import { mentionsIn, tokensOutside, type ArticleContext } from './context.js';
import { isTitle } from './lang/index.js';
import { subjectsIn, type Cue, type Subject } from './speakers.js';

/**
 * The cue of a colon before a quote where no name opens the clause: the subject that ends the
 * clause at the colon (a person or an office), else a dropped subject when none is written before
 * the verb, else no speaker (a full quote all the same). Null where the language writes every subject.
 */
export function colonSubjectCue(ctx: ArticleContext, sentenceStart: number, colon: number, quoteStart: number): Cue | null {
  const { lex, body } = ctx;
  if (lex.writesSubject || lex.noArticles || lex.uncased) return null;
  const tokens = tokensOutside(ctx, sentenceStart, colon);
  if (colon < sentenceStart || tokens.length === 0) return null;
  const cue = (subject: Subject | null, dropped: boolean): Cue => ({ subject, verb: ':', continuation: false, after: false, dropped, verbStart: colon, verbEnd: colon + 1 });
  const last = subjectsIn(ctx, sentenceStart, colon, false).findLast((s) => s.kind !== 'pronoun');
  if (last && endsClause(ctx, last, colon)) return cue(last, false);
  // The verb: its auxiliary ("ha parlato"); without one, the verb is not told from the words
  // around it, so the whole clause is read as standing before it.
  const found = tokens.findIndex((t) => lex.auxiliaries.has(t.lower));
  const aux = found < 0 ? tokens.length : found;
  const governed = (k: number) => lex.prepositions.has(tokens[k].lower) || lex.prepositions.has(tokens[k - 1]?.lower ?? '');
  const written =
    tokens.slice(0, aux).some((t, k) => (lex.subjectLeads.has(t.lower) || lex.connectorArticles.has(t.lower) || lex.pronouns.has(t.lower)) && !governed(k)) ||
    mentionsIn(ctx, sentenceStart, found < 0 ? colon : tokens[aux].start).some((m) => !ctx.mentions[m].afterPreposition);
  // "ha chiesto le dimissioni della giunta:", "E ancora:": no subject at all, the speaker in focus goes on.
  if (!written) return cue(null, true);
  // "La situazione resta difficile: «Non abbiamo più notizie»": someone's words, whose the text does not say.
  return fullSentence(body, quoteStart) ? cue(null, false) : null;
}

/**
 * Whether a name at `nameStart` opens its clause: at most one word before it, past its titles and
 * the determiner before them ("Il capogruppo Tomas Verhoek", "Mayor Jo Roe"; not "He met Jo Roe").
 */
export function opensClause(ctx: ArticleContext, sentenceStart: number, nameStart: number): boolean {
  const lead = tokensOutside(ctx, sentenceStart, nameStart);
  while (lead.length && isTitle(ctx.lex, lead[lead.length - 1].text)) lead.pop();
  if (lead.length && ctx.lex.subjectLeads.has(lead[0].lower) && !ctx.lex.pronouns.has(lead[0].lower)) lead.shift();
  return lead.length <= 1;
}

/**
 * A person or an office that ends the clause right before the colon ("è intervenuto anche il
 * prefetto:", "…, il comandante:"), not governed by a preposition: "ha chiesto le dimissioni del
 * sindaco:" names whom the words are about.
 */
function endsClause(ctx: ArticleContext, s: Subject, colon: number): boolean {
  if (s.kind === 'entity' && ctx.entities[s.entity].type !== 'person') return false;
  if (/[,;.!?]/.test(ctx.body.slice(s.pos, colon)) || colon - s.pos > 40) return false;
  if (s.kind !== 'description') return true;
  const at = ctx.body.lastIndexOf(s.text, colon);
  const before = /(\p{L}+['’]?)\s*$/u.exec(ctx.body.slice(Math.max(0, at - 20), at))?.[1].toLowerCase() ?? '';
  return at >= 0 && !ctx.lex.prepositions.has(before) && !ctx.lex.nameConnectors.has(before) && !s.words.slice(0, -1).some((w) => ctx.lex.prepositions.has(w) || ctx.lex.nameConnectors.has(w));
}

/** A quote that opens with a capital and runs four words or more, not all capitalised (a title, a name). */
function fullSentence(body: string, quoteStart: number): boolean {
  const text = /^.\s*([^"“”«»„]{0,200})/su.exec(body.slice(quoteStart))?.[1] ?? '';
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return /^\p{Lu}/u.test(text) && words.length >= 4 && words.some((w) => /^\p{Ll}/u.test(w));
}
