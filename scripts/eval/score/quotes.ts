// Quotes, speakers and the same statement across articles, scored against truth that names each
// quote by a short `contains` string inside it.
import { nameKey, soundToken } from '../../../src/core/extract/names.js';
import { caselessSkeletons, consonantSkeleton } from '../../../src/core/stories/skeleton.js';
import type { PRF } from './clusters.js';
import { pairScore, pairsWithin } from './pairs.js';

export interface OutputQuote {
  id: string;
  text: string;
  speaker: string | null;
}

export interface QuoteTruth {
  /** The article (row id) the quote is in. */
  id: string;
  /** A few words inside the quote. */
  contains: string;
  /** Canonical name; 'unnamed ...' for an anonymous source. */
  speaker: string;
}

/** Case, diacritics, quote marks, dashes and runs of whitespace folded away, for substring tests. */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»‹›]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const literalTokens = (s: string): string[] => foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
/** Words keyed through the product's own name folding: one person written in two scripts or two
 * romanisations (Герасимов, Gerassimow, Gerasimov) has the same words. */
const scriptTokens = (s: string): string[] => nameKey(s.replace(/[^\p{L}\p{N}'’.-]+/gu, ' ')).split(' ').filter(Boolean);

/** 'scripts': names compared through transliteration (the default); 'literal': letter by letter. */
export type NameComparison = 'scripts' | 'literal';

/**
 * Whether an output speaker names the canonical one: the same name folded, or the canonical
 * surname (last word) among the output's words. An anonymous truth speaker ('unnamed ...') is
 * matched by null, or, when the truth names its body ('unnamed official, Port Authority'), by that body.
 */
export function speakerMatches(output: string | null, canonical: string, compare: NameComparison = 'scripts'): boolean {
  if (/^unnamed\b/i.test(canonical)) {
    const body = canonical.split(',').slice(1).join(',').trim();
    return output === null || (body !== '' && speakerMatches(output, body, compare));
  }
  if (output === null) return false;
  const nameTokens = compare === 'scripts' ? scriptTokens : literalTokens;
  const out = nameTokens(output);
  // "Charles III", "Frank Holding Jr.": a regnal number or a generational suffix is no surname.
  const truth = nameTokens(canonical.replace(/[\s,]+(?:[IVX]+|Jr\.?|Sr\.?)$/, ''));
  if (out.join(' ') === truth.join(' ')) return true;
  if (truth.length === 0) return false;
  const surname = truth[truth.length - 1];
  if (out.includes(surname)) return true;
  // One Russian surname as each language writes it (Prigozhin, Prigojin, Prigoschin): the same
  // sibilant, through the product's cross-language sound key.
  if (compare === 'literal') return false;
  const sounds = (name: string) => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(soundToken);
  const truthSounds = sounds(canonical);
  if (sounds(output).includes(truthSounds[truthSounds.length - 1])) return true;
  // A name in a script the truth is not written in ("Дональд Трамп", "فلاديمير بوتين", "プーチン"):
  // the surname's consonant skeleton, as the product reads one across scripts.
  if (!/[^\p{Script=Latin}\P{L}]/u.test(output)) return false;
  const surnameSkeleton = consonantSkeleton(canonical.split(/[^\p{L}]+/u).filter(Boolean).pop() ?? '');
  const skeletons = output.split(/[^\p{L}]+/u).filter(Boolean).flatMap((w) => [consonantSkeleton(w), ...caselessSkeletons(w).map(([k]) => k)]);
  return surnameSkeleton !== null && skeletons.includes(surnameSkeleton);
}

/** The first of `quotes` whose text contains `contains` (both folded), or null. */
export function findQuote<Q extends OutputQuote>(quotes: readonly Q[], contains: string): Q | null {
  const needle = foldText(contains);
  return quotes.find((q) => foldText(q.text).includes(needle)) ?? null;
}

export interface QuoteScore {
  truth: number;
  found: number;
  /** Found share of truth quotes (0 when there are none). */
  recall: number;
  speakersRight: number;
  /** Right speakers among the found quotes (0 when none was found). */
  speakerAccuracy: number;
  /** The same, names compared letter by letter (a name in another script counts as wrong). */
  literalSpeakersRight: number;
  literalSpeakerAccuracy: number;
  /** Truth index -> the output quote that holds it. */
  matched: Map<number, OutputQuote>;
  /** Output quotes (of the articles scored) that hold no truth quote. */
  unmatched: { article: string; quote: OutputQuote }[];
  wrongSpeakers: { truth: QuoteTruth; got: string | null }[];
}

/** Scores `truth` against the output quotes of each article (row id -> quotes). */
export function scoreQuotes(truth: readonly QuoteTruth[], output: ReadonlyMap<string, readonly OutputQuote[]>): QuoteScore {
  const matched = new Map<number, OutputQuote>();
  const used = new Set<string>();
  const wrongSpeakers: QuoteScore['wrongSpeakers'] = [];
  let speakersRight = 0;
  let literalSpeakersRight = 0;
  truth.forEach((t, i) => {
    const q = findQuote(output.get(t.id) ?? [], t.contains);
    if (!q) return;
    matched.set(i, q);
    used.add(q.id);
    if (speakerMatches(q.speaker, t.speaker, 'literal')) literalSpeakersRight++;
    if (speakerMatches(q.speaker, t.speaker)) speakersRight++;
    else wrongSpeakers.push({ truth: t, got: q.speaker });
  });
  const articles = new Set(truth.map((t) => t.id));
  const unmatched = [...output].filter(([a]) => articles.has(a)).flatMap(([article, qs]) => qs.filter((q) => !used.has(q.id)).map((quote) => ({ article, quote })));
  return {
    truth: truth.length,
    found: matched.size,
    recall: truth.length ? matched.size / truth.length : 0,
    speakersRight,
    speakerAccuracy: matched.size ? speakersRight / matched.size : 0,
    literalSpeakersRight,
    literalSpeakerAccuracy: matched.size ? literalSpeakersRight / matched.size : 0,
    matched,
    unmatched,
    wrongSpeakers,
  };
}

/** An output quote group: its quotes, and for a quote that holds more than this statement, the statement's offsets in its text. */
export interface OutputGroup {
  quotes: readonly string[];
  parts?: Readonly<Record<string, readonly [number, number]>>;
}

/**
 * The output group holding the statement of `quote` that `contains` is in (its index, or null), and
 * a key for that statement: the quote, or the quote's part when a group splits it into statements.
 */
function statementOf(index: ReadonlyMap<string, { group: number; part?: readonly [number, number] }[]>, quote: OutputQuote, contains: string): { group: number | null; unit: string } {
  const needle = foldText(contains);
  for (const m of index.get(quote.id) ?? []) {
    if (!m.part) return { group: m.group, unit: quote.id };
    if (foldText(quote.text.slice(m.part[0], m.part[1])).includes(needle)) return { group: m.group, unit: `${quote.id}@${m.part.join('-')}` };
  }
  return { group: null, unit: quote.id };
}

/**
 * Pairwise P/R of "the same statement" over the truth items: two items are predicted the same
 * when each is found in an output quote and both (the statements of those quotes that hold them,
 * where a group takes only part of a quote) are in one output group. Pairs are judged only among
 * truth items.
 *
 * Beside the strict score, `grouping` scores the grouping of the quotes the extraction found:
 * its recall counts only true pairs whose two items are both found, and its precision sets aside
 * pairs of two statements the extraction cut into one quote that no group parts (no grouping can
 * part those).
 */
export function scoreSameStatement(
  groups: readonly (readonly { id: string; contains: string }[])[],
  output: ReadonlyMap<string, readonly OutputQuote[]>,
  outputGroups: readonly OutputGroup[],
): PRF & { hits: number; truePairs: number; predictedPairs: number; grouping: PRF & { truePairs: number }; misses: PairMiss[] } {
  const index = new Map<string, { group: number; part?: readonly [number, number] }[]>();
  outputGroups.forEach((g, group) => {
    for (const q of g.quotes) (index.get(q) ?? index.set(q, []).get(q)!).push({ group, part: g.parts?.[q] });
  });
  const items = groups.flatMap((g, gi) =>
    g.map((it) => {
      const quote = findQuote(output.get(it.id) ?? [], it.contains);
      const st = quote ? statementOf(index, quote, it.contains) : { group: null, unit: null };
      return { key: `${gi}:${it.id}:${it.contains}`, truthGroup: gi, quote: st.unit, outGroup: st.group };
    }),
  );
  const truthPairs = pairsWithin(groups.map((_, gi) => items.filter((i) => i.truthGroup === gi).map((i) => i.key)));
  const predicted: [string, string][] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) if (items[i].outGroup !== null && items[i].outGroup === items[j].outGroup) predicted.push([items[i].key, items[j].key]);
  const s = pairScore(predicted, truthPairs);
  // Statements the extraction put in one quote (that no group parts), and the true pairs whose items were both found.
  const joined = new Set<string>();
  for (const a of items) for (const b of items) if (a.quote && a.quote === b.quote && a.truthGroup !== b.truthGroup) joined.add(`${a.truthGroup}|${b.truthGroup}`);
  const byKey = new Map(items.map((i) => [i.key, i]));
  const reachable = truthPairs.filter(([a, b]) => byKey.get(a)!.quote && byKey.get(b)!.quote);
  const g = pairScore(predicted, reachable, (a, b) => joined.has(`${byKey.get(a)!.truthGroup}|${byKey.get(b)!.truthGroup}`));
  return {
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    hits: s.hits,
    truePairs: truthPairs.length,
    predictedPairs: predicted.length,
    grouping: { precision: g.precision, recall: g.recall, f1: g.f1, truePairs: reachable.length },
    misses: pairMisses(truthPairs, predicted, byKey),
  };
}

/** A true pair not predicted, or a predicted pair not true, and why: row ids and truth groups only, no article text. */
export interface PairMiss {
  kind: 'missed' | 'false';
  /** Truth group index and row id of each item. */
  a: { group: number; id: string };
  b: { group: number; id: string };
  why: string;
}

function pairMisses(
  truthPairs: [string, string][],
  predicted: [string, string][],
  byKey: Map<string, { truthGroup: number; quote: string | null; outGroup: number | null }>,
): PairMiss[] {
  const id = (key: string) => ({ group: byKey.get(key)!.truthGroup, id: key.split(':')[1] });
  const isTrue = new Set(truthPairs.map(([a, b]) => `${a}|${b}`));
  const isPredicted = new Set(predicted.map(([a, b]) => `${a}|${b}`));
  const out: PairMiss[] = [];
  for (const [a, b] of truthPairs) {
    if (isPredicted.has(`${a}|${b}`) || isPredicted.has(`${b}|${a}`)) continue;
    const [x, y] = [byKey.get(a)!, byKey.get(b)!];
    const lost = [x, y].flatMap((it, i) => (it.quote ? [] : [id([a, b][i]).id]));
    const why = lost.length
      ? `not found as a quote: ${lost.join(', ')}`
      : x.outGroup === null && y.outGroup === null
        ? 'both found, in no group'
        : x.outGroup === null || y.outGroup === null
          ? `both found; ${id(x.outGroup === null ? a : b).id} in no group`
          : 'both found, in two groups';
    out.push({ kind: 'missed', a: id(a), b: id(b), why });
  }
  for (const [a, b] of predicted) {
    if (isTrue.has(`${a}|${b}`) || isTrue.has(`${b}|${a}`)) continue;
    const same = byKey.get(a)!.quote === byKey.get(b)!.quote;
    out.push({ kind: 'false', a: id(a), b: id(b), why: same ? 'one statement of one quote holds both' : 'one group holds both' });
  }
  return out;
}
