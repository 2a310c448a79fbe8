// Roles given by coordination: "Dana Kellor and Tomas Verhoek met on Monday. The Velmar mayor and
// the Kessan minister shook hands", "la première entre un président velmarais et un dirigeant
// kessan". News prose names two people, then describes them in the same order: each description's
// words are a role of the person named in its place, so "the mayor" later resolves to Kellor.
import { tokensOutside, mentionsIn, type ArticleContext } from './context.js';
import { isTitle } from './lang/index.js';
import type { Token } from './text.js';

const cache = new WeakMap<ArticleContext, Map<number, string[]>>();

/** Extra role words of each person entity, from a pair of descriptions that follows a pair of names. */
export function pairedRoles(ctx: ArticleContext): Map<number, string[]> {
  let out = cache.get(ctx);
  if (!out) {
    out = findPairs(ctx);
    cache.set(ctx, out);
  }
  return out;
}

const isPerson = (ctx: ArticleContext, m: number): boolean => ctx.entities[ctx.entityOf[m]].type === 'person';

function findPairs(ctx: ArticleContext): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const ms = ctx.mentions;
  for (let a = 0; a + 1 < ms.length; a++) {
    const b = a + 1;
    if (ms[a].inQuote || ms[b].inQuote || !isPerson(ctx, a) || !isPerson(ctx, b) || ctx.entityOf[a] === ctx.entityOf[b]) continue;
    // "Dana Kellor (51) and Tomas Verhoek": the two names joined by "and", an age between allowed.
    const join = /^\s*(?:\(\d{1,3}\)\s*)?(\p{L}+)\s+$/u.exec(ctx.body.slice(ms[a].span[1], ms[b].span[0]));
    if (!join || !ctx.lex.numberJoiners.has(join[1].toLowerCase())) continue;
    const s = ctx.sentences.findIndex(([, end]) => end > ms[b].span[1]);
    if (s < 0) continue;
    const until = ctx.sentences[Math.min(ctx.sentences.length - 1, s + 1)][1];
    const pair = describedPair(ctx, tokensOutside(ctx, ms[b].span[1], until));
    if (!pair) continue;
    for (const [m, words] of [[a, pair[0]], [b, pair[1]]] as const) {
      const e = ctx.entityOf[m];
      out.set(e, [...(out.get(e) ?? []), ...words]);
    }
  }
  return out;
}

/** The first "DET X and DET Y" where both X and Y describe a person (an office word in one), as words. */
function describedPair(ctx: ArticleContext, tokens: Token[]): [string[], string[]] | null {
  const { lex } = ctx;
  const determiner = (t: Token) => lex.subjectLeads.has(t.lower) || lex.connectorArticles.has(t.lower);
  const glued = (x: Token, y: Token) => /^(?:[ \u00a0]+|-)$/.test(ctx.body.slice(x.end, y.start));
  const officeLike = (ws: Token[]) => ws.some((t) => isTitle(lex, t.text) || lex.roleHeads.has(t.lower));
  for (let c = 1; c + 1 < tokens.length; c++) {
    if (!lex.numberJoiners.has(tokens[c].lower) || !glued(tokens[c - 1], tokens[c]) || !glued(tokens[c], tokens[c + 1])) continue;
    // Back to the determiner that opens the first description, over at most four words.
    let from = c - 1;
    while (from > 0 && c - from < 5 && !determiner(tokens[from - 1]) && glued(tokens[from - 1], tokens[from])) from--;
    if (from === 0 || !determiner(tokens[from - 1])) continue;
    const left = tokens.slice(from, c);
    let to = determiner(tokens[c + 1]) ? c + 2 : c + 1;
    const rightStart = to;
    while (to < tokens.length && to - rightStart < 3 && !lex.functionWords.has(tokens[to].lower) && (to === rightStart || glued(tokens[to - 1], tokens[to]))) to++;
    const right = tokens.slice(rightStart, to);
    if (!right.length || !(officeLike(left) || officeLike(right))) continue;
    // Named people are no description: "the mayor and Jo Roe" (an office word read as a name is).
    if ([...left, ...right].some((t) => mentionsIn(ctx, t.start, t.end).some((m) => isPerson(ctx, m) && !isTitle(lex, ctx.mentions[m].text)))) continue;
    return [left.map((t) => t.lower), right.map((t) => t.lower)];
  }
  return null;
}
