// Story filters and value suggestions that forgive the way people type: partial names, case,
// diacritics, a one-letter transliteration variant (Sergey/Sergei), and an entity's other names.
// This decides which stories a search shows, never anything about the stories themselves.
import { foldText as fold, type ReportIndex, type StorySummary } from '../../view/index.js';

export { foldText as fold } from '../../view/index.js';

/** Tokens this long may differ by one edit (transliterations: Sergey/Sergei, Olexander/Oleksander). */
const FUZZY_LENGTH = 5;

/**
 * Whether every word of the query appears in the candidate, in order-free fashion: as a prefix of a
 * candidate word ("Harb" in "The Harbour Gazette"), or, for longer words, within one edit of one.
 * Both sides are folded first.
 */
export function textMatches(candidate: string, query: string): boolean {
  const words = fold(candidate).split(' ');
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q) || (q.length >= FUZZY_LENGTH && w.length >= FUZZY_LENGTH && withinOneEdit(w, q))));
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface StoryQuery {
  outlet?: string;
  entity?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: stories that end on or after it. */
  from?: string;
  /** Stories that start on or before it. */
  to?: string;
}

export interface Suggestion {
  value: string;
  /** Other names of the same entity, when one of them matched. */
  aliases?: string[];
  /** Stories (outlets) or mentions (entities): what the list is sorted by. */
  weight: number;
}

/** Filters and suggestions over one analysis; build once per ReportIndex. */
export class StoryFilters {
  /** Per story: the names a reader may look it up by (its key entities and its speakers). */
  private readonly namesOf = new Map<string, string[]>();
  private readonly outletWeight = new Map<string, number>();

  constructor(private readonly index: ReportIndex) {
    const speakers = new Map<string, Set<string>>();
    for (const q of index.report.quotes) {
      const story = index.storyOfArticle.get(q.article);
      if (!story || !q.speaker) continue;
      let set = speakers.get(story);
      if (!set) speakers.set(story, (set = new Set()));
      set.add(q.speaker);
    }
    for (const s of index.storySummaries()) {
      this.namesOf.set(s.id, [...new Set([...s.entities, ...(speakers.get(s.id) ?? [])])]);
      for (const o of s.outlets) this.outletWeight.set(o, (this.outletWeight.get(o) ?? 0) + 1);
    }
  }

  /** Every name (canonical and aliases) of each entity that the query matches by any of its names. */
  private entityNames(query: string): Set<string> {
    const names = new Set<string>();
    for (const e of this.index.report.entities) {
      const all = [e.name, ...e.aliases];
      if (all.some((n) => textMatches(n, query))) for (const n of all) names.add(fold(n));
    }
    return names;
  }

  stories(q: StoryQuery): StorySummary[] {
    const names = q.entity ? this.entityNames(q.entity) : null;
    return this.index.storySummaries().filter((s) => {
      const [from, to] = s.span;
      if (q.from && to && to.slice(0, q.from.length) < q.from) return false;
      if (q.to && from && from.slice(0, q.to.length) > q.to) return false;
      if (q.outlet && !s.outlets.some((o) => textMatches(o, q.outlet!))) return false;
      if (q.entity && !(this.namesOf.get(s.id) ?? []).some((n) => names!.has(fold(n)) || textMatches(n, q.entity!))) return false;
      return true;
    });
  }

  /** Values for a filter field, best first; all of them (by weight) for an empty query. */
  suggest(field: 'outlet' | 'entity', query: string, limit: number): Suggestion[] {
    const out: Suggestion[] = [];
    if (field === 'outlet') {
      for (const [value, weight] of this.outletWeight) if (!query || textMatches(value, query)) out.push({ value, weight });
    } else {
      for (const e of this.index.report.entities) {
        const hit = !query || textMatches(e.name, query) ? [] : e.aliases.filter((a) => textMatches(a, query));
        if (query && !textMatches(e.name, query) && !hit.length) continue;
        out.push({ value: e.name, weight: e.mentions, ...(hit.length ? { aliases: hit } : {}) });
      }
    }
    return out.sort((a, b) => b.weight - a.weight || a.value.localeCompare(b.value)).slice(0, limit);
  }
}

/** Every folded name of the entities (name groups) that the query matches by any of their names. */
function namesMatching(groups: string[][], query: string): Set<string> {
  const out = new Set<string>();
  for (const g of groups) if (g.some((n) => textMatches(n, query))) for (const n of g) out.add(fold(n));
  return out;
}

/**
 * The filters over bare story summaries (before the index has loaded). `names` (each entity's
 * names, from the stored summary) folds aliases as the index does; speakers are not known yet.
 */
export function filterSummaries(summaries: StorySummary[], q: StoryQuery, names: string[][] = []): StorySummary[] {
  const aliases = q.entity ? namesMatching(names, q.entity) : null;
  return summaries.filter((s) => {
    const [from, to] = s.span;
    if (q.from && to && to.slice(0, q.from.length) < q.from) return false;
    if (q.to && from && from.slice(0, q.to.length) > q.to) return false;
    if (q.outlet && !s.outlets.some((o) => textMatches(o, q.outlet!))) return false;
    if (q.entity && !s.entities.some((e) => aliases!.has(fold(e)) || textMatches(e, q.entity!))) return false;
    return true;
  });
}

/** Filter values from the stored summary, for suggestions before the index has loaded. */
export function suggestFromSummary(summaries: StorySummary[], names: string[][], field: 'outlet' | 'entity', query: string, limit: number): Suggestion[] {
  const weight = new Map<string, number>();
  for (const s of summaries) for (const v of field === 'outlet' ? s.outlets : s.entities) weight.set(v, (weight.get(v) ?? 0) + 1);
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  if (field === 'entity')
    for (const g of names) {
      const hit = !query || textMatches(g[0]!, query) ? [] : g.slice(1).filter((n) => textMatches(n, query));
      if (query && !textMatches(g[0]!, query) && !hit.length) continue;
      g.forEach((n) => seen.add(n));
      out.push({ value: g[0]!, weight: g.reduce((n, x) => n + (weight.get(x) ?? 0), 0), ...(hit.length ? { aliases: hit } : {}) });
    }
  for (const [value, w] of weight) if (!seen.has(value) && (!query || textMatches(value, query))) out.push({ value, weight: w });
  return out.sort((a, b) => b.weight - a.weight || a.value.localeCompare(b.value)).slice(0, limit);
}

const cached = new WeakMap<ReportIndex, StoryFilters>();

export function filtersFor(index: ReportIndex): StoryFilters {
  let f = cached.get(index);
  if (!f) cached.set(index, (f = new StoryFilters(index)));
  return f;
}
