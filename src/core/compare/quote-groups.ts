// The same statement across outlets: quotes by one speaker in different articles of a story that
// share their wording, or their names, numbers and content words (an edited or translated version).
// A group is one statement: it holds at most one version per article (two only where that article
// cut in two what another gives as one quote) and a statement belongs to at most one group.
// Versions are paired by similarity, most similar first (a greedy one-to-one assignment), so an
// article's other remarks never ride along with the one that matched. Quotes are compared sentence
// by sentence (statements.ts): where one outlet quotes a passage and another one sentence of it,
// the passage holds several statements; sentences every version keeps together stay one.
import type { Quote, QuoteGroup, QuoteGroupKind } from '../types.js';
import { cognateOverlap, type CrossWord, crossWords } from './cognates.js';
import { samePerson } from './source-names.js';
import { statementUnits } from './statements.js';
import { type AliasTable, bigramOverlap, bigramsOf, overlap, sameWording, type Terms, termsOf } from './terms.js';

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

/** Units of two alike quotes are at the same place when this share of the shorter one's place is shared. */
const ALIGNED = 0.5;
/** Share of a half's terms the covering quote must hold. */
const HALF_COVERED = 0.5;
/** Quotes this close in one article ('," he said. "') are one passage: context for short quotes. */
const RUN_GAP = 40;

interface Node {
  quote: Quote;
  /** The unit's [start, end) in the quote's text, and its text. */
  range: [number, number];
  text: string;
  terms: Terms;
  bigrams: Set<string>;
  language: string | null;
  /** Terms of the run of adjacent quotes this quote belongs to. */
  run: Terms;
  /** Its words that can carry over into another language (cognates.ts). */
  cross: CrossWord[];
  /** Whether this unit is its quote's first, and its last. */
  opens: boolean;
  closes: boolean;
  /** Its place in the quote as shares of the quote's length, and the whole quote when it is one of several units. */
  place: [number, number];
  whole: Node | null;
}

/**
 * Groups a story's quotes into statements. `languageOf` gives an article's language (ISO 639-1)
 * or null; versions are 'other language' only when two of them are known to differ.
 */
export function groupQuotes(story: string, quotes: Quote[], aliases: AliasTable, languageOf: (article: string) => string | null = () => null): QuoteGroup[] {
  const bySpeaker = new Map<string, Quote[]>();
  const person = samePerson(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  for (const [quote, speaker] of withSpeakers(quotes)) {
    const key = speaker ? person(speaker) : '';
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
    groups.push(...statementGroups(story, speaker, nodes, find, members));
  }
  return groups;
}

/**
 * The statements the unit groups make, grouped. A quote's consecutive units are one statement when
 * the versions keep them together: both in one group, or in two groups whose every other version
 * holds the one unit right before the other (the same passage quoted by each); a unit in no group
 * stays with the statement before it (or after it, at the quote's start).
 */
function statementGroups(story: string, speaker: string, nodes: Node[], find: (i: number) => number, members: number[][]): QuoteGroup[] {
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
    const g: QuoteGroup = { story, speaker, quotes: list.map((st) => nodes[st.first].quote.id), kind: kindOf(versions) };
    if (Object.keys(parts).length) g.parts = parts;
    out.push(g);
  }
  return out;
}

/**
 * Quotes of this many words at least identify their speaker when another outlet gives them verbatim,
 * and are a version of a longer statement they are part of. A shorter one ("We are ready,") is
 * found inside many statements of its speaker: its passage must say the same thing too.
 */
const VERBATIM_WORDS = 4;

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
function nameOf(list: Quote[]): string {
  const counts = new Map<string, number>();
  for (const q of list) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/**
 * How alike two units are as versions of one statement; 0 when they are not. Where the units alone
 * say too little (a translated sentence keeps few cognates), two quotes alike as wholes make
 * their units at the same place in each alike, more weakly.
 */
function similarity(a: Node, b: Node): number {
  const direct = unitSimilarity(a, b);
  if (direct > 0 || (!a.whole && !b.whole)) return direct;
  const [x, y] = [a.whole ?? a, b.whole ?? b];
  const together = Math.min(a.place[1], b.place[1]) - Math.max(a.place[0], b.place[0]);
  if (together < ALIGNED * Math.min(a.place[1] - a.place[0], b.place[1] - b.place[0])) return 0;
  // Among the units at the same place, those that share the most words come first.
  const shared = a.language !== b.language ? cognateOverlap(a.cross, b.cross).dice : overlap(a.terms, b.terms).score;
  return (wholeSimilarity(x, y) / 4) * (0.5 + shared);
}

/** Similarity of two whole quotes, computed once for all their units' pairs. */
const wholes = new WeakMap<Node, Map<Node, number>>();
function wholeSimilarity(x: Node, y: Node): number {
  let row = wholes.get(x);
  if (!row) wholes.set(x, (row = new Map()));
  let v = row.get(y);
  if (v === undefined) row.set(y, (v = unitSimilarity(x, y)));
  return v;
}

function unitSimilarity(a: Node, b: Node): number {
  const runs = overlap(a.run, b.run);
  const samePassage = runs.score >= SAME_STATEMENT && runs.shared >= MIN_SHARED;
  const wording = bigramOverlap(a.bigrams, b.bigrams);
  // Two short quotes in the very same words ("mixed feelings" in two outlets) are one statement;
  // a short one is only part of a longer statement when its passage says the same thing.
  const shortest = Math.min(wordCount(a.text), wordCount(b.text));
  if (wording >= SAME_WORDING && (samePassage || shortest >= VERBATIM_WORDS || sameWords(a.text, b.text))) return 1 + wording;
  const terms = overlap(a.terms, b.terms);
  if (terms.score >= SAME_STATEMENT && terms.shared >= MIN_SHARED) return terms.score;
  // A short quote is judged with its neighbours: the two passages must state the same thing and
  // each quote share something with the other's passage. Weaker than a direct match.
  if (samePassage && overlap(a.terms, b.run).shared >= 2 && overlap(b.terms, a.run).shared >= 2)
    return runs.score / 2;
  if (a.language && b.language && a.language !== b.language) {
    const names = overlap(namesAndNumbers(a.terms), namesAndNumbers(b.terms));
    if (names.score >= SAME_STATEMENT_ACROSS && names.shared >= MIN_SHARED_ACROSS) return names.score / 2;
    // A translation keeps names, numbers and cognates (cognates.ts).
    const cognates = cognateOverlap(a.cross, b.cross);
    if (cognates.shared >= MIN_COGNATES && cognates.dice >= SAME_STATEMENT_COGNATES) return cognates.dice / 2;
    // A short partial quote ("Nous resterons fermés") inside a longer version in another language.
    const shorter = Math.min(a.cross.length, b.cross.length);
    if (shorter >= MIN_COGNATES && cognates.shared >= 2 && cognates.shared / shorter >= PARTIAL_COGNATES) return cognates.dice / 4;
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
    const language = languageOf(quote.article);
    const node = (range: [number, number], opens: boolean, closes: boolean, whole: Node | null): Node => {
      const text = quote.text.slice(range[0], range[1]);
      const terms = termsOf(text, aliases);
      const place: [number, number] = [range[0] / quote.text.length, range[1] / quote.text.length];
      return { quote, range, text, terms, bigrams: bigramsOf(text), language, run, cross: crossWords(text), opens, closes, place, whole };
    };
    const units = statementUnits(quote.text);
    const whole = units.length > 1 ? node([0, quote.text.length], true, true, null) : null;
    units.forEach((range, u) => {
      const n = node(range, u === 0, u === units.length - 1, whole);
      for (const [t, w] of n.terms) run.set(t, w);
      nodes.push(n);
    });
  });
  return nodes;
}

function namesAndNumbers(terms: Terms): Terms {
  return new Map([...terms].filter(([t]) => t.startsWith('e:') || t.startsWith('#')));
}

function kindOf(versions: { text: string; language: string | null }[]): QuoteGroupKind {
  const languages = new Set(versions.map((v) => v.language).filter(Boolean));
  if (languages.size > 1) return 'other language';
  // Same wording only when every two versions share their words, not each with one of them.
  const same = versions.every((v, i) => versions.slice(i + 1).every((w) => sameWording(v.text, w.text) >= SAME_WORDING));
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
