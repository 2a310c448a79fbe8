// "the company said", "dijo la compañía", "a indiqué l'entreprise", "teilte das Unternehmen mit":
// a company's class noun as a speech verb's subject refers back to the company last named with such
// a noun ("the shipping company Velmar", "la naviera Velmar", "die Reederei Velmar").
import { afterAccording, tokensOutside, type ArticleContext } from './context.js';
import { COMPANY_NAME_WORDS, COMPANY_SUFFIXES, THING_CLASS_NOUNS } from './lexicon.js';
import { isAcronym } from './names.js';
import { companyNoun } from './nouns.js';
import { isAddressee } from './speaker-clauses.js';
import type { Token } from './text.js';

/** The class noun a subject token is ("company", "l’entreprise" read as "entreprise"), or ''. */
function classNounOf(ctx: ArticleContext, tokens: Token[], k: number): string {
  const t = tokens[k];
  const elided = /^(?:l|d)['’](\p{Ll}+)$/u.exec(t.lower);
  const word = elided ? elided[1] : t.lower;
  if (!ctx.lex.companyNouns.includes(word)) return '';
  if (elided) return word;
  const prev = tokens[k - 1];
  return prev && ctx.lex.subjectLeads.has(prev.lower) && /^\s+$/.test(ctx.body.slice(prev.end, t.start)) ? word : '';
}

/**
 * The company in focus at pos: the organisation last named before it that is a company, named
 * with a class noun ("la naviera Velmar") or by a name no institution word heads ("Velmar",
 * "Orvia Marine Group", not "Harbour Authority"); the outlet words were said to is none. Null
 * when there is none.
 */
export function companyInFocus(ctx: ArticleContext, pos: number): number | null {
  const classed = new Set<number>();
  for (let i = 0; i < ctx.mentions.length && ctx.mentions[i].span[0] < pos; i++) {
    if (ctx.mentions[i].role.some((w) => companyNoun(ctx.lex, w))) classed.add(ctx.entityOf[i]);
  }
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i];
    if (m.span[0] >= pos || m.inQuote) continue;
    const e = ctx.entityOf[i];
    const type = ctx.entities[e].type;
    // A lone untyped name ("fletado por Velmar") that a class noun took up since ("según la naviera
    // noruega"), unless a thing's ("the tanker Velmar"): a city or a product is never so taken up.
    const untyped = type === 'other' && !/\s/.test(ctx.entities[e].name) && !namedAsThing(ctx, e) && takenUp(ctx, m.span[1], pos);
    // The outlet words were said to, or cited ("according to the Kessa newspaper"), is no company in focus.
    if ((type !== 'organization' && !untyped) || isAddressee(ctx, i) || afterAccording(ctx, m.span[0])) continue;
    if (classed.has(e) || companyName(ctx, ctx.entities[e].name)) return e;
  }
  return null;
}

/** A company's class noun after a determiner between from and to ("la naviera noruega"). */
function takenUp(ctx: ArticleContext, from: number, to: number): boolean {
  const tokens = tokensOutside(ctx, from, to);
  return tokens.some((_, k) => classNounOf(ctx, tokens, k) !== '');
}

/** Some mention of the entity follows a thing's class noun ("the tanker", "el buque"). */
function namedAsThing(ctx: ArticleContext, e: number): boolean {
  return ctx.mentions.some((m, i) => ctx.entityOf[i] === e && THING_CLASS_NOUNS.has(/(\p{L}+)[\s\u00a0]+$/u.exec(ctx.body.slice(Math.max(0, m.span[0] - 30), m.span[0]))?.[1].toLowerCase() ?? ''));
}

/** A name no institution word is in, unless a company's ("Group", "Co", "Airways"). */
function companyName(ctx: ArticleContext, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return !isAcronym(name) && words.every((w) => !ctx.lex.orgWords.has(w) || companyNoun(ctx.lex, w) || COMPANY_SUFFIXES.has(w.replace(/\./g, '')) || COMPANY_NAME_WORDS.has(w));
}

/** [token end, entity] for each company class noun subject among tokens that has a company in focus. */
export function companySubjects(ctx: ArticleContext, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!classNounOf(ctx, tokens, k)) continue;
    const e = companyInFocus(ctx, tokens[k].start);
    if (e !== null) out.push([tokens[k].end, e]);
  }
  return out;
}
