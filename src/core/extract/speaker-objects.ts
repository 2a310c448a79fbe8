// Clause roles that rule a name or a verb's subject out as the speaker: a name governed by a
// preposition through an article ("reunidos en la Plaza de Velmar", "in the Velmar Cathedral") is
// where or to whom, never who speaks; a speech verb in the passive ("Verhoek had been warned",
// "Kellor was told:", "fue advertido") has the addressee as its subject, not the speaker, who is
// its agent if one is named ("by Kellor"); a medium spoken to ("told the Harbour Herald") is no subject.
import { mentionsIn, type ArticleContext } from './context.js';
import { isAddressee } from './speaker-clauses.js';
import type { Subject } from './speakers.js';
import type { Token } from './text.js';

/** Whether the mention starting at `start` follows a preposition and an article ("en la", "in the", "à la", "par l’"). */
export function governedName(ctx: ArticleContext, start: number): boolean {
  const m = /(?:^|[^\p{L}])(\p{L}+)\s+(\p{L}+)(?:\s+|(['’]))$/u.exec(ctx.body.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  // "par l’État de Velmar", "per l’Italia": the article elided onto the name.
  if (m[3]) return m[2].toLowerCase() === 'l' && ctx.lex.prepositions.has(m[1].toLowerCase()) && !ctx.lex.according.has(m[1].toLowerCase());
  const article = m[2].toLowerCase();
  return ctx.lex.prepositions.has(m[1].toLowerCase()) && !ctx.lex.prepositions.has(article) && (ctx.lex.connectorArticles.has(article) || ctx.lex.subjectLeads.has(article)) && !ctx.lex.pronouns.has(article);
}

/**
 * Whether the speech verb tokens[i] is a passive participle: a form of "be" right before it, one
 * interposed adverb allowed ("was told", "had been warned", "was repeatedly told", "a été averti",
 * "fue advertido", "è stato avvertito").
 */
export function passiveSpeech(ctx: ArticleContext, tokens: Token[], i: number): boolean {
  const { passiveMarkers, interposed } = ctx.lex;
  // "was saying" is a progressive, not a passive.
  if (passiveMarkers.size === 0 || i === 0 || /ing$/.test(tokens[i].lower)) return false;
  let k = i - 1;
  if (k > 0 && (interposed.has(tokens[k].lower) || /^\p{Ll}+ly$/u.test(tokens[k].text))) k--;
  return passiveMarkers.has(tokens[k].lower) && !/[,.;:!?"“”«»]/.test(ctx.body.slice(tokens[k].end, tokens[i].start));
}

/** The agent of the passive verb tokens[i] ("was told by Dana Kellor", "por el fiscal Verhoek"): the person or organisation named right after its preposition, before `end`. */
export function passiveAgent(ctx: ArticleContext, tokens: Token[], i: number, end: number): Subject | null {
  const by = tokens[i + 1];
  if (!by || by.start >= end || !ctx.lex.agentPrepositions.has(by.lower)) return null;
  const m = mentionsIn(ctx, by.end, end)[0];
  if (m === undefined || ctx.mentions[m].span[0] - by.end > 30 || /[,;:.]/.test(ctx.body.slice(by.end, ctx.mentions[m].span[0]))) return null;
  const entity = ctx.entityOf[m];
  const type = ctx.entities[entity].type;
  return type === 'person' || type === 'organization' ? { kind: 'entity', entity, pos: ctx.mentions[m].span[1] } : null;
}

/** Per article, whether each mention is a medium or person spoken to (0 unknown, 1 no, 2 yes): subjectsIn asks for the same mentions many times. */
const spokenToCache = new WeakMap<ArticleContext, Int8Array>();

/** isAddressee, remembered per mention. */
export function spokenTo(ctx: ArticleContext, mention: number): boolean {
  let seen = spokenToCache.get(ctx);
  if (!seen) spokenToCache.set(ctx, (seen = new Int8Array(ctx.mentions.length)));
  if (seen[mention] === 0) seen[mention] = isAddressee(ctx, mention) ? 2 : 1;
  return seen[mention] === 2;
}
