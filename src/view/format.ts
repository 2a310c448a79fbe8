// Formatting every surface shares (terminal, HTML report, API, web UI): labels, numbers, clipping
// and the legend that explains the comparison's words and counts. Browser-safe: no Node imports.
import type { Article, AttributionMode, QuoteGroupKind } from '../core/types.js';

/** Shortens text to `max` characters, whitespace folded; an ellipsis marks the cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + '…';
}

/**
 * What every surface shows as an article's title: its headline, else "(no headline)" and the
 * opening words of its text (so a headline-less article reads the same in the terminal, HTML and UI).
 */
export function articleTitle(a: Pick<Article, 'headline' | 'body'>): string {
  if (a.headline) return a.headline;
  const first = a.body.split(/\n\s*\n/).find((p) => p.trim()) ?? '';
  return first ? `(no headline) ${clip(first, 90)}` : '(no headline)';
}

/** Lower case, no diacritics, punctuation as spaces: "Ðorđe Šarić," -> "dorde saric". How a name typed meets a name stored. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đð]/gi, 'd')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** `n` and the noun, plural unless n is 1: 'story' -> 'stories', else + 's'; `many` for irregular nouns. */
export function plural(n: number, word: string, many = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** An article's date as a reader says it: the day, else the month it states alone ('2018-11'), else 'undated'. */
export function dateText(a: Pick<Article, 'published' | 'published_month'>): string {
  return a.published ?? a.published_month ?? 'undated';
}

/**
 * How many outlets, saying so when some articles' outlets are unknown: '3 outlets', 'outlet unknown',
 * '2 outlets (8 articles of unknown outlet)'. Never '0 outlets' for articles whose outlet is not known.
 */
export function outletsText(outlets: number, unknownArticles: number): string {
  if (!unknownArticles) return plural(outlets, 'outlet');
  if (!outlets) return unknownArticles === 1 ? 'outlet unknown' : 'outlets not known';
  return `${plural(outlets, 'outlet')} (${plural(unknownArticles, 'article')} of unknown outlet)`;
}

/** A story's date range as a reader says it: 'undated', one day, or 'from – to'. */
export function spanText(span: [string | null, string | null]): string {
  const [from, to] = span;
  if (!from && !to) return 'undated';
  return from === to || !to ? (from ?? '') : `${from ?? '?'} – ${to}`;
}

/**
 * A readable name for an article whose outlet may be unknown: outlet, then URL host, then
 * "unknown outlet". Never the file it was read from: a local path names nothing a reader knows.
 */
export function articleLabel(a: Pick<Article, 'outlet' | 'url' | 'source' | 'id'>): string {
  if (a.outlet) return a.outlet;
  if (a.url) {
    try {
      const host = new URL(a.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL we can parse
    }
  }
  return UNKNOWN_OUTLET;
}

export const UNKNOWN_OUTLET = 'unknown outlet';

/** Longest short label of an article of unknown outlet: a column heading, a list entry. */
const SHORT_LABEL = 32;

/**
 * Labels for a story's articles that tell apart those of unknown outlet: the outlet label
 * (articleLabel) when it names one, else the headline clipped short, else the input's file name
 * (without its folders); a label two of them share gets the article id's first characters. Known
 * outlets keep their name, shared: their articles are one column. Every surface takes these.
 */
export function storyLabels(articles: Pick<Article, 'outlet' | 'url' | 'source' | 'id' | 'headline'>[]): Map<string, string> {
  const labels = new Map<string, string>();
  const own = new Map<string, number>();
  for (const a of articles) {
    const outlet = articleLabel(a);
    if (outlet !== UNKNOWN_OUTLET) {
      labels.set(a.id, outlet);
      continue;
    }
    const file = a.source.split(/[\\/]/).pop()?.trim();
    const label = a.headline?.trim() ? clip(a.headline.trim(), SHORT_LABEL) : file ? clip(file, SHORT_LABEL) : a.id.slice(0, 8);
    labels.set(a.id, label);
    own.set(label, (own.get(label) ?? 0) + 1);
  }
  const taken = new Set([...labels.values()].filter((l) => !own.has(l)));
  for (const [id, label] of labels) if (own.has(label) && (own.get(label)! > 1 || taken.has(label))) labels.set(id, `${label} · ${id.slice(0, 8)}`);
  return labels;
}

/** What every surface says of a report with no articles, in place of counts and a legend of nothing. */
export const NOTHING_TO_REPORT = 'nothing to report: no articles have been read';

/** Heading of a quote group's versions, by kind. */
export const QUOTE_KIND_LABEL: Record<QuoteGroupKind, string> = {
  'same wording': 'Same wording elsewhere',
  edited: 'Edited versions of the same statement',
  'other language': 'The same statement in other languages',
};

export interface LegendEntry {
  term: string;
  meaning: string;
}

/** What each comparison-table row kind means: the one wording of these terms, shown beside the table and in the legend. */
export const ROW_KIND_MEANING = {
  'other language': 'the same statement in different languages (translations side by side)',
  edited: 'the same statement reworded or cut; marked words are missing from another version',
  'same wording': 'the outlets carry the statement alike',
  disagree: 'independent articles give different values for the same quantity and day (marked)',
  changed: 'the value differs between days: a change over time, not a disagreement',
  agree: 'one value, given by independent articles',
  'one source': 'one value, given by a single independent origin (and its copies): no other article corroborates it',
  'one article': 'no other article of the story carries this statement',
} as const;

/** What the comparison's words and counts mean; every surface shows it next to them. */
export const LEGEND: LegendEntry[] = [
  { term: 'asserted', meaning: 'the outlet states the claim in its own voice' },
  { term: 'attributed', meaning: 'the outlet reports the claim as what a named source said' },
  { term: 'hedged', meaning: 'the outlet reports the claim with distance ("reportedly", "allegedly")' },
  { term: 'disputed', meaning: 'the outlet reports the claim together with a denial or challenge of it' },
  { term: 'origins', meaning: 'who made a claim (a speaker, a statement, a credited wire, or an outlet\'s own reporting); copies count under what they copy' },
  { term: '[n]', meaning: 'after an origin: how many articles carry it, copies included' },
  { term: 'figures disagree', meaning: ROW_KIND_MEANING.disagree },
  { term: 'changed', meaning: ROW_KIND_MEANING.changed },
  ...(['same wording', 'edited', 'other language'] as const).map((term) => ({ term, meaning: ROW_KIND_MEANING[term] })),
];

export const MODE_MEANING: Record<AttributionMode, string> = Object.fromEntries(
  LEGEND.filter((l) => ['asserted', 'attributed', 'hedged', 'disputed'].includes(l.term)).map((l) => [l.term, l.meaning]),
) as Record<AttributionMode, string>;

/**
 * The story a reader meant by `query`: its id, or an unambiguous prefix of it, with or without the
 * id's kind prefix ("story-"), since listings show the bare hex. `candidates` lists every match.
 */
export function findStoryId(ids: Iterable<string>, query: string): { id: string | null; candidates: string[] } {
  const q = query.trim().toLowerCase();
  const all = [...ids];
  if (!q) return { id: null, candidates: [] };
  if (all.includes(q)) return { id: q, candidates: [q] };
  const candidates = all.filter((id) => id.startsWith(q) || id.replace(/^[a-z]+-/, '').startsWith(q));
  return { id: candidates.length === 1 ? candidates[0]! : null, candidates };
}
