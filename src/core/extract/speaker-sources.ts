// Who speaks for words a clause does not give a person as its subject: the source a relay cites
// ("…, citing the prosecutor"), the institution whose statement it is ("the statement said", "a post
// on Roe's account"), the body an impersonal verb names ("сообщили в МЧС"), the speaker a quote
// names at its own end, the owner of the words a noun names ("palabras de X") and the signer of an
// embedded post. Split from speakers.ts, which finds the cue these fill in.
import { mentionsIn, type ArticleContext } from './context.js';
import type { QuoteSpan } from './quotemarks.js';
import { signatureAfter } from './signatures.js';
import { isTitle } from './lang/index.js';
import { citedSpan, isAddressee } from './speaker-clauses.js';
import { subjectsIn, type Cue, type Subject } from './speakers.js';
import { spanIndexAt, type Token } from './text.js';

/** "Kessa reported on Monday, citing prosecutors": the source a relay right after the verb ending at `verbEnd` cites, or null. */
export function relayedSource(ctx: ArticleContext, verbEnd: number): Subject | null {
  const relay = citedSpan(ctx.body, verbEnd, verbEnd + 20);
  return relay && citedSource(ctx, relay[1], relay[2]);
}

/** The person or organisation a relay after the subject cites ("…, citing X"), or null. */
export function citedSource(ctx: ArticleContext, from: number, to: number): Subject | null {
  // The relay's preposition ("citando a", "unter Berufung auf") governs the source: no bar here.
  const named = mentionsIn(ctx, from, to).find((m) => ctx.entities[ctx.entityOf[m]].type !== 'place');
  if (named !== undefined) return { kind: 'entity', entity: ctx.entityOf[named], pos: ctx.mentions[named].span[1] };
  return subjectsIn(ctx, from, to, false, true).find((s) => s.kind === 'description' || (s.kind === 'entity' && ctx.entities[s.entity].type !== 'place')) ?? citedDescription(ctx, from, to);
}

/**
 * "citando a la fiscalía", "citing prosecutors", "citing the interior ministry": an institution or
 * office the relay cites without a name, as a description; it is the organisation the article
 * names with that noun, if any. A few lowercase words ending in an institution noun or a role head.
 */
function citedDescription(ctx: ArticleContext, from: number, to: number): Subject | null {
  const text = ctx.body.slice(from, to).trim();
  const words = text.split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
  if (words.length > 5 || !words.every((w) => /^\p{Ll}+$/u.test(w))) return null;
  const head = words[words.length - 1];
  const noun = ctx.lex.orgWords.has(head) ? head : [head, head.replace(/e?s$/, '')].find((w) => ctx.lex.roleHeads.has(w));
  if (!noun) return null;
  const lead = ctx.lex.subjectLeads.has(words[0]) || ctx.lex.connectorArticles.has(words[0]) ? 1 : 0;
  const pos = from + ctx.body.slice(from, to).trimEnd().length;
  return { kind: 'description', words: [...words.slice(lead, -1), noun], text, pos, forEntity: institutionNamed(ctx, noun, from) };
}

/** The organisation named before `pos` whose name holds the noun ("la Fiscalía de Velmar" for "la fiscalía"), or null. */
export function institutionNamed(ctx: ArticleContext, noun: string, pos: number): number | null {
  for (let m = ctx.mentions.length - 1; m >= 0; m--) {
    const e = ctx.entityOf[m];
    if (ctx.mentions[m].span[0] < pos && ctx.entities[e].type === 'organization' && ctx.entities[e].name.toLowerCase().split(/\s+/).includes(noun)) return e;
  }
  return null;
}

/**
 * "“The plane listed him among its passengers, Aviakontrol said,” TASS reported": the quote ends
 * in its own attribution, so the outlet outside only relays it. The person or organisation named
 * right before a speech verb that closes the quote, or null.
 */
export function innerSpeaker(ctx: ArticleContext, innerStart: number, innerEnd: number): number | null {
  const text = ctx.body.slice(Math.max(innerStart, innerEnd - 12), innerEnd);
  const verb = /(\p{L}+)[\s,.;]*$/u.exec(text);
  if (!verb || !ctx.lex.speechVerbs.has(verb[1])) return null;
  const verbStart = innerEnd - text.length + verb.index;
  for (let m = ctx.mentions.length - 1; m >= 0; m--) {
    const [a, b] = ctx.mentions[m].span;
    if (b > verbStart) continue;
    if (a < innerStart || !/^\s+$/.test(ctx.body.slice(b, verbStart)) || !/[,)]\s*(?:\p{Ll}{1,3}\s+)?$/u.test(ctx.body.slice(Math.max(innerStart, a - 8), a))) return null;
    const e = ctx.entityOf[m];
    return ctx.entities[e].type === 'person' || ctx.entities[e].type === 'organization' ? e : null;
  }
  return null;
}

/**
 * "“… Il consiglio – prosegue Roe – prende sul serio …”", "«… —dijo Roe— …»": an attribution set
 * between dashes inside the quote names whose words they are. The entity named right after the
 * speech verb there (no place), or null.
 */
export function interjectedSpeaker(ctx: ArticleContext, innerStart: number, innerEnd: number): number | null {
  const inner = ctx.body.slice(innerStart, innerEnd);
  for (const m of inner.matchAll(/[–—]\s*(\p{L}+)\s+([^–—\n]{2,60}?)\s*[–—]/gu)) {
    if (!ctx.lex.speechVerbs.has(m[1].toLowerCase())) continue;
    const at = innerStart + m.index + m[0].indexOf(m[2]);
    const named = mentionsIn(ctx, at, at + 1).find((k) => ctx.mentions[k].span[0] === at && ctx.entities[ctx.entityOf[k]].type !== 'place');
    if (named !== undefined) return ctx.entityOf[named];
  }
  return null;
}

/**
 * "«…», — сообщили в МЧС", "В ведомстве Минтранса заявили": an impersonal verb with its subject
 * unwritten and the body whose people speak after "в": that organisation is the speaker.
 */
export function bodyAfter(ctx: ArticleContext, tokens: Token[], k: number): Subject | null {
  const prep = tokens[k];
  const next = tokens[k + 1];
  if (!prep || !next || !ctx.lex.bodyPrepositions.has(prep.lower)) return null;
  const m = mentionsIn(ctx, next.start, next.start + 1)[0];
  if (m === undefined || ctx.entities[ctx.entityOf[m]].type !== 'organization') return null;
  return { kind: 'entity', entity: ctx.entityOf[m], pos: ctx.mentions[m].span[1] };
}

/**
 * "— говорится в сообщении ФСБ", "the statement said", "dijo el ministerio": an institution's
 * statement. The person or organisation named right after the noun ("a post on Jo Roe's account"), else the organisation last named
 * before the quote.
 */
export function statementSource(ctx: ArticleContext, tokens: Token[], until: number, quoteStart: number): Subject | null {
  // "détenue par le gouvernement de Velmar dans un communiqué": an institution a preposition governs
  // is what the subject is of, never whose statement it is; "dans un communiqué" still names one.
  const noun = tokens.find((t, k) => t.start < until && ctx.lex.statementNouns.has(t.lower) && !(ctx.lex.orgWords.has(t.lower) && governedToken(ctx, tokens, k)));
  if (!noun) return null;
  const isOrg = (m: number) => ctx.entities[ctx.entityOf[m]].type === 'organization';
  // "la Procura di Valmora in una nota": the noun is the institution's own name.
  const named = mentionsIn(ctx, Math.max(0, noun.start - 60), noun.end).find((m) => isOrg(m) && ctx.mentions[m].span[0] <= noun.start && ctx.mentions[m].span[1] >= noun.end);
  if (named !== undefined) return { kind: 'entity', entity: ctx.entityOf[named], pos: ctx.mentions[named].span[1] };
  const office = officeAfter(ctx, tokens, tokens.indexOf(noun));
  if (office) return office;
  const isSource = (m: number) =>
    (isOrg(m) || ctx.entities[ctx.entityOf[m]].type === 'person') && !/[.!?]/.test(ctx.body.slice(Math.min(noun.end, ctx.mentions[m].span[1]), Math.max(noun.start, ctx.mentions[m].span[0])));
  // "Roe's office said", "a post on Roe's account said": the owner written before or after the noun.
  const owner = mentionsIn(ctx, tokens[0].start, noun.start).filter((m) => isSource(m) && /^['’]s\b/.test(ctx.body.slice(ctx.mentions[m].span[1], ctx.mentions[m].span[1] + 3))).pop();
  const after = owner ?? mentionsIn(ctx, noun.end, Math.max(until, noun.end + 40)).find(isSource);
  if (after !== undefined) return { kind: 'entity', entity: ctx.entityOf[after], pos: ctx.mentions[after].span[1] };
  // "lo contó la firma a la radio X. «…», dijo la empresa": the medium spoken to is not the one speaking.
  // "a annoncé le palais dans un communiqué": a subject written before the noun is whose statement it
  // is; an institution named earlier stands for it only if its name holds that noun.
  const head = writtenHead(ctx, tokens, noun);
  const before = mentionsIn(ctx, 0, quoteStart).filter((m) => isOrg(m) && !isAddressee(ctx, m) && (head === null || ctx.entities[ctx.entityOf[m]].name.toLowerCase().split(/\s+/).includes(head)));
  const last = before[before.length - 1];
  return last === undefined ? null : { kind: 'entity', entity: ctx.entityOf[last], pos: noun.end };
}

/**
 * "в заявлении президента США", "the statement of the president", "la nota del ministro": an
 * office right after the statement noun (a connector or article between) owns the statement, as a
 * description resolved to its holder; where names decline, the office is read through its case
 * ending ("президента" is "президент").
 */
function officeAfter(ctx: ArticleContext, tokens: Token[], at: number): Subject | null {
  let k = at + 1;
  const link = (w: string) => ctx.lex.nameConnectors.has(w) || ctx.lex.connectorArticles.has(w) || ctx.lex.genitiveArticles.has(w);
  while (k < tokens.length && k <= at + 2 && link(tokens[k].lower)) k++;
  // Up to two modifiers before the office ("американского президента", "del primer ministro").
  for (let h = k; h < tokens.length && h <= k + 2; h++) {
    const t = tokens[h];
    if (/^\p{Lu}/u.test(t.text) || /[,.;:!?"“”«»]/.test(ctx.body.slice(tokens[h - 1].end, t.start))) return null;
    const stem = t.lower.replace(/(?:ом|ем|ой|ей|[аяуюеиы])$/u, '');
    const head = [t.lower, ...(ctx.lex.casedNames ? [stem, `${stem}а`] : [])].find((w) => ctx.lex.roleHeads.has(w));
    if (head) return { kind: 'description', words: [...tokens.slice(k, h).map((m) => m.lower), head], text: ctx.body.slice(tokens[k].start, t.end), pos: t.end, forEntity: null };
  }
  return null;
}

/** Whether a preposition (no "according to") governs tokens[k], through one article or determiner. */
function governedToken(ctx: ArticleContext, tokens: Token[], k: number): boolean {
  const determiner = (w: string) => ctx.lex.subjectLeads.has(w) || ctx.lex.connectorArticles.has(w);
  const j = k > 0 && determiner(tokens[k - 1].lower) ? k - 2 : k - 1;
  const w = tokens[j]?.lower ?? '';
  return ctx.lex.prepositions.has(w) && !ctx.lex.according.has(w);
}

/** The lowercase noun after a determiner no preposition governs, before `noun` ("le palais"), or null. */
function writtenHead(ctx: ArticleContext, tokens: Token[], noun: Token): string | null {
  for (let k = 0; k + 1 < tokens.length && tokens[k + 1] !== noun && tokens[k] !== noun; k++) {
    const w = tokens[k].lower;
    if (!(ctx.lex.subjectLeads.has(w) || ctx.lex.connectorArticles.has(w)) || ctx.lex.pronouns.has(w) || ctx.lex.prepositions.has(tokens[k - 1]?.lower ?? '')) continue;
    const next = tokens[k + 1];
    // An office ("said a spokesman", "the prosecutor's statement") is a description, resolved as one.
    if (/^\p{Ll}/u.test(next.text) && !ctx.lex.functionWords.has(next.lower) && !isTitle(ctx.lex, next.lower.replace(/['’]s$/, ''))) return next.lower;
  }
  return null;
}

/** The body named after "в" among the few words right before the verb at token i ("В МЧС сообщили"). */
export function bodyBefore(ctx: ArticleContext, tokens: Token[], i: number): Subject | null {
  if (ctx.lex.bodyPrepositions.size === 0) return null;
  for (let k = i - 2; k >= Math.max(0, i - 4); k--) {
    const body = bodyAfter(ctx, tokens, k);
    if (body) return body;
  }
  return null;
}


/**
 * "the Russian foreign ministry denounced", "la fiscalía informó": an institution noun right before
 * the verb at tokens[i] (its auxiliaries between), with a determiner and up to three modifiers and
 * no name among them, is its subject: a description, the organisation named with that noun if any.
 */
export function institutionBefore(ctx: ArticleContext, tokens: Token[], i: number): Subject | null {
  let k = i - 1;
  while (k >= 0 && ctx.lex.auxiliaries.has(tokens[k].lower)) k--;
  const head = tokens[k];
  // A company noun is resolved where the company is (company-subject.ts), an office by its holder.
  if (!head || !ctx.lex.orgWords.has(head.lower) || ctx.lex.companyNouns.includes(head.lower) || ctx.lex.roleHeads.has(head.lower) || /^\p{Lu}/u.test(head.text)) return null;
  const determiner = (t: Token) => (ctx.lex.subjectLeads.has(t.lower) || ctx.lex.connectorArticles.has(t.lower)) && !ctx.lex.pronouns.has(t.lower);
  let j = k;
  while (j > 0 && j > k - 4 && !determiner(tokens[j])) j--;
  const lead = tokens[j];
  // "the head of the ministry said": a preposition's object is no subject.
  const governed = j > 0 && (ctx.lex.prepositions.has(tokens[j - 1].lower) || ctx.lex.nameConnectors.has(tokens[j - 1].lower));
  if (!determiner(lead) || governed || tokens.slice(j + 1, k).some((t) => ctx.lex.functionWords.has(t.lower)) || /[,;:.!?"“”«»]/.test(ctx.body.slice(lead.start, tokens[i].start)) || mentionsIn(ctx, lead.start, head.end).length) return null;
  const words = tokens.slice(j + 1, k + 1).map((t) => t.lower);
  return { kind: 'description', words, text: ctx.body.slice(lead.start, head.end), pos: head.end, forEntity: institutionNamed(ctx, head.lower, lead.start) };
}

/**
 * "«…», fueron las palabras del ministro Tomas Verhoek.", "“…”, le prime parole di Ventresca.",
 * "“…” were Kellor's first words.": with no verb after the quote, a noun for words and the person or
 * organisation whose words they are, named right after it (a connector, an article and an office
 * between) or as a possessive right before it. The owner must close the sentence, so a noun that
 * goes on into a clause of its own ("les mots ont circulé parmi les partisans de X") names no one.
 */
export function wordsOwner(ctx: ArticleContext, tokens: Token[], sentenceEnd: number): Subject | null {
  const k = tokens.findIndex((t, i) => i <= 4 && ctx.lex.wordNouns.has(t.lower));
  if (k < 0 || /[,;:.!?]/.test(ctx.body.slice(tokens[0].start, tokens[k].start))) return null;
  const noun = tokens[k];
  const source = (m: number) => ['person', 'organization'].includes(ctx.entities[ctx.entityOf[m]].type);
  const closes = (pos: number) => /^[\s.!?;)»”"]*$/.test(ctx.body.slice(pos, sentenceEnd));
  const subject = (m: number): Subject => ({ kind: 'entity', entity: ctx.entityOf[m], pos: ctx.mentions[m].span[1] });
  // Before the noun: lowercase words (a copula, an article, "first") and at most a possessive owner.
  const before = mentionsIn(ctx, tokens[0].start, noun.start);
  if (tokens.slice(0, k).some((t) => /^\p{Lu}/u.test(t.text) && !before.some((m) => ctx.mentions[m].span[0] <= t.start && ctx.mentions[m].span[1] >= t.start))) return null;
  const owner = before.find((m) => source(m) && /^['’]s\s/.test(ctx.body.slice(ctx.mentions[m].span[1], ctx.mentions[m].span[1] + 3)));
  if (owner !== undefined) return closes(noun.end) ? subject(owner) : null;
  if (before.length) return null;
  const link = tokens[k + 1];
  if (!link || !(ctx.lex.nameConnectors.has(link.lower) || ctx.lex.prepositions.has(link.lower))) return null;
  // "del ministro Tomas Verhoek", "de la presidenta Dana Kellor": an article and an office between.
  let j = k + 2;
  while (j < tokens.length && j <= k + 4 && (ctx.lex.connectorArticles.has(tokens[j].lower) || ctx.lex.subjectLeads.has(tokens[j].lower) || isTitle(ctx.lex, tokens[j].text))) j++;
  const at = tokens[j];
  const named = at && mentionsIn(ctx, at.start, at.start + 1).find((m) => ctx.mentions[m].span[0] === at.start && source(m));
  return named !== undefined && closes(ctx.mentions[named].span[1]) ? subject(named) : null;
}

/**
 * "“…” pic.twitter.com/abc — Dana Kellor (@dkellor) October 14, 2019": an embedded post signed
 * below its words (or in the paragraph after, when the post is a paragraph of its own) is the
 * signing person's or organisation's.
 */
export function signatureCue(ctx: ArticleContext, mark: QuoteSpan): Cue | null {
  const sig = signatureAfter(ctx.body, mark.end);
  if (!sig) return null;
  const p = spanIndexAt(ctx.paragraphs, mark.start);
  if (sig.newParagraph && (p < 0 || !/^\s*$/.test(ctx.body.slice(ctx.paragraphs[p][0], mark.start)))) return null;
  const named = mentionsIn(ctx, sig.name[0], sig.name[1]).find((m) => ctx.mentions[m].span[0] <= sig.name[0] + 1);
  if (named === undefined) return null;
  const subject: Subject = { kind: 'entity', entity: ctx.entityOf[named], pos: ctx.mentions[named].span[1] };
  return { subject, verb: '—', continuation: false, after: true, verbStart: sig.dash, verbEnd: sig.dash + 1 };
}
