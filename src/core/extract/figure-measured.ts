// What an amount, a share, a span or a match minute is of. A measure counts nothing itself, but
// its sentence says what it measures: the noun after a link ("15 % du capital", "zwölf Prozent der
// Anteile", "$5 million in losses", "108 days in detention"), a German noun right after the unit
// ("40 Millionen Euro Einkommen"), a currency conversion in brackets skipped ("5 Milliarden Yen
// (rund 40 Millionen Euro) Einkommen"), or, in the languages that put the noun first, the noun
// the amount is linked to before it ("une flèche en bois de 93 m", "una multa de 5 millones").
import type { ArticleContext } from './context.js';
import type { Token } from './text.js';

/** Reads a counted noun phrase starting at token `k` (the figure scan's reader), or null. */
export type NounReader = (ctx: ArticleContext, k: number, from: number) => { counts: string; end: number } | null;

/** Words after an amount that say more of it, not what it is of ("5 % de plus", "$5 million in all"). */
const NOT_A_THING = new Set(['plus', 'moins', 'más', 'menos', 'mais', 'più', 'all', 'total', 'fact', 'addition', 'particular', 'part', 'mehr', 'weniger']);

/** Whether token `t` starts inside a name the text gives (a person, a company, a place). */
function named(ctx: ArticleContext, t: Token): boolean {
  return ctx.mentions.some((m) => m.span[0] <= t.start && t.start < m.span[1]);
}

/** The token index of the first token starting at or after `at`. */
function tokenAt(tokens: readonly Token[], from: number, at: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].start < at) k++;
  return k;
}

/** What a measure ending at `end` (its next token `k`) is of, said after it; null when the sentence does not say. */
export function measuredAfter(ctx: ArticleContext, k: number, end: number, unit: string, read: NounReader): string | null {
  const { tokens, body, lex } = ctx;
  if (k >= tokens.length) return null;
  let gap = body.slice(end, tokens[k].start);
  // A conversion in brackets ("(rund 40 Millionen Euro)", "(S$20.3 million)") stands between the amount and its noun.
  const open = /^[\s\u00a0]*\(/.exec(gap);
  if (open && !gap.includes(')')) {
    const close = body.indexOf(')', end);
    if (close < 0 || close - end > 60 || !/\d/.test(body.slice(end, close))) return null;
    k = tokenAt(tokens, k, close);
    if (k >= tokens.length) return null;
    end = close + 1;
    gap = body.slice(end, tokens[k].start);
  }
  // The amount closes a bracketed conversion: what follows the bracket is what both measure.
  if (!/^[\s\u00a0]*\)?[\s\u00a0]*$/.test(gap)) return null;
  const t = tokens[k];
  // A share is of a whole a determiner opens ("15 % du capital", "zwölf Prozent der Anteile"); a sum or
  // a span is of a bare noun ("d'euros de dons", "108 days in detention"): "à 60 km de la capitale" is from where.
  const share = unit === '%';
  const link = lex.measureOf.has(t.lower) || (share && lex.shareOf.has(t.lower));
  let j = k;
  if (link) {
    j = k + 1;
    if (share && lex.measureOfArticles.has(tokens[j]?.lower ?? '') && !['in', 'en', 'em'].includes(t.lower)) j++;
  } else if (!lex.nounCapitals || !/^\p{Lu}/u.test(t.text)) return null;
  const first = tokens[j];
  if (!first || NOT_A_THING.has(first.lower) || (lex.nounCapitals && named(ctx, first))) return null;
  // The reader wants the space before the noun: after the link, or the one before the noun itself.
  const from = j > k ? tokens[j - 1].end : tokens[k].start - 1;
  if (j === k && !/[\s\u00a0]/.test(body[from] ?? '')) return null;
  const found = read(ctx, j, from);
  if (!found) return null;
  // Outside German a noun is lowercase: "in Tokyo" is where, "in Nissan funds" is what.
  if (!lex.nounCapitals && !/^\p{Ll}/u.test(found.counts.split(' ').pop()!)) return null;
  return found.counts;
}

/** What an amount is of, named before it: "une flèche en bois de 93 m" (a determiner opens the noun phrase). */
export function measuredBefore(ctx: ArticleContext, first: number): string | null {
  const { tokens, body, lex } = ctx;
  const linked = (i: number) => i > 0 && /^[\s\u00a0]+$/.test(body.slice(tokens[i - 1].end, tokens[i].start));
  const owner = tokens[first - 1];
  if (!owner || !lex.amountOwners.has(owner.lower) || !linked(first)) return null;
  // English's "a" is among the articles every language layers in; in French it is "has".
  const opens = (i: number) => i >= 0 && !lex.auxiliaries.has(tokens[i].lower) && (lex.subjectLeads.has(tokens[i].lower) || lex.connectorArticles.has(tokens[i].lower) || /^l['’]/.test(tokens[i].lower));
  const noun = (i: number) => i >= 0 && /^\p{Ll}/u.test(tokens[i].text) && !lex.functionWords.has(tokens[i].lower) && !lex.prepositions.has(tokens[i].lower);
  // "l'édifice" is one token: its article is glued on.
  const bare = (i: number) => tokens[i].text.replace(/^l['’]/i, '');
  let i = first - 2;
  if (!noun(i) || !linked(i + 1)) return null;
  if (opens(i - 1) || /^l['’]\p{L}/u.test(tokens[i].lower)) return bare(i);
  // "une flèche en bois de 93 m": a material or kind after the noun ("en bois") is not what is measured.
  if (i >= 3 && (tokens[i - 1].lower === 'en' || lex.amountOwners.has(tokens[i - 1].lower)) && noun(i - 2) && opens(i - 3)) return bare(i - 2);
  return null;
}

/**
 * Whose goal a match minute marks: the name right before a bracketed minute ("Okafor (23e)"), the
 * words of its list item before a written one ("Tomas Verhoek own-goal 18th min"), the name after
 * a goals box's "M.39: Kellor".
 */
export function minuteOf(ctx: ArticleContext, start: number, end: number): string | null {
  const { body } = ctx;
  if (/^M/.test(body.slice(start, end))) {
    const after = /^[:\s\u00a0]*([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})/u.exec(body.slice(end, end + 60));
    return after?.[1] ?? null;
  }
  const before = body.slice(Math.max(0, start - 60), start);
  const item = /([^,;:()\n.]*)$/.exec(before)![1].trim();
  const words = item.split(/\s+/).filter((w) => w);
  // "À la 18e minute": an item of function words names nothing.
  while (words.length && ctx.lex.functionWords.has(words[0].toLowerCase())) words.shift();
  if (words.length && words.length <= 4 && /^\p{Lu}/u.test(words[0])) return words.join(' ');
  if (item && !/\p{Lu}[\p{L}'’-]+\s*$/u.test(item)) return null;
  const name = /((?:[\p{Lu}][\p{L}'’-]+\s+){0,2}[\p{Lu}][\p{L}'’-]+)\s*$/u.exec(before);
  return name?.[1] ?? null;
}

/** How far before a share its subject may stand. */
const SUBJECT_WITHIN = 120;

/**
 * What a share changes when the text gives it as a change ("sent the share price down 15 per cent",
 * "Die Aktien von Kessa fielen nach dem Bericht um zehn Prozent", "l'action a chuté de 15 %"): the
 * nearest noun phrase before it in its clause that a determiner opens and no preposition governs (in
 * German, nor a noun before it: "der Nachricht der Vorwürfe" is a genitive).
 */
export function changedThing(ctx: ArticleContext, start: number, read: NounReader): string | null {
  const { tokens, body, lex } = ctx;
  let p = tokenAt(tokens, 0, start) - 1;
  if (p < 0 || !lex.changeLinks.has(tokens[p].lower) || !/^[\s\u00a0]+$/.test(body.slice(tokens[p].end, start))) return null;
  const floor = Math.max(0, start - SUBJECT_WITHIN);
  const opens = (w: string) => (lex.subjectLeads.has(w) || lex.determiners.has(w) || lex.connectorArticles.has(w)) && !lex.pronouns.has(w) && !lex.selfWords.has(w) && !lex.prepositions.has(w) && !lex.auxiliaries.has(w);
  for (let i = p - 1; i >= 0 && tokens[i].start >= floor; i--) {
    // A clause or a number ends the search: the subject is of this clause.
    if (/[.;:,!?()«»"“”\d]/.test(body.slice(tokens[i].end, tokens[i + 1].start)) || /^\d/.test(tokens[i].lower)) return null;
    const glued = /^l['’]\p{L}/u.test(tokens[i].lower);
    if (!glued && !opens(tokens[i].lower)) continue;
    const prev = tokens[i - 1];
    const sameClause = !!prev && prev.start >= floor && !/[.;:,!?()]/.test(body.slice(prev.end, tokens[i].start));
    if (sameClause && lex.prepositions.has(prev.lower)) continue;
    if (sameClause && lex.nounCapitals && /^\p{Lu}/u.test(prev.text) && !lex.functionWords.has(prev.lower)) continue;
    // "L'action": the article is glued to its noun, which is taken alone.
    const found = glued ? { counts: tokens[i].text } : read(ctx, i + 1, tokens[i].end);
    if (!found) return null;
    const counts = found.counts.replace(/^l['’]/iu, '');
    const noun = tokens[glued ? i : i + 1];
    if (named(ctx, noun) || (lex.nounCapitals ? !/^\p{Lu}/u.test(noun.text) : !/^\p{Ll}/u.test(counts))) return null;
    return counts;
  }
  return null;
}
