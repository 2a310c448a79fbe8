// The same statement across outlets: quotes by one speaker in different articles of a story that
// share their wording, or their names, numbers and content words (an edited or translated version);
// the very same words credited to different sources are one statement too (verbatimAcross).
// A group is one statement: it holds at most one version per article (two only where that article
// cut in two what another gives as one quote) and a statement belongs to at most one group.
// Versions are paired by similarity, most similar first (a greedy one-to-one assignment), so an
// article's other remarks never ride along with the one that matched. Quotes are compared sentence
// by sentence (statements.ts): where one outlet quotes a passage and another one sentence of it,
// the passage holds several statements; sentences every version keeps together stay one.
import type { Quote, QuoteGroup, QuoteGroupKind } from '../types.js';
import { samePerson } from './source-names.js';
import { type AliasTable, bigramOverlap, bigramsOf, overlap, sameWording } from './terms.js';
import { coveringCut } from './covering.js';
import { mutualBest } from './mutual.js';
import { cutNode, type Node, SAME_WORDING, similarity, VERBATIM_WORDS, withRuns, wordCount } from './versions.js';

/** Rounds of cutting covering versions: a cut part may cover two statements again. */
const CUT_ROUNDS = 3;
/** Share of a half's terms the covering quote must hold. */
const HALF_COVERED = 0.5;
/**
 * Groups a story's quotes into statements. `languageOf` gives an article's language (ISO 639-1)
 * or null; versions are 'other language' only when two of them are known to differ. `sentenceOf`
 * gives the sentence a partial quote stands in, whose other words report the rest of what was said.
 */
export function groupQuotes(
  story: string,
  quotes: Quote[],
  aliases: AliasTable,
  languageOf: (article: string) => string | null = () => null,
  sentenceOf: (quote: Quote) => string | null = () => null,
): QuoteGroup[] {
  const person = samePerson(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const keyOf = new Map<Quote, string>();
  const bySpeaker = new Map<string, Quote[]>();
  for (const [quote, speaker] of withSpeakers(quotes)) {
    const key = speaker ? person(speaker) : '';
    keyOf.set(quote, key);
    (bySpeaker.get(key) ?? bySpeaker.set(key, []).get(key)!).push(quote);
  }
  const nameOfKey = new Map([...bySpeaker].map(([key, list]) => [key, nameOf(list.flatMap((q) => (q.speaker ? [q.speaker] : [])))]));
  // Speakers whose words another outlet gives verbatim under another name are grouped together;
  // their other quotes still pair only with their own speaker's (`together`).
  const verbatim = verbatimAcross(keyOf);
  const component = new Map([...bySpeaker.keys()].map((k) => [k, k]));
  const top = (k: string): string => (component.get(k) === k ? k : top(component.get(k)!));
  for (const [a, others] of verbatim) for (const b of others) component.set(top(keyOf.get(a)!), top(keyOf.get(b)!));
  const byComponent = new Map<string, string[]>();
  for (const k of [...bySpeaker.keys()].sort((a, b) => a.localeCompare(b))) (byComponent.get(top(k)) ?? byComponent.set(top(k), []).get(top(k))!).push(k);
  const together = (a: Node, b: Node): boolean => keyOf.get(a.quote) === keyOf.get(b.quote) || verbatim.get(a.quote)?.has(b.quote) === true;
  const named = (group: Quote[]): Pick<QuoteGroup, 'speaker' | 'speakers'> => {
    const names = group.map((q) => nameOfKey.get(keyOf.get(q)!)!);
    const speakers = ranked(names);
    return speakers.length > 1 ? { speaker: speakers[0], speakers } : { speaker: speakers[0] ?? '' };
  };
  const groups: QuoteGroup[] = [];
  for (const keys of byComponent.values()) {
    // Each speaker's quotes make their own runs (context for short quotes), as when grouped alone.
    let nodes = keys.flatMap((k) => withRuns(bySpeaker.get(k)!, aliases, languageOf, sentenceOf));
    const forced: [Node, Node][] = [];
    let grouping = groupUnits(nodes, forced, together, (n) => keyOf.get(n.quote)!);
    // A version that covers two statements another keeps apart is cut, and its parts grouped anew.
    for (let round = 0; round < CUT_ROUNDS; round++) {
      const cuts = coveringCuts(nodes, grouping, aliases, together);
      if (!cuts.size) break;
      nodes = nodes.flatMap((n) => cuts.get(n)?.parts ?? [n]);
      for (const c of cuts.values()) forced.push(c.joins);
      grouping = groupUnits(nodes, forced, together, (n) => keyOf.get(n.quote)!);
    }
    groups.push(...statementGroups(story, named, nodes, grouping.find, grouping.members));
  }
  return groups;
}

/**
 * Named quotes of two speakers, in different articles, in the same words (at least
 * VERBATIM_WORDS of them): one outlet credits an organisation ("a Velmar Cathedral spokesperson")
 * with what another credits its spokesperson by name. The same words are one statement whoever
 * they are credited to; words that are merely alike (an edit, a translation) are not enough.
 */
function verbatimAcross(keyOf: Map<Quote, string>): Map<Quote, Set<Quote>> {
  const out = new Map<Quote, Set<Quote>>();
  const named = [...keyOf].filter(([q, k]) => k && wordCount(q.text) >= VERBATIM_WORDS);
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const [[a, ka], [b, kb]] = [named[i], named[j]];
      if (ka === kb || a.article === b.article || sameWording(a.text, b.text) < SAME_WORDING) continue;
      (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
      (out.get(b) ?? out.set(b, new Set()).get(b)!).add(a);
    }
  }
  return out;
}

interface Grouping {
  find: (i: number) => number;
  /** Per group root, its units; empty for a unit that is no root. */
  members: number[][];
}

/**
 * Units grouped into statements: `forced` pairs first, then by similarity, most similar pair
 * first; two groups join only if no article is in both.
 */
function groupUnits(nodes: Node[], forced: [Node, Node][], together: (a: Node, b: Node) => boolean, speakerOf: (n: Node) => string): Grouping {
  const index = new Map(nodes.map((n, i) => [n, i]));
  const pairs: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      if (nodes[i].quote.article === nodes[j].quote.article || !together(nodes[i], nodes[j])) continue;
      const score = similarity(nodes[i], nodes[j]);
      if (score > 0) pairs.push({ i, j, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const first = forced.flatMap(([x, y]) => (index.has(x) && index.has(y) ? [{ i: index.get(x)!, j: index.get(y)!, score: Infinity }] : []));
  const group = nodes.map((_, i) => i);
  const members = nodes.map((_, i) => [i]);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  for (const { i, j } of [...first, ...pairs]) {
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
  // A translation with few cognates: the two units each other's only candidate (mutual.ts).
  for (const { i, j } of mutualBestBySpeaker(nodes, speakerOf)) {
    const [a, b] = [find(i), find(j)];
    // A unit in no group joins one; two groups are never bridged by so little.
    if (a === b || (members[a].length > 1 && members[b].length > 1)) continue;
    const articles = new Set(members[a].map((m) => nodes[m].quote.article));
    if (members[b].some((m) => articles.has(nodes[m].quote.article))) continue;
    group[b] = a;
    members[a].push(...members[b]);
    members[b] = [];
  }
  return { find, members };
}

/** mutualBest among each speaker's units alone: another speaker's units are no candidates. */
function mutualBestBySpeaker(nodes: Node[], speakerOf: (n: Node) => string): { i: number; j: number }[] {
  const bySpeaker = new Map<string, number[]>();
  nodes.forEach((n, i) => (bySpeaker.get(speakerOf(n)) ?? bySpeaker.set(speakerOf(n), []).get(speakerOf(n))!).push(i));
  return [...bySpeaker.values()].flatMap((at) => mutualBest(at.map((i) => nodes[i])).map(({ i, j }) => ({ i: at[i], j: at[j] })));
}

/**
 * Units to cut: a unit in a group whose version in another article is followed (or preceded) in
 * its quote by a unit of another statement, one this unit's article does not quote apart, and
 * whose words this unit holds too, before (after) the words it shares with that version. The
 * part holding the other statement's words joins that statement.
 */
function coveringCuts(nodes: Node[], { find, members }: Grouping, aliases: AliasTable, together: (a: Node, b: Node) => boolean): Map<Node, { parts: [Node, Node]; joins: [Node, Node] }> {
  const out = new Map<Node, { parts: [Node, Node]; joins: [Node, Node] }>();
  for (let c = 0; c < nodes.length; c++) {
    const g = find(c);
    const article = nodes[c].quote.article;
    if (members[g].length < 2) continue;
    // Another article in the same words keeps it whole.
    if (members[g].some((m) => nodes[m].quote.article !== article && bigramOverlap(nodes[m].bigrams, nodes[c].bigrams) >= SAME_WORDING)) continue;
    for (const x of members[g]) {
      if (nodes[x].quote.article === article || out.has(nodes[c])) continue;
      for (const y of [x - 1, x + 1]) {
        if (nodes[y]?.quote !== nodes[x].quote || !together(nodes[c], nodes[y])) continue;
        const h = find(y);
        if (h === g || members[h].some((m) => nodes[m].quote.article === article)) continue;
        const [own, other] = [nodes[x].cross, nodes[y].cross];
        const otherFirst = y < x;
        const cut = coveringCut(nodes[c].text, otherFirst ? other : own, otherFirst ? own : other);
        if (!cut) continue;
        const at = nodes[c].range[0];
        const parts = cutNode(nodes[c], at + cut[0], at + cut[1], aliases);
        out.set(nodes[c], { parts, joins: [otherFirst ? parts[0] : parts[1], nodes[y]] });
        break;
      }
    }
  }
  return out;
}

/**
 * The statements the unit groups make, grouped. A quote's consecutive units are one statement when
 * the versions keep them together: both in one group, or in two groups whose every other version
 * holds the one unit right before the other (the same passage quoted by each); a unit in no group
 * stays with the statement before it (or after it, at the quote's start).
 */
function statementGroups(story: string, named: (quotes: Quote[]) => Pick<QuoteGroup, 'speaker' | 'speakers'>, nodes: Node[], find: (i: number) => number, members: number[][]): QuoteGroup[] {
  const unitRoot = nodes.map((_, i) => (members[find(i)].length > 1 ? find(i) : -1));
  const merged = nodes.map((_, i) => i);
  const top = (i: number): number => (merged[i] === i ? i : (merged[i] = top(merged[i])));
  const parallel = (i: number, j: number): boolean => {
    if (unitRoot[i] < 0) return false;
    const [a, b] = [members[unitRoot[i]], members[unitRoot[j]]];
    return a.length === b.length && a.every((x) => x === i || (nodes[x + 1]?.quote === nodes[x].quote && unitRoot[x + 1] === unitRoot[j]));
  };
  const statements: { first: number; last: number; root: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const cur = statements[statements.length - 1];
    const root = unitRoot[i];
    if (nodes[i].opens || !cur) statements.push({ first: i, last: i, root });
    else if (root < 0 || cur.root < 0 || top(cur.root) === top(root) || parallel(i - 1, i)) {
      if (root >= 0 && cur.root >= 0) merged[top(root)] = top(cur.root);
      cur.last = i;
      if (cur.root < 0) cur.root = root;
    } else statements.push({ first: i, last: i, root });
  }
  const byGroup = new Map<number, { first: number; last: number }[]>();
  for (const st of statements) if (st.root >= 0) (byGroup.get(top(st.root)) ?? byGroup.set(top(st.root), []).get(top(st.root))!).push(st);
  const out: QuoteGroup[] = [];
  for (const list of byGroup.values()) {
    if (new Set(list.map((st) => nodes[st.first].quote.article)).size < 2) continue;
    list.sort((x, y) => x.first - y.first);
    const parts: Record<string, [number, number]> = {};
    for (const st of list) {
      const [a, z] = [nodes[st.first], nodes[st.last]];
      if (!(a.opens && z.closes)) parts[a.quote.id] = [a.range[0], z.range[1]];
    }
    const versions = list.map((st) => ({ text: nodes[st.first].quote.text.slice(nodes[st.first].range[0], nodes[st.last].range[1]), language: nodes[st.first].language }));
    const g: QuoteGroup = { story, ...named(list.map((st) => nodes[st.first].quote)), quotes: list.map((st) => nodes[st.first].quote.id), kind: kindOf(versions) };
    if (Object.keys(parts).length) g.parts = parts;
    out.push(g);
  }
  return out;
}

/**
 * Each quote with its speaker; a quote the extraction found no speaker for takes the speaker of
 * the same words quoted in another article (a verbatim quote names who said it), or no name ('')
 * when another article quotes the same words without a name too.
 */
function withSpeakers(quotes: Quote[]): [Quote, string][] {
  const out: [Quote, string][] = [];
  const known = quotes.filter((q) => q.speaker);
  const unnamed: Quote[] = [];
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
    else unnamed.push(q);
  }
  // The same words quoted without a name in two articles ("…," an official told the agency) are
  // one statement of a speaker neither names: grouped under no name ('').
  for (const q of unnamed) if (unnamed.some((k) => k.article !== q.article && sameWording(q.text, k.text) >= SAME_WORDING)) out.push([q, '']);
  return out;
}

/** The name a group goes by: its quotes' most common speaker, the fuller name on a tie. */
function nameOf(speakers: string[]): string {
  return ranked(speakers)[0] ?? '';
}

/** Distinct names, the most common first, the fuller name on a tie; '' (no name) is left out. */
function ranked(speakers: string[]): string[] {
  const counts = new Map<string, number>();
  for (const s of speakers) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0])).map(([s]) => s);
}

/**
 * The wording verdict of a group, decided here only (views show it). Same wording only when every
 * two versions share their words, not each with one of them, and neither is cut short: a version
 * that keeps the start of a statement and drops the rest ("We will rebuild the bridge" of "We will
 * rebuild the bridge before winter…") is a truncated quote, the same statement 'edited' (cut).
 */
function kindOf(versions: { text: string; language: string | null }[]): QuoteGroupKind {
  const languages = new Set(versions.map((v) => v.language).filter(Boolean));
  if (languages.size > 1) return 'other language';
  // Each version's word pairs once, for every pair it is in.
  const grams = versions.map((v) => bigramsOf(v.text));
  const same = grams.every((x, i) => grams.slice(i + 1).every((y) => bigramOverlap(x, y) >= SAME_WORDING && !truncated(x, y)));
  return same ? 'same wording' : 'edited';
}

/** The shorter version keeps less than SAME_WORDING of the longer's word pairs: its wording is cut. */
function truncated(x: Set<string>, y: Set<string>): boolean {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return large.size > 0 && (bigramOverlap(small, large) * small.size) / large.size < SAME_WORDING;
}

