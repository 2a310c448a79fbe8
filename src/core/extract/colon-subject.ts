// Whose words a clause ending in a colon introduces when its subject is not a name opening the
// sentence: a personal pronoun opening it ("Er zeigte sich erleichtert: „…“"), or, where the
// finite verb comes second, the subject written right after that verb ("Das gab der Leitende
// Oberstaatsanwalt Tomas Verhoek am Donnerstag bekannt: „…“", "Auf die Frage nach dem Motiv
// sagte er: „…“", "Mehrfach wiederholte er: „…“"). Like a name opening the sentence, such a
// subject introduces the quote whatever its verb; a clause whose subject is no person ("Die Lage
// in Kessport ist angespannt:", "Die Maschine flog über Kessport:") introduces nobody's words.
import { mentionsIn, tokensOutside, type ArticleContext } from './context.js';
import { isTitle } from './lang/index.js';
import { subjectsIn, type Subject } from './speakers.js';
import type { Token } from './text.js';

/** Pronoun kinds that stand for a person. */
const PERSONAL = ['m', 'f', 'x'];

/** The subject of the clause in [sentenceStart, colon), with the token of its finite verb (null for an opening pronoun); null when none fits. */
export function colonClauseSubject(ctx: ArticleContext, sentenceStart: number, colon: number): { subject: Subject; verb: Token | null } | null {
  const tokens = tokensOutside(ctx, sentenceStart, colon);
  if (tokens.length < 2 || /[.!?]/.test(ctx.body.slice(tokens[0].end, colon))) return null;
  // French "il" is impersonal too ("Il faut le dire :"), where "be" makes a passive impersonal.
  const impersonal = ctx.lex.passiveAuxiliaries.size > 0 && ctx.lex.pronouns.get(tokens[0].lower) === 'm';
  if (personal(ctx, tokens[0]) && !impersonal) {
    if (!/^[\s"“«„]*$/.test(ctx.body.slice(sentenceStart, tokens[0].start))) return null;
    return { subject: { kind: 'pronoun', pronoun: tokens[0].lower, pos: tokens[0].end }, verb: null };
  }
  const second = subjectAfterVerb(ctx, tokens, colon);
  return second && { subject: second.subject, verb: tokens[second.verb] };
}

/**
 * "Verhoek wurde gewarnt: „…“", "Er ist gefragt worden: „…“": a clause before the colon in the
 * passive (a passive marker, the participle closing the clause) has the one spoken to as its
 * subject. Its words are the agent's ("von Dana Kellor"), else whose the text does not say:
 * the agent's subject, or null for no speaker; undefined when the clause is no passive.
 */
export function passiveColonSubject(ctx: ArticleContext, sentenceStart: number, colon: number): Subject | null | undefined {
  const { passiveMarkers, agentPrepositions } = ctx.lex;
  if (passiveMarkers.size === 0 || !ctx.lex.verbSecond) return undefined;
  const tokens = tokensOutside(ctx, sentenceStart, colon);
  if (tokens.length < 2 || /[.!?]/.test(ctx.body.slice(tokens[0].end, colon))) return undefined;
  const closing = tokens[tokens.length - 1].lower === 'worden' ? tokens[tokens.length - 2] : tokens[tokens.length - 1];
  if (!PARTICIPLE.test(closing.text) || !tokens.some((t) => t !== closing && passiveMarkers.has(t.lower))) return undefined;
  const by = tokens.findIndex((t) => agentPrepositions.has(t.lower));
  const m = by < 0 ? undefined : mentionsIn(ctx, tokens[by].end, closing.start).find((k) => ['person', 'organization'].includes(ctx.entities[ctx.entityOf[k]].type));
  return m === undefined ? null : { kind: 'entity', entity: ctx.entityOf[m], pos: ctx.mentions[m].span[1] };
}

/** A German past participle: "gewarnt", "angekündigt", "gebeten", "befragt", "informiert". */
const PARTICIPLE = /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer)\p{Ll}{2,}t|\p{Ll}{3,}iert)$/u;

/**
 * Where the finite verb comes second, the subject written right after it ("Am Freitag dementierte
 * Marco Ventresca die Vorwürfe", "Kurz darauf wurde er deutlicher"), with the verb's index in
 * `tokens` (the clause's, from its start, up to `end`); with `verbAt`, only after that verb. Null
 * when the first place holds the subject ("Die Polizei befragte Verhoek") or none follows the verb.
 */
export function subjectAfterVerb(ctx: ArticleContext, tokens: Token[], end: number, verbAt = -1): { subject: Subject; verb: number } | null {
  if (!ctx.lex.verbSecond || tokens.length < 2) return null;
  const found = subjectsIn(ctx, verbAt >= 0 ? tokens[verbAt].end : tokens[1].start, end, false);
  // Persons and pronouns first: "der Leitende Oberstaatsanwalt Tomas Verhoek" is the name the office is written before;
  // else an office holder the text describes ("zeigte sich der Minister erleichtert").
  const candidates = [
    ...found.filter((s) => (s.kind === 'pronoun' && PERSONAL.includes(ctx.lex.pronouns.get(s.pronoun) ?? '')) || (s.kind === 'entity' && ctx.entities[s.entity].type === 'person')),
    ...found.filter((s) => s.kind === 'description' && isTitle(ctx.lex, s.words[s.words.length - 1])),
  ];
  for (const subject of candidates) {
    const head = tokens.findIndex((t) => t.end === subject.pos);
    const v = subject.kind === 'pronoun' ? skipAdverbs(ctx, tokens, head) : skipAdverbs(ctx, tokens, phraseStart(ctx, tokens, head));
    if (v >= 1 && (verbAt < 0 ? finiteVerb(ctx, tokens[v]) : v === verbAt) && freeFirstPlace(ctx, tokens, v)) return { subject, verb: v };
  }
  return null;
}

const personal = (ctx: ArticleContext, t: Token): boolean => PERSONAL.includes(ctx.lex.pronouns.get(t.lower) ?? '');
const adjoined = (ctx: ArticleContext, a: Token, b: Token): boolean => !/[,;:()"“”„«»]/.test(ctx.body.slice(a.end, b.start));

/** Where the noun phrase ending at tokens[head] starts: determiners, titles, capitalised words and inflected adjectives before it. */
function phraseStart(ctx: ArticleContext, tokens: Token[], head: number): number {
  const { lex } = ctx;
  let j = head;
  while (j > 1 && adjoined(ctx, tokens[j - 1], tokens[j])) {
    const t = tokens[j - 1];
    const w = t.lower;
    const determiner = (lex.subjectLeads.has(w) || lex.determiners.has(w)) && !lex.prepositions.has(w);
    // "der leitende Oberstaatsanwalt": an adjective after a determiner that is not itself the first place ("Das erklärte Verhoek").
    const adjective = /^\p{Ll}+(?:e|en|er|es|em)$/u.test(t.text) && j >= 3 && lex.determiners.has(tokens[j - 2].lower);
    if (!(determiner || adjective || /^\p{Lu}/u.test(t.text) || isTitle(lex, t.text))) break;
    j--;
  }
  return j;
}

/** The index right before tokens[at] past up to two adverbs or a reflexive ("zeigte sich dann Verhoek"). */
function skipAdverbs(ctx: ArticleContext, tokens: Token[], at: number): number {
  let k = at - 1;
  while (k > at - 3 && k >= 1 && ctx.lex.interposed.has(tokens[k].lower)) k--;
  return k >= 0 && adjoined(ctx, tokens[k], tokens[k + 1]) ? k : -1;
}

/** A word that can be the finite verb: lowercase, and no preposition, determiner, pronoun, conjunction or number. */
function finiteVerb(ctx: ArticleContext, t: Token): boolean {
  const { lex } = ctx;
  const w = t.lower;
  const not = [lex.prepositions, lex.determiners, lex.subjectLeads, lex.pronouns, lex.numbers, lex.complementisers, lex.relatives, lex.numberJoiners, lex.according, lex.interposed];
  return /^\p{Ll}{2,}$/u.test(t.text) && !not.some((set) => set.has(w));
}

/**
 * Whether what stands before the verb at tokens[v] is no subject: a phrase opened by a preposition
 * ("Am Donnerstag", "Auf die Frage nach dem Motiv"), a clause set off by a comma ("Als die
 * Maschine landete,"), or words that name no one ("Das", "Mehrfach", "Kurz darauf"). A noun phrase
 * ("Die Polizei befragte Verhoek:") or a name there is the subject, and the name after the verb its object.
 */
function freeFirstPlace(ctx: ArticleContext, tokens: Token[], v: number): boolean {
  const { lex } = ctx;
  const lead = tokens[0].lower;
  if (lex.prepositions.has(lead)) return true;
  if (ctx.body.slice(tokens[v - 1].end, tokens[v].start).includes(',')) return lex.functionWords.has(lead) && !lex.subjectLeads.has(lead) && !lex.pronouns.has(lead);
  if (v > 1 && (lex.subjectLeads.has(lead) || lex.determiners.has(lead))) return false;
  return subjectsIn(ctx, tokens[0].start, tokens[v].start, true).length === 0;
}
