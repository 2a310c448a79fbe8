// The same statement across outlets: quotes by one speaker in different articles of a story that
// share their wording, or their names, numbers and content words (different translations).
import type { Quote, QuoteGroup } from '../types.js';
import { type AliasTable, overlap, sameWording, type Terms, termsOf } from './terms.js';

/** Above this bigram overlap two quotes are the same wording, not a re-translation. */
const SAME_WORDING = 0.8;
/** Weighted term overlap that makes two passages one statement (translations share few words)... */
const SAME_STATEMENT = 0.35;
/** ...with at least this much shared weight: one common name is no statement. */
const MIN_SHARED = 3;
/** Quotes this close in one article ('," he said. "') are one statement cut in two. */
const RUN_GAP = 40;

interface Node {
  quote: Quote;
  terms: Terms;
  /** Index of the run of adjacent quotes this quote belongs to. */
  run: number;
}

export function groupQuotes(story: string, quotes: Quote[], aliases: AliasTable): QuoteGroup[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (quote.speaker) (bySpeaker.get(quote.speaker) ?? bySpeaker.set(quote.speaker, []).get(quote.speaker)!).push(quote);
  }
  const groups: QuoteGroup[] = [];
  for (const [speaker, list] of [...bySpeaker].sort(([a], [b]) => a.localeCompare(b))) {
    const { nodes, runs } = buildRuns(list, aliases);
    const links = nodes.map(() => new Set<number>());
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        if (nodes[i].quote.article !== nodes[j].quote.article && linked(nodes[i], nodes[j], runs)) {
          links[i].add(j);
          links[j].add(i);
        }
      }
    }
    for (const members of splitComponents(nodes, links)) {
      const texts = members.map((m) => nodes[m].quote.text);
      const verbatim = texts.every((t) => sameWording(t, texts[0]) >= SAME_WORDING);
      groups.push({ story, speaker, quotes: members.map((m) => nodes[m].quote.id), kind: verbatim ? 'same wording' : 'edited' });
    }
  }
  return groups;
}

function buildRuns(quotes: Quote[], aliases: AliasTable): { nodes: Node[]; runs: Terms[] } {
  const sorted = [...quotes].sort((a, b) => a.article.localeCompare(b.article) || a.span[0] - b.span[0]);
  const nodes: Node[] = [];
  const runs: Terms[] = [];
  sorted.forEach((quote, k) => {
    const prev = sorted[k - 1];
    const continues = prev && prev.article === quote.article && quote.span[0] - prev.span[1] <= RUN_GAP;
    if (!continues) runs.push(new Map());
    const terms = termsOf(quote.text, aliases);
    for (const [t, w] of terms) runs[runs.length - 1].set(t, w);
    nodes.push({ quote, terms, run: runs.length - 1 });
  });
  return { nodes, runs };
}

/**
 * Same wording links directly. Otherwise the two quotes' runs must state the same thing, and each
 * quote must share something with the other's run, so one outlet's single quote can match both
 * halves another outlet split it into, but not a neighbouring remark on something else.
 */
function linked(a: Node, b: Node, runs: Terms[]): boolean {
  if (sameWording(a.quote.text, b.quote.text) >= SAME_WORDING) return true;
  const runMatch = overlap(runs[a.run], runs[b.run]);
  if (runMatch.score < SAME_STATEMENT || runMatch.shared < MIN_SHARED) return false;
  return overlap(a.terms, runs[b.run]).shared >= 2 && overlap(b.terms, runs[a.run]).shared >= 2;
}

/**
 * Connected components of linked quotes. A component holding two quotes of one article means that
 * outlet split into several quotes what another gave as one: it becomes one group per such quote
 * (the quote and everything linked to it), so no group pairs a quote with its own article's other half.
 */
function splitComponents(nodes: Node[], links: Set<number>[]): number[][] {
  const seen = new Set<number>();
  const out: number[][] = [];
  for (let start = 0; start < nodes.length; start++) {
    if (seen.has(start) || links[start].size === 0) continue;
    const component: number[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const n = stack.pop()!;
      component.push(n);
      for (const m of links[n]) if (!seen.has(m)) (seen.add(m), stack.push(m));
    }
    component.sort((x, y) => x - y);
    const articles = component.map((n) => nodes[n].quote.article);
    if (new Set(articles).size === articles.length) {
      out.push(component);
      continue;
    }
    const repeated = component.filter((_, k) => articles.indexOf(articles[k]) !== articles.lastIndexOf(articles[k]));
    for (const n of repeated) out.push([n, ...links[n]].sort((x, y) => x - y));
  }
  return out;
}
