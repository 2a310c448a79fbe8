// The same statement across outlets: quotes by one speaker in different articles of a story that
// share their wording, or their names, numbers and content words (an edited or translated version).
// A group is one statement: it holds at most one version per article (two only where that article
// cut in two what another gives as one quote) and a quote belongs to at most one group. Versions are paired by similarity, most similar first (a greedy one-to-one
// assignment), so an article's other remarks never ride along with the one that matched.
import type { Quote, QuoteGroup, QuoteGroupKind } from '../types.js';
import { crossNameKey } from '../stories/cross.js';
import { samePerson } from './source-names.js';
import { type AliasTable, overlap, sameWording, type Terms, termsOf } from './terms.js';

/** Above this bigram overlap two quotes are the same wording. */
const SAME_WORDING = 0.8;
/** Weighted term overlap that makes two quotes one statement (an edit keeps most of its terms)... */
const SAME_STATEMENT = 0.35;
/** ...with at least this much shared weight: one common name is no statement. */
const MIN_SHARED = 3;
/** Across languages only names and numbers carry over: the share of those that must match... */
const SAME_STATEMENT_ACROSS = 0.6;
/** ...and how much of them at least (two names, or a name and a number). */
const MIN_SHARED_ACROSS = 4;

/** Across languages by cognates: at least this many shared keys (a name, a number and a word)... */
const MIN_COGNATES = 3;
/** ...at this Dice coefficient of the two quotes' keys. */
const SAME_STATEMENT_COGNATES = 0.2;

/** A partial quote across languages: the share of its keys the longer version must hold. */
const PARTIAL_COGNATES = 0.6;

/** Share of a half's terms the covering quote must hold. */
const HALF_COVERED = 0.5;
/** Quotes this close in one article ('," he said. "') are one passage: context for short quotes. */
const RUN_GAP = 40;

interface Node {
  quote: Quote;
  terms: Terms;
  language: string | null;
  /** Terms of the run of adjacent quotes this quote belongs to. */
  run: Terms;
  /** Keys its words keep across languages (see crossKeys). */
  cross: Set<string>;
}

/**
 * Groups a story's quotes into statements. `languageOf` gives an article's language (ISO 639-1)
 * or null; versions are 'other language' only when two of them are known to differ.
 */
export function groupQuotes(story: string, quotes: Quote[], aliases: AliasTable, languageOf: (article: string) => string | null = () => null): QuoteGroup[] {
  const bySpeaker = new Map<string, Quote[]>();
  const person = samePerson(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  for (const [quote, speaker] of withSpeakers(quotes)) {
    const key = person(speaker);
    (bySpeaker.get(key) ?? bySpeaker.set(key, []).get(key)!).push(quote);
  }
  const groups: QuoteGroup[] = [];
  for (const [, list] of [...bySpeaker].sort(([a], [b]) => a.localeCompare(b))) {
    const speaker = nameOf(list);
    const nodes = withRuns(list, aliases, languageOf);
    const pairs: { i: number; j: number; score: number }[] = [];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        if (nodes[i].quote.article === nodes[j].quote.article) continue;
        const score = similarity(nodes[i], nodes[j]);
        if (score > 0) pairs.push({ i, j, score });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    // Union of groups, most similar pair first; two groups join only if no article is in both.
    const group = nodes.map((_, i) => i);
    const members = nodes.map((_, i) => [i]);
    const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
    for (const { i, j } of pairs) {
      const [a, b] = [find(i), find(j)];
      if (a === b) continue;
      const articles = new Set(members[a].map((m) => nodes[m].quote.article));
      if (members[b].some((m) => articles.has(nodes[m].quote.article))) continue;
      group[b] = a;
      members[a].push(...members[b]);
      members[b] = [];
    }
    // One-to-two: where one outlet gives as one quote what another cut in two ('," he said. "'),
    // the other half joins the group too, if it is in no group of its own and the one quote covers it.
    for (let root = 0; root < nodes.length; root++) {
      if (find(root) !== root || members[root].length < 2) continue;
      for (const m of [...members[root]]) {
        for (const half of [m - 1, m + 1]) {
          const h = nodes[half];
          if (!h || h.run !== nodes[m].run || members[find(half)].length !== 1) continue;
          const covers = members[root].some((o) => {
            const x = overlap(h.terms, nodes[o].terms);
            return nodes[o].quote.article !== h.quote.article && x.score >= HALF_COVERED && x.shared >= 2;
          });
          if (covers) (group[half] = root), members[root].push(half), (members[half] = []);
        }
      }
    }
    for (let root = 0; root < nodes.length; root++) {
      if (find(root) !== root || members[root].length < 2) continue;
      const list = members[root].sort((x, y) => x - y).map((m) => nodes[m]);
      groups.push({ story, speaker, quotes: list.map((n) => n.quote.id), kind: kindOf(list) });
    }
  }
  return groups;
}

/**
 * Quotes of this many words at least identify their speaker when another outlet gives them verbatim,
 * and are a version of a longer statement they are part of. A shorter one ("We are ready,") is
 * found inside many statements of its speaker: its passage must say the same thing too.
 */
const VERBATIM_WORDS = 4;

/**
 * Each quote with its speaker; a quote the extraction found no speaker for takes the speaker of
 * the same words quoted in another article (a verbatim quote names who said it).
 */
function withSpeakers(quotes: Quote[]): [Quote, string][] {
  const out: [Quote, string][] = [];
  const known = quotes.filter((q) => q.speaker);
  for (const q of quotes) {
    if (q.speaker) {
      out.push([q, q.speaker]);
      continue;
    }
    if (wordCount(q.text) < VERBATIM_WORDS) continue;
    let best: Quote | null = null;
    let bestScore = SAME_WORDING;
    for (const k of known) {
      if (k.article === q.article) continue;
      const score = sameWording(q.text, k.text);
      if (score >= bestScore) (best = k), (bestScore = score);
    }
    if (best) out.push([q, best.speaker!]);
  }
  return out;
}

/** The name a group goes by: its quotes' most common speaker, the fuller name on a tie. */
function nameOf(list: Quote[]): string {
  const counts = new Map<string, number>();
  for (const q of list) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** How alike two quotes are as versions of one statement; 0 when they are not. */
function similarity(a: Node, b: Node): number {
  const runs = overlap(a.run, b.run);
  const samePassage = runs.score >= SAME_STATEMENT && runs.shared >= MIN_SHARED;
  const wording = sameWording(a.quote.text, b.quote.text);
  // Two short quotes in the very same words ("mixed feelings" in two outlets) are one statement;
  // a short one is only part of a longer statement when its passage says the same thing.
  const shortest = Math.min(wordCount(a.quote.text), wordCount(b.quote.text));
  if (wording >= SAME_WORDING && (samePassage || shortest >= VERBATIM_WORDS || sameWords(a.quote.text, b.quote.text))) return 1 + wording;
  const terms = overlap(a.terms, b.terms);
  if (terms.score >= SAME_STATEMENT && terms.shared >= MIN_SHARED) return terms.score;
  // A short quote is judged with its neighbours: the two passages must state the same thing and
  // each quote share something with the other's passage. Weaker than a direct match.
  if (samePassage && overlap(a.terms, b.run).shared >= 2 && overlap(b.terms, a.run).shared >= 2)
    return runs.score / 2;
  if (a.language && b.language && a.language !== b.language) {
    const names = overlap(namesAndNumbers(a.terms), namesAndNumbers(b.terms));
    if (names.score >= SAME_STATEMENT_ACROSS && names.shared >= MIN_SHARED_ACROSS) return names.score / 2;
    // A translation keeps names, numbers and cognates ("formellement", "formalmente", "formally").
    const cognates = crossOverlap(a.cross, b.cross);
    if (cognates.shared >= MIN_COGNATES && cognates.dice >= SAME_STATEMENT_COGNATES) return cognates.dice / 2;
    // A short partial quote ("Mi decisión de renunciar es voluntaria") inside a longer version.
    const shorter = Math.min(a.cross.size, b.cross.size);
    if (shorter >= MIN_COGNATES && cognates.shared >= 2 && cognates.shared / shorter >= PARTIAL_COGNATES) return cognates.dice / 4;
  }
  return 0;
}

/** Shared cross-language keys of two quotes, and their Dice coefficient. */
function crossOverlap(a: Set<string>, b: Set<string>): { shared: number; dice: number } {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return { shared, dice: a.size + b.size ? (2 * shared) / (a.size + b.size) : 0 };
}

/** The keys a quote's longer words and numbers keep across languages and scripts. */
function crossKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{L}{4,}|\d{2,}/gu) ?? []) out.add(/^\d/.test(w) ? w : crossNameKey(w) ?? w.toLowerCase());
  return out;
}

function withRuns(quotes: Quote[], aliases: AliasTable, languageOf: (article: string) => string | null): Node[] {
  const sorted = [...quotes].sort((a, b) => a.article.localeCompare(b.article) || a.span[0] - b.span[0]);
  const nodes: Node[] = [];
  let run: Terms = new Map();
  sorted.forEach((quote, k) => {
    const prev = sorted[k - 1];
    if (!(prev && prev.article === quote.article && quote.span[0] - prev.span[1] <= RUN_GAP)) run = new Map();
    const terms = termsOf(quote.text, aliases);
    for (const [t, w] of terms) run.set(t, w);
    nodes.push({ quote, terms, language: languageOf(quote.article), run, cross: crossKeys(quote.text) });
  });
  return nodes;
}

function namesAndNumbers(terms: Terms): Terms {
  return new Map([...terms].filter(([t]) => t.startsWith('e:') || t.startsWith('#')));
}

function kindOf(list: Node[]): QuoteGroupKind {
  const languages = new Set(list.map((n) => n.language).filter(Boolean));
  if (languages.size > 1) return 'other language';
  // Same wording only when every two versions share their words, not each with one of them.
  const same = list.every((n, i) => list.slice(i + 1).every((m) => sameWording(n.quote.text, m.quote.text) >= SAME_WORDING));
  return same ? 'same wording' : 'edited';
}

/** A quote's words as written, numbers split at their separators (what the thresholds here count). */
function plainWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function sameWords(a: string, b: string): boolean {
  return plainWords(a.toLowerCase()).join(' ') === plainWords(b.toLowerCase()).join(' ');
}

function wordCount(text: string): number {
  return plainWords(text).length;
}
