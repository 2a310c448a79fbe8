// Bags of weighted terms for comparing sentences, paragraphs and quotes across outlets: entity
// aliases fold to one canonical term (so "ISIS" and "Daesh" agree), words are stemmed, numbers
// are kept as values. Names and numbers weigh more than words: they are what claims hinge on.
import { stem } from '../stories/index.js';
import type { Entity } from '../types.js';

export type Terms = Map<string, number>;

const WORD_WEIGHT = 1;
const NAME_WEIGHT = 2;
const NUMBER_WEIGHT = 3;
const MAX_ALIAS_WORDS = 5;

const STOPWORDS = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with ' +
    'without about as into onto over under after before during while is are was were be been being am ' +
    'has have had do does did will would shall should can could may might must it its it’s they them ' +
    'their theirs he him his she her hers we us our ours you your i me my mine who whom whose which what ' +
    'when where why how all any some such no not nor only own same so too very just also more most other ' +
    'said says say told tell added adding according one ones both each few many much again once even still'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:[.,][0-9]+)*/gu;

/**
 * Maps alias word sequences to canonical entity names. Names match case-insensitively, but an
 * acronym only in capitals: "IS" is a group, "is" a verb.
 */
export class AliasTable {
  private readonly aliases = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  /** First words of all aliases: most tokens start none, and are skipped without joining n-grams. */
  private readonly starts = new Set<string>();

  constructor(entities: Entity[]) {
    for (const e of entities) {
      for (const alias of [e.name, ...e.aliases]) {
        const acronym = /^[\p{Lu}\p{N}.]+$/u.test(alias);
        const table = acronym ? this.acronyms : this.aliases;
        const parts = acronym ? rawWords(alias) : words(alias);
        const key = parts.join(' ');
        if (key && !table.has(key)) table.set(key, e.name);
        if (parts[0]) this.starts.add(parts[0]);
      }
    }
  }

  /** The canonical name for the phrase starting at token i, and how many tokens it covers. */
  match(tokens: Token[], i: number): [string, number] | null {
    if (!this.starts.has(tokens[i].lower) && !this.starts.has(tokens[i].raw)) return null;
    for (let n = Math.min(MAX_ALIAS_WORDS, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      const name = this.aliases.get(span.map((t) => t.lower).join(' ')) ?? this.acronyms.get(span.map((t) => t.raw).join(' '));
      if (name) return [name, n];
    }
    return null;
  }
}

interface Token {
  raw: string;
  lower: string;
}

function rawWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

function words(text: string): string[] {
  return rawWords(text).map((w) => w.toLowerCase());
}

/** A text's words, lowercased one by one (as AliasTable reads them), each between spaces: a run of words occurs in it as ` w1 w2 `. */
export function wordLine(text: string): string {
  return ` ${words(text).join(' ')} `;
}

/**
 * Whether AliasTable can match the alias in a text whose wordLine is `line`: its words in a row.
 * Never false where a match is possible (an acronym, matched in capitals only, is looked up in
 * lower case here), so an alias it rules out changes nothing in a comparison of that text.
 */
export function canMatch(alias: string, line: string): boolean {
  const w = words(alias);
  return w.length > 0 && w.length <= MAX_ALIAS_WORDS && line.includes(` ${w.join(' ')} `);
}

function tokensOf(text: string): Token[] {
  const words = rawWords(text);
  const tokens: Token[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) tokens[i] = { raw: words[i], lower: words[i].toLowerCase() };
  return tokens;
}

/** The entity names a text mentions, canonical, with the offset each mention starts at. */
export function mentionsIn(text: string, aliases: AliasTable): { name: string; at: number; end: number }[] {
  const found = [...text.matchAll(WORD)];
  const tokens: Token[] = found.map((m) => ({ raw: m[0], lower: m[0].toLowerCase() }));
  const out: { name: string; at: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = aliases.match(tokens, i);
    const last = hit ? found[i + hit[1] - 1] : undefined;
    if (hit && last) out.push({ name: hit[0], at: found[i].index!, end: last.index! + last[0].length });
    i += hit ? hit[1] : 1;
  }
  return out;
}

export function termsOf(text: string, aliases: AliasTable): Terms {
  const tokens = tokensOf(text);
  const terms: Terms = new Map();
  for (let i = 0; i < tokens.length; ) {
    const hit = aliases.match(tokens, i);
    if (hit) {
      terms.set(`e:${hit[0]}`, NAME_WEIGHT);
      i += hit[1];
      continue;
    }
    const token = tokens[i++].lower;
    if (/^\d/.test(token)) terms.set(`#${token.replace(/,/g, '')}`, NUMBER_WEIGHT);
    else if (token.length > 1 && !STOPWORDS.has(token)) terms.set(stem(token), WORD_WEIGHT);
  }
  return terms;
}

export function weight(terms: Terms): number {
  let w = 0;
  for (const v of terms.values()) w += v;
  return w;
}

/** Shared weight over the smaller bag's weight: 1 when one text's terms are all in the other. */
export function overlap(a: Terms, b: Terms): { score: number; shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [t, w] of small) if (large.has(t)) shared += w;
  const denominator = Math.min(weight(a), weight(b));
  return { score: denominator ? shared / denominator : 0, shared };
}

/** A text's word bigrams (its one word alone when it has one): what sameWording compares. */
export function bigramsOf(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  if (w.length === 1) out.add(w[0]);
  return out;
}

/** Share of the smaller bigram set found in the larger one. */
export function bigramOverlap(x: Set<string>, y: Set<string>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let hit = 0;
  for (const g of small) if (large.has(g)) hit++;
  return hit / small.size;
}

/** Share of the shorter text's word bigrams found in the longer one: near 1 for the same wording. */
export function sameWording(a: string, b: string): number {
  return bigramOverlap(bigramsOf(a), bigramsOf(b));
}
