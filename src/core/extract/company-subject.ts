// "the company said", "dijo la compañía", "a indiqué l'entreprise", "teilte das Unternehmen mit":
// a company's class noun as a speech verb's subject refers back to the company last named with such
// a noun ("the shipping company Velmar", "la naviera Velmar", "die Reederei Velmar").
import type { ArticleContext } from './context.js';
import { companyNoun } from './nouns.js';
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

/** The organisation last named before pos after a company class noun, or null. */
export function companyInFocus(ctx: ArticleContext, pos: number): number | null {
  const companies = new Set<number>();
  let last = -1;
  for (let i = 0; i < ctx.mentions.length && ctx.mentions[i].span[0] < pos; i++) {
    const m = ctx.mentions[i];
    if (m.inQuote) continue;
    const e = ctx.entityOf[i];
    if (ctx.entities[e].type !== 'organization') continue;
    if (m.role.some((w) => companyNoun(ctx.lex, w))) companies.add(e);
    if (companies.has(e)) last = e;
  }
  return last < 0 ? null : last;
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
