// The same statement across outlets: quotes by one speaker in different articles of a story that
// share their wording, or their names, numbers and content words (an edited or translated version).
// A group is one statement: it holds at most one version per article (two only where that article
// cut in two what another gives as one quote) and a quote belongs to at most one group. Versions are paired by similarity, most similar first (a greedy one-to-one
// assignment), so an article's other remarks never ride along with the one that matched.
import type { Quote, QuoteGroup, QuoteGroupKind } from '../types.js';
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
}

/**
 * Groups a story's quotes into statements. `languageOf` gives an article's language (ISO 639-1)
 * or null; versions are 'other language' only when two of them are known to differ.
 */
export function groupQuotes(story: string, quotes: Quote[], aliases: AliasTable, languageOf: (article: string) => string | null = () => null): QuoteGroup[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (quote.speaker) (bySpeaker.get(quote.speaker) ?? bySpeaker.set(quote.speaker, []).get(quote.speaker)!).push(quote);
  }
  const groups: QuoteGroup[] = [];
  for (const [speaker, list] of [...bySpeaker].sort(([a], [b]) => a.localeCompare(b))) {
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

/** How alike two quotes are as versions of one statement; 0 when they are not. */
function similarity(a: Node, b: Node): number {
  const wording = sameWording(a.quote.text, b.quote.text);
  if (wording >= SAME_WORDING) return 1 + wording;
  const terms = overlap(a.terms, b.terms);
  if (terms.score >= SAME_STATEMENT && terms.shared >= MIN_SHARED) return terms.score;
  // A short quote is judged with its neighbours: the two passages must state the same thing and
  // each quote share something with the other's passage. Weaker than a direct match.
  const runs = overlap(a.run, b.run);
  if (runs.score >= SAME_STATEMENT && runs.shared >= MIN_SHARED && overlap(a.terms, b.run).shared >= 2 && overlap(b.terms, a.run).shared >= 2)
    return runs.score / 2;
  if (a.language && b.language && a.language !== b.language) {
    const names = overlap(namesAndNumbers(a.terms), namesAndNumbers(b.terms));
    if (names.score >= SAME_STATEMENT_ACROSS && names.shared >= MIN_SHARED_ACROSS) return names.score / 2;
  }
  return 0;
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
    nodes.push({ quote, terms, language: languageOf(quote.article), run });
  });
  return nodes;
}

function namesAndNumbers(terms: Terms): Terms {
  return new Map([...terms].filter(([t]) => t.startsWith('e:') || t.startsWith('#')));
}

function kindOf(list: Node[]): QuoteGroupKind {
  const languages = new Set(list.map((n) => n.language).filter(Boolean));
  if (languages.size > 1) return 'other language';
  const first = list[0].quote.text;
  return list.every((n) => sameWording(n.quote.text, first) >= SAME_WORDING) ? 'same wording' : 'edited';
}
