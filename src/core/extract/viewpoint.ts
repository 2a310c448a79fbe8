// "Pour le Premier ministre, Tomas Verhoek, « … »", "…, mais pour Kessport, « … »", "Pero para
// Dana Kellor, «…»": a viewpoint preposition opening the quote's clause, then a person or an
// organisation (or a name of no known kind, never a place) and a comma, gives the quote to them,
// before any speech verb earlier in the sentence, whose speaker said the clause before. "Pour" of
// purpose ("se bat pour le changement, « … »") names no one after it, or does not open its clause.
import { mentionsIn, tokensOutside, type ArticleContext } from './context.js';
import type { Cue } from './speakers.js';

/** The cue of a viewpoint phrase that opens the clause before `quoteStart` and runs to it, or null. */
export function viewpointCue(ctx: ArticleContext, sentenceStart: number, quoteStart: number): Cue | null {
  if (ctx.lex.viewpoint.size === 0 || !/,\s*$/.test(ctx.body.slice(Math.max(sentenceStart, quoteStart - 4), quoteStart))) return null;
  const tokens = tokensOutside(ctx, sentenceStart, quoteStart);
  const gap = (j: number) => ctx.body.slice(j > 0 ? tokens[j - 1].end : sentenceStart, tokens[j].start);
  for (let k = tokens.length - 1; k >= 0; k--) {
    // A speech verb after the phrase says whose the quote is ("Pour Kellor, c'est fini, a déclaré Verhoek, « … »").
    if (ctx.lex.speechVerbs.has(tokens[k].lower)) return null;
    if (!ctx.lex.viewpoint.has(tokens[k].lower)) continue;
    // The clause opens at the preposition, or at a conjunction or adverb before it ("Mais pour", ", et pour").
    let j = k;
    while (j > 0 && !/[,;:]/.test(gap(j)) && ctx.lex.functionWords.has(tokens[j - 1].lower) && !ctx.lex.viewpoint.has(tokens[j - 1].lower)) j--;
    if (j > 0 ? !/[,;:—–]/.test(gap(j)) : !/^[\s"“«„—–-]*$/.test(gap(0))) continue;
    // The person or organisation within a few words (an article and a title between). What an
    // office is of ("Per l'arcivescovo di Velmar, Anna Kellor, «…»") is not who holds it: the
    // person apposed after it is.
    const named = mentionsIn(ctx, tokens[k].end, quoteStart);
    let first = named[0];
    if (first === undefined || ctx.mentions[first].span[0] - tokens[k].end > 30) continue;
    if (officeComplement(ctx, ctx.mentions[first].span[0])) first = named.find((m) => ctx.entities[ctx.entityOf[m]].type === 'person') ?? first;
    const entity = ctx.entityOf[first];
    // A name of no known kind is taken as the one a view is given of; a place never speaks.
    if (ctx.entities[entity].type === 'place') continue;
    const [start, end] = ctx.mentions[first].span;
    return { subject: { kind: 'entity', entity, pos: end }, verb: tokens[k].lower, continuation: false, after: false, verbStart: start, verbEnd: end };
  }
  return null;
}

/** Whether the name starting at `start` follows a connector ("di", "de", "of"), an article allowed between: what an office is of. */
function officeComplement(ctx: ArticleContext, start: number): boolean {
  const words = ctx.body.slice(Math.max(0, start - 12), start).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const before = words[words.length - 2] ?? '';
  return ctx.lex.nameConnectors.has(last) || (ctx.lex.connectorArticles.has(last) && ctx.lex.nameConnectors.has(before));
}
