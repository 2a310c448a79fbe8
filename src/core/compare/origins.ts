// Who stands behind a claim: the named people and organisations its sentences cite or quote, an
// unnamed source in the text's own words, or the outlet's own reporting (a credited wire first);
// copies count under what they copy.
import { lexiconFor } from '../extract/lang/index.js';
import { foldText } from '../extract/names.js';
import { normaliseName } from '../reuse/direction.js';
import type { Article, ClaimOrigin } from '../types.js';
import type { StoryContext } from './claims.js';
import { isCommonNoun, isFragment, isSpecificDescription, samePerson, withoutTitles } from './source-names.js';
import type { SentenceUnit } from './units.js';

/** The article a copy ultimately copies (itself when it copies none); bounded against cycles. */
export function rootIn(copyOf: Map<string, string>, article: string): string {
  let a = article;
  for (let hops = 0; copyOf.has(a) && hops < 8; hops++) a = copyOf.get(a)!;
  return a;
}

/**
 * Who stands behind the claim: the named people and organisations its paragraphs cite or quote.
 * Unnamed sources ("local refugees") and countries speak through the named source of their
 * paragraph; a copy counts under the origin of what it copies.
 */
export function originsOf(ctx: StoryContext, sentences: SentenceUnit[]): ClaimOrigin[] {
  const byOrigin = new Map<string, Set<string>>();
  const citing = new Set<string>();
  // A sentence that disputes the claim names who denies it, not who made it.
  const stating = sentences.filter((s) => s.mode !== 'disputed');
  for (const s of stating) {
    const root = rootIn(ctx.copyOf, s.article);
    // A copy crediting the outlet it copies ("According to the X, …") names that article's own
    // reporting, not a source behind it: the copy then counts under the original's own reporting.
    const credited = root !== s.article ? outletOf(ctx, root) : null;
    for (const source of sourcesOf(ctx, s)) {
      if (credited && normaliseName(source) === credited) continue;
      const name = asArticleGivesIt(ctx, source, s.article);
      (byOrigin.get(name) ?? byOrigin.set(name, new Set()).get(name)!).add(s.article);
      citing.add(root);
    }
  }
  // An independent article that cites nobody for the claim reports it on its own account; its
  // copies that state the claim count under it. Only articles that state the claim are listed.
  for (const s of stating) {
    const root = rootIn(ctx.copyOf, s.article);
    if (citing.has(root)) continue;
    const article = ctx.units.find((u) => u.article.id === root)?.article;
    const label = article ? ownOrigin(article) : `${root.slice(0, 8)} (own reporting)`;
    (byOrigin.get(label) ?? byOrigin.set(label, new Set()).get(label)!).add(s.article);
  }
  return foldOrigins(ctx, byOrigin)
    .map(([label, articles]) => ({ label, articles: [...articles].sort() }))
    .sort((a, b) => b.articles.length - a.articles.length || a.label.localeCompare(b.label));
}

/** The comparable outlet name of an article of the story, if it has one. */
function outletOf(ctx: StoryContext, article: string): string | null {
  const outlet = ctx.units.find((u) => u.article.id === article)?.article.outlet;
  return outlet ? normaliseName(outlet) : null;
}

/**
 * The one origin behind several names: one person's names ("Ilse Marken", "Marken", "Captain
 * Marken"), and any other name written in other letter case ("the Prime Minister" / "the prime
 * minister"), are one origin, under the name most articles use. The count of origins is the
 * length of this list, on every surface.
 */
function foldOrigins(ctx: StoryContext, byOrigin: Map<string, Set<string>>): [string, Set<string>][] {
  const people = [...byOrigin.keys()].filter((n) => ctx.entityType.get(n) === 'person');
  const languageOf = (name: string) => languageOfArticle(ctx, [...byOrigin.get(name)!][0]);
  const key = samePerson(people, languageOf);
  const folded = new Map<string, [string, Set<string>][]>();
  for (const [label, articles] of byOrigin) {
    const k = ctx.entityType.get(label) === 'person' ? `p:${key(label)}` : `l:${foldText(withoutArticle(label))}`;
    (folded.get(k) ?? folded.set(k, []).get(k)!).push([label, articles]);
  }
  // The name without title words, the most used, then the fullest.
  const bare = (name: string) => withoutTitles(name, languageOf(name)).length;
  const titled = (name: string) => (name.match(/\p{L}+/gu) ?? []).length - bare(name);
  return [...folded.values()].map((names) => {
    const [label] = [...names].sort((a, b) => titled(a[0]) - titled(b[0]) || b[1].size - a[1].size || bare(b[0]) - bare(a[0]) || a[0].localeCompare(b[0]))[0];
    return [label, new Set(names.flatMap(([, articles]) => [...articles]))];
  });
}

/** "the Velmarian foreign ministry" -> "Velmarian foreign ministry". */
function withoutArticle(name: string): string {
  return name.replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * The name an article gives a source as one body: a country adjective alone or with one more word
 * ("Velmarian", "Velmarian officials") is the one body of that country the article names ("the
 * Velmarian foreign ministry"). Beside two bodies of the country, or none, the name stays as
 * written. (An office and its holder named in one article, "Prime Minister Lena Arvid … the prime
 * minister said", are already one speaker in extraction.)
 */
function asArticleGivesIt(ctx: StoryContext, name: string, article: string): string {
  const type = ctx.entityType.get(name);
  const unit = type === 'person' ? undefined : ctx.units.find((u) => u.article.id === article);
  if (!unit) return name;
  const { body, language } = unit.article;
  const lex = lexiconFor(language);
  const bare = withoutArticle(name);
  const words = bare.split(/\s+/);
  if (words.length > 2 || !/^\p{Lu}/u.test(words[0]) || (words.length === 2 && (!/^\p{Ll}/u.test(words[1]) || lex.orgWords.has(words[1])))) return name;
  // Each place the adjective is written, the body it heads: it and up to three words to an organisation word.
  const bodies = new Map<string, string>();
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}])${words[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}((?:\\s+[\\p{L}'’-]+){1,4})`, 'gu'))) {
    const after = m[1].trim().split(/\s+/);
    const end = after.findIndex((w) => lex.orgWords.has(w.toLowerCase()));
    // Modifiers only between ("foreign"), no clause ("Velmar told the ministry").
    if (end < 0 || after.slice(0, end).some((w) => lex.functionWords.has(w.toLowerCase()) || lex.speechVerbs.has(w.toLowerCase()))) continue;
    const phrase = `${words[0]} ${after.slice(0, end + 1).join(' ')}`;
    bodies.set(foldText(phrase), phrase);
  }
  if (bodies.size !== 1) return name;
  const [only] = bodies.values();
  return lex.determiners.size ? only : `the ${only}`;
}

function languageOfArticle(ctx: StoryContext, article: string): string | null {
  return ctx.units.find((u) => u.article.id === article)?.article.language ?? null;
}

/** "…, the regional transport office said.", "according to the port authority": the source as the text words it. */
const REPORTED_BY = [
  /,\s*((?:the|a|an)\s+[\p{L}'’ -]{2,60}?)\s+(?:said|says|announced|stated|reported|added|confirmed|estimated)\b[^,;]*$/iu,
  /\baccording to\s+((?:the|a|an)\s+[\p{L}'’ -]{2,60}?)\s*(?:[,.;]|$)/iu,
];

/**
 * Who the sentence says made its statement: the named people and organisations it cites or
 * quotes, else the unnamed source in its own words ("the harbour pilots' office"): a statement
 * attributed to an office is not the outlet's own reporting. Places do not speak.
 */
function sourcesOf(ctx: StoryContext, s: SentenceUnit): string[] {
  const named = namedSources(ctx, s);
  if (named.length || s.mode === 'asserted') return named;
  // The extraction's words for the source when short ("Local refugees", "the police"), else the reporting clause.
  const short = s.source && !ctx.entityType.has(s.source) && s.source.split(/\s+/).length <= 4 ? s.source : null;
  const described = short ?? REPORTED_BY.map((re) => re.exec(s.text.trim())?.[1]).find(Boolean);
  if (!described) return [];
  // Unnamed voices ("local refugees", "the agency") speak through the named source of their
  // paragraph, and in an article that credits a wire, through the wire that reported them.
  const unit = ctx.units.find((u) => u.article.id === s.article);
  if (unit?.article.credits?.some((c) => c.name !== unit.article.outlet)) return [];
  const paragraph = unit?.sentences.filter((x) => x.paragraph === s.paragraph && x.mode !== 'disputed') ?? [];
  const inParagraph = [...new Set(paragraph.flatMap((x) => namedSources(ctx, x)))];
  if (inParagraph.length) return inParagraph;
  const words = described.trim().split(/\s+/);
  // Not a piece of the sentence ("Only the day before") nor a bare common noun ("the firm").
  if (words.length > 6 || !/^\p{L}/u.test(described) || !isSpecificDescription(described.trim(), unit?.article.language ?? null)) return [];
  return [described.trim().replace(/^(?:The|A|An)\b/, (w) => w.toLowerCase())];
}

/** Who stands behind what an article reports uncited: the wire it credits, else its own reporting. */
export function ownOrigin(article: Article): string {
  const credit = article.credits?.[0];
  if (credit && credit.name !== article.outlet) return `${credit.name} (credited wire)`;
  return `${article.outlet ?? articleName(article)} (own reporting)`;
}

/**
 * An article without an outlet, named as a reader would find it: its headline (clipped), else the
 * file it was read from, never a bare content hash.
 */
function articleName(article: Article): string {
  const headline = article.headline?.replace(/\s+/g, ' ').trim();
  if (headline) return `“${headline.length > 60 ? `${headline.slice(0, 59).trimEnd()}…` : headline}”`;
  const file = article.source.split(/[\\/]/).pop();
  return file || article.id.slice(0, 8);
}

/** The named people and organisations a sentence cites or quotes. */
export function namedSources(ctx: StoryContext, s: SentenceUnit): string[] {
  return [...new Set([s.source, ...s.quotes.map((q) => q.speaker)])].filter((n): n is string => !!n && isNamedSource(ctx, n, s.article));
}

/** A person or organisation, named as such: no piece of a sentence, no common noun capitalised. */
function isNamedSource(ctx: StoryContext, name: string, article: string): boolean {
  const type = ctx.entityType.get(name);
  if (type !== 'person' && type !== 'organization') return false;
  const a = ctx.units.find((u) => u.article.id === article)?.article;
  const language = a?.language ?? null;
  return !isFragment(name, language) && !(a && isCommonNoun(name, a.body, language, type === 'organization'));
}
