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
    // The person or organisation within a few words (an article and a title between).
    const first = mentionsIn(ctx, tokens[k].end, quoteStart)[0];
    if (first === undefined || ctx.mentions[first].span[0] - tokens[k].end > 30) continue;
    const entity = ctx.entityOf[first];
    // A name of no known kind is taken as the one a view is given of; a place never speaks.
    if (ctx.entities[entity].type === 'place') continue;
    const [start, end] = ctx.mentions[first].span;
    return { subject: { kind: 'entity', entity, pos: end }, verb: tokens[k].lower, continuation: false, after: false, verbStart: start, verbEnd: end };
  }
  return null;
}
