// The role words said of a name: titles before it ("Norwegian Foreign Minister"), a role set off
// by a comma before it ("The environment secretary, Jane Roe,") or after it (", the regional
// commander,"), and the gender titles imply; and whom a role description speaks as (an office holder, or an organisation's voice).
import { countryOfAdjective, givenNameGender } from './gazetteer.js';
import { mentionsIn, tokensOutside, type ArticleContext } from './context.js';
import { isTitle, type Lexicon } from './lang/index.js';
import { SPEAKS_FOR } from './lexicon.js';
import { isAcronym } from './names.js';
import { citedSpan } from './speaker-clauses.js';
import type { Token } from './text.js';

/** Lowercase, final dot dropped: "Gen." -> "gen". */
export const bare = (t: string): string => {
  const lower = t.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
};

/** `bare` of a token, from the lowercase form it carries. */
export const bareToken = (t: Token): string => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

export function genderOf(lex: Lexicon, first: string, title: string | null, role: string[]): 'm' | 'f' | null {
  const words = title ? [bare(title), ...role] : role;
  if (words.some((w) => lex.maleTitles.has(w))) return 'm';
  if (words.some((w) => lex.femaleTitles.has(w))) return 'f';
  return givenNameGender(first);
}

/** Lowercase or capitalised office words right before the name: "Norwegian Ambassador to the UN". */
export function precedingRole(lex: Lexicon, before: Token[], body: string, start: number): string[] {
  const out: string[] = [];
  let edge = start;
  for (let k = before.length - 1; k >= 0; k--) {
    const tok = before[k];
    if (!/^[\s,]*$/.test(body.slice(tok.end, edge)) || body.slice(tok.end, edge).includes(',')) break;
    const w = bareToken(tok);
    const fits = isTitle(lex, w) || countryOfAdjective(tok.text) !== null || isAcronym(tok.text) || w === 'to' || w === 'the' || w === 'of';
    // "le président français Claire Dumont", "el ministro español": an adjective after the title.
    const prevTok = before[k - 1];
    const adjective = !fits && out.length === 0 && lex.language !== 'en' && /^\p{Ll}/u.test(tok.text) && !lex.prepositions.has(w) && !lex.nameConnectors.has(w) && !lex.functionWords.has(w) && !!prevTok && isTitle(lex, prevTok.text) && /^\s+$/.test(body.slice(prevTok.end, tok.start));
    if (!fits && !adjective) break;
    out.unshift(w);
    edge = tok.start;
  }
  return out.filter((w) => w !== 'the' && w !== 'to' && w !== 'of');
}

function roleWords(phrase: string): string[] {
  // A loop, not map and filter: map's result is packed or holey depending on whether the caller is
  // optimized yet, and each new kind deoptimized the code reading the words.
  const out: string[] = [];
  for (const raw of phrase.split(/\s+/)) {
    const w = bare(raw).replace(/['’]s$/, '');
    if (w && w !== 'the' && w !== 'of' && w !== 'and' && w !== 'a' && w !== 'an') out.push(w);
  }
  return out;
}

/** ", Chief of the General Staff of ...," or ", the regional military commander," after a name. */
export function appositiveRole(lex: Lexicon, body: string, end: number): string[] {
  // "la agencia Kessa, citando al fiscal general": the office of the source a relay cites, not the name's.
  if (body[end] !== ',' || citedSpan(body, end, end)) return [];
  const m = /^,\s+((?:the\s+|an?\s+)?[\p{L}'’ -]+?)(?:,|\.|$)/u.exec(body.slice(end, end + 90));
  if (!m) return [];
  // ", Baronin Dana Kellor,", ", Dame Dana Kellor": titles, then capitalised words to the comma, are a titled name, no role.
  const parts = m[1].trim().split(/\s+/);
  const named = parts.findIndex((w) => !isTitle(lex, w));
  if (named > 0 && parts.length - named <= 3 && parts.slice(named).every((w) => /^\p{Lu}/u.test(w))) return [];
  const words = roleWords(m[1]);
  // ", its mayor said": a clause with its own speech verb names another person, not the name's role.
  if (words.some((w) => lex.speechVerbs.has(w))) return [];
  return words.length <= 8 && words.some((w) => isTitle(lex, w)) ? words : [];
}

/** "The environment secretary, Helen Marsh, said": the role written before the name, set off by a comma. */
export function leadingAppositive(lex: Lexicon, body: string, start: number): string[] {
  if (!/,\s*$/.test(body.slice(Math.max(0, start - 3), start))) return [];
  const m = /(?:^|[.!?;:]\s+|\b(?:the|a|an)\s+)((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+),\s*$/iu.exec(body.slice(Math.max(0, start - 70), start));
  if (!m) return [];
  const words = roleWords(m[1]);
  if (isTitle(lex, words[words.length - 1] ?? '')) return words;
  // "Il capitano della nave, Tomas Verhoek", "L'avvocato di Roe, Jo Kellor": an office, then what it is of.
  const k = lex.subjectLeads.has(words[0]) ? 1 : 0;
  const office = (words[k] ?? '').replace(/^\p{L}['’](?=\p{L})/u, '');
  return lex.language !== 'en' && isTitle(lex, office) && lex.nameConnectors.has(words[k + 1] ?? '') ? [office, ...words.slice(k + 1)] : [];
}

/**
 * Whether a description speaks for the organisation named with it: a spokesperson, a generic head
 * with no office of its own ("an official", "an officer"), or a member the text leaves unnamed ("a
 * Harlow executive"). A definite office holder ("the mayor of Velmar", "the Velmar mayor",
 * "Velmar's police chief") is the speaker, not the place or body the office is of: this decides it
 * for every quote speaker and attribution source.
 */
export function speaksFor(lex: Lexicon, lead: string, words: string[]): boolean {
  const head = words[words.length - 1];
  const bare = lex.roleHeads.has(head) ? head : head.replace(/s$/, '');
  return SPEAKS_FOR.has(bare) || (lex.roleHeads.get(bare) ?? []).length === 0 || isIndefinite(lex, lead);
}

/** Indefinite articles of the news languages: "a Harlow executive" is someone the text leaves unnamed. */
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'un', 'une', 'una', 'uno', 'ein', 'eine', 'einer', 'um', 'uma', 'en', 'et']);

/** Whether `lead` is an indefinite article in the article's language: Portuguese "a" is "the" ("a dirigente"). */
export function isIndefinite(lex: Lexicon, lead: string): boolean {
  const w = lead.toLowerCase();
  return INDEFINITE.has(w) && (w !== 'a' || lex.language === 'en');
}

/** Where a description ends with the name its office is of: "the mayor" + " of Velmar", "le maire" + " de Velmar". */
export function complementEnd(ctx: ArticleContext, pos: number): number {
  const m = /^\s+(\p{L}+)\s+(?:(\p{L}+)\s+)?/u.exec(ctx.body.slice(pos, pos + 30));
  if (!m || !(ctx.lex.nameConnectors.has(m[1].toLowerCase()) || m[1].toLowerCase() === 'at')) return pos;
  const at = pos + m[0].length - (m[2] && !(ctx.lex.connectorArticles.has(m[2].toLowerCase()) || m[2].toLowerCase() === 'the') ? m[2].length + 1 : 0);
  const i = mentionsIn(ctx, at, at + 1)[0];
  return i !== undefined && ctx.mentions[i].span[0] === at ? ctx.mentions[i].span[1] : pos;
}

/** Adjective endings of the Romance languages: "protezione civile", "polizia locale", "garde côtière". */
const ADJECTIVE_END = /(?:ale|ali|ile|ili|ica|ico|ici|iche|ana|ano|ani|ane|ese|esi|iva|ivo|ivi|ive|iera|iero|are|ari|al|ales|el|elle|ière|aire|ique|ien|ienne)$/u;

/**
 * "il capo" + " delle squadre di soccorso", "le chef" + " des secours", "el jefe" + " de los
 * bomberos": where an office's complement names no one, the common nouns it is of (up to three
 * links, each noun with one adjective), as part of the description; else `pos`. A verb, a
 * function word or punctuation ends it.
 */
export function officeComplementEnd(ctx: ArticleContext, pos: number): number {
  const { lex, body } = ctx;
  const tokens = tokensOutside(ctx, pos, Math.min(body.length, pos + 100));
  const spaced = (k: number) => k < tokens.length && /^[ \u00a0]+$/.test(body.slice(k > 0 ? tokens[k - 1].end : pos, tokens[k].start));
  const plain = (k: number) => spaced(k) && /^\p{Ll}+$/u.test(tokens[k].text) && !lex.speechVerbs.has(tokens[k].lower) && !lex.auxiliaries.has(tokens[k].lower) && !lex.functionWords.has(tokens[k].lower) && !lex.prepositions.has(tokens[k].lower) && !lex.nameConnectors.has(tokens[k].lower);
  let end = pos;
  let k = 0;
  for (let links = 0; links < 3 && spaced(k); links++) {
    // "dell'esercito": the connector elided onto its noun.
    const elided = /^(\p{L}+['’])(\p{Ll}+)$/u.exec(tokens[k].lower);
    if (elided && lex.nameConnectors.has(elided[1])) k++;
    else {
      if (!lex.nameConnectors.has(tokens[k].lower)) break;
      k++;
      if (spaced(k) && lex.connectorArticles.has(tokens[k].lower)) k++;
      // "de l'exécutif": the article elided onto its noun.
      const article = k < tokens.length ? /^(\p{L}+['’])(\p{Ll}{2,})$/u.exec(tokens[k].lower) : null;
      if (!plain(k) && !(spaced(k) && article && lex.connectorArticles.has(article[1]))) break;
      k++;
    }
    end = tokens[k - 1].end;
    if (plain(k) && ADJECTIVE_END.test(tokens[k].lower)) end = tokens[k++].end;
  }
  return end;
}

/**
 * "a spokesman for the Refugee Alliance", "un portavoz del Gobierno", "ein Sprecher des
 * Ministeriums": the organisation a described person speaks for, named right after the head.
 */
export function representedEntity(ctx: ArticleContext, pos: number): number | null {
  const m = /^\s+(\p{L}+)\s+(?:(?:the|la|las|los|el|le|les)\s+)?/u.exec(ctx.body.slice(pos, pos + 16));
  if (!m || !(['for', 'of', 'at', 'from'].includes(m[1].toLowerCase()) || ctx.lex.nameConnectors.has(m[1].toLowerCase()))) return null;
  const at = pos + m[0].length;
  const i = mentionsIn(ctx, at, at + 1)[0];
  if (i === undefined || ctx.mentions[i].span[0] !== at) return null;
  const e = ctx.entityOf[i];
  return ctx.entities[e].type === 'organization' ? e : null;
}

/**
 * "un porte-parole du ministère", "a spokesman for the ministry": where a spokesperson's
 * description ends with the institution noun after the head that they speak for; else `pos`.
 */
export function representedNounEnd(ctx: ArticleContext, pos: number): number {
  const m = /^\s+(\p{L}+)\s+(?:(\p{L}+)\s+)?(\p{Ll}+)/u.exec(ctx.body.slice(pos, pos + 40));
  if (!m || !(['for', 'of'].includes(m[1].toLowerCase()) || ctx.lex.nameConnectors.has(m[1].toLowerCase()))) return pos;
  const article = m[2] !== undefined && (ctx.lex.connectorArticles.has(m[2].toLowerCase()) || m[2].toLowerCase() === 'the');
  // "du ministère a déclaré": with no article, the noun is the word right after the connector.
  const noun = article || m[2] === undefined ? m[3] : m[2];
  if (!ctx.lex.orgWords.has(noun)) return pos;
  const at = m[0].indexOf(noun, m[1].length + 1);
  return pos + at + noun.length;
}

/**
 * "a foreign ministry spokesman", "un porte-parole du ministère": an unnamed spokesperson of a
 * body the description names speaks for it, so the description is the speaker; other unnamed
 * people ("an officer", "a diplomat") are no one the reader can tell.
 */
export function speaksForBody(lex: Lexicon, words: string[], text: string): boolean {
  return SPEAKS_FOR.has(words[words.length - 1]) && text.toLowerCase().split(/\s+/).some((w) => lex.orgWords.has(w));
}
