// Figures of a story compared quantity by quantity. Two figures are values of one quantity when
// they count the same thing (plural and synonym forms folded: "vessels" and "ships"), in the same
// unit, in the same state ("killed" is not "displaced"), for the same day when the texts say. Values
// of one quantity that independent articles give differently for one day disagree; values for
// different days are a change over time, and are reported as such, not as a disagreement.
import { lexiconFor, type Lexicon } from '../extract/lang/index.js';
import { stem } from '../stories/index.js';
import type { Figure, FigureGroup, Flag, IsoDate, Story } from '../types.js';
import { eventDates } from './event-dates.js';
import { byHolder, byQualifier, scopeOf, type Mention, type Scope } from './figure-scope.js';
import type { ArticleUnits, SentenceUnit } from './units.js';

/** Words that name one thing counted under another name. */
const SYNONYMS = new Map<string, string>([
  ['vessel', 'ship'],
  ['persons', 'people'],
  ['person', 'people'],
  ['individual', 'people'],
  ['deal', 'contract'],
  ['agreement', 'contract'],
]);
/** States that make counts of one thing different quantities ("people killed", "people displaced"). */
const STATES =
  /^(?:killed|dead|died|injured|wounded|hurt|displaced|missing|arrested|detained|evacuated|rescued|infected|homeless|fled)$/i;
/** A vague count names the thing a bare number later counts ("dozens of cargo ships ... about 45"). */
const VAGUE_COUNT = /\b(?:dozens|scores|hundreds|thousands|millions|number|handful|several|many)\s+of\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\b/giu;
/** Values further apart than this factor are different quantities, not one quantity disputed. */
const MAX_RATIO = 3;

interface Placed {
  figure: Figure;
  root: string;
  date: IsoDate | null;
  thing: string | null;
  label: string;
  /** The article's publication date: values are listed in the order outlets gave them. */
  at: string;
  /** The place the figure is given for (canonical when the name resolves), or null. */
  place: string | null;
  scope: Scope;
}

/**
 * Groups a story's figures into quantities, and flags every article of a quantity that
 * independent articles give different values for (the flag names the quantity and the values).
 * `rootOf` maps a copy to the article it copies; `published` gives each article's date.
 */
export function compareFigures(
  story: Pick<Story, 'id'>,
  units: ArticleUnits[],
  rootOf: (article: string) => string,
  names: (text: string) => Mention[] = () => [],
): { groups: FigureGroup[]; flags: Flag[] } {
  const places = (text: string) => names(text).filter((m) => m.type === 'place');
  const placed: Placed[] = [];
  for (const u of units) {
    const ref = u.article.published ? new Date(`${u.article.published.slice(0, 10)}T12:00:00Z`) : null;
    for (const s of u.sentences) {
      if (!s.figures.length) continue;
      const dates = ref ? eventDates(s.text, ref, u.article.language ?? null).filter((d) => d.length === 10) : [];
      const lex = lexiconFor(u.article.language);
      for (const figure of s.figures) {
        const { thing, label, counted } = thingOf(figure, s, names, lex);
        const scope = scopeOf(figure, s, names, lex, counted ?? null);
        placed.push({ figure, root: rootOf(figure.article), date: dates.length === 1 ? dates[0] : null, thing, label, at: u.article.published ?? '\uffff', place: placeOf(figure, s, places), scope });
      }
    }
  }
  const byKey = new Map<string, Placed[]>();
  for (const p of placed) {
    // Without a counted or measured thing a number is compared only with the same number in the same unit.
    // A part of a counted set ("two of the ships", "another 40") is compared with no other article's count.
    const own = p.scope.part ? `|part:${p.root}` : '';
    const key = (p.thing ? `${p.figure.unit ?? ''}|${p.thing}` : `${p.figure.unit ?? ''}|#${p.figure.value}`) + own;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(p);
  }
  const groups: FigureGroup[] = [];
  const flags: Flag[] = [];
  for (const list of byKey.values()) {
    for (const part of byMagnitude(list).flatMap(byPlace).flatMap(byHolder).flatMap(byQualifier).flatMap(byValueWithoutDays)) {
      const group = makeGroup(story.id, part);
      groups.push(group);
      if (group.verdict !== 'disagree') continue;
      const articles = [...new Set(group.values.filter((v) => v.disputed).flatMap((v) => v.articles))].sort();
      for (const article of articles)
        flags.push({ article, kind: 'figures disagree', detail: group.detail, story: story.id, quantity: group.quantity, articles });
    }
  }
  return { groups, flags };
}

/** What a figure counts, folded for comparison, and as a reader would name it. */
function thingOf(f: Figure, s: SentenceUnit, names: (text: string) => Mention[], lex: Lexicon): { thing: string | null; label: string; counted?: string } {
  let counted = f.counts?.toLowerCase().trim() || null;
  if (!counted && !f.unit) counted = vagueReferent(s, f);
  const state = stateAfter(s, f);
  if (!counted && f.unit && OF_WHOM.has(f.unit)) {
    // A share or a match minute with no counted noun is one of whom its clause names: "Ferrow's
    // shares fell 12 per cent", "an own goal by Okafor (23e)" (a place is where, not whose).
    const whom = nameFor(f, s, names);
    if (whom) return { thing: `e:${whom}`, label: `${f.unit} for ${whom}` };
  }
  if (!counted && f.unit && MEASURED.test(f.unit)) {
    const measured = measuredThing(f, s, lex);
    if (measured) return measured;
  }
  if (!counted) return { thing: null, label: f.unit ?? f.text };
  // The counted noun ends the noun phrase: "cargo ships", not "dockworkers walked off".
  const words = counted.split(/\s+/);
  const verb = words.findIndex((w, i) => i > 0 && /(?:ed|en)$/.test(w));
  const phrase = verb > 0 ? words.slice(0, verb) : words;
  counted = phrase.join(' ');
  const head = phrase[phrase.length - 1];
  const folded = SYNONYMS.get(head) ?? SYNONYMS.get(stem(head)) ?? stem(head);
  const label = state ? `${counted} ${state}` : counted;
  return { thing: state ? `${folded}|${state}` : folded, label: f.unit ? `${label} (${f.unit})` : label, counted };
}

/** Units of an amount or a share: the thing measured is named beside it ("a contract worth €48m", "its key rate to 4.5%"). */
const MEASURED = /^(?:%|[A-Z]{3})$/;
/** How many words may stand between the measured thing and its amount ("worth", "d'une valeur de"). */
const LINK_WORDS = 4;

/**
 * The noun phrase an amount or a share is given for, right before it in its clause past link
 * words and prepositions: "signed a contract worth 48 million euros", "raised its key rate to 4.5
 * percent", "un contrat d'une valeur de 48 millions d'euros". Kept conservative: the phrase must open
 * with a determiner or a possessive (a subject or an object, not "fell", "exporters") and must not
 * be the object of a preposition ("the fine for the company is ..." is not the company's amount).
 * Its words are folded as counted nouns are, so "a deal worth" and "a contract worth" meet.
 */
function measuredThing(f: Figure, s: SentenceUnit, lex: Lexicon): { thing: string; label: string } | null {
  const previous = Math.max(0, ...s.figures.filter((g) => g.span[1] <= f.span[0]).map((g) => g.span[1] - s.start));
  const clause = s.text.slice(previous, Math.max(previous, f.span[0] - s.start)).split(/[,;:()«»"“”]/).pop()!;
  const words = [...clause.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)].map((m) => m[0].toLowerCase());
  const possessive = (w: string) => /['’]s$/.test(w);
  const functional = (w: string) => w.split(/['’]/).every((part) => lex.functionWords.has(part) || lex.determiners.has(part)) || possessive(w);
  const link = (w: string) => lex.measureLinks.has(w) || lex.prepositions.has(w) || functional(w);
  let i = words.length - 1;
  for (let skipped = 0; i >= 0 && link(words[i]); i--) if (++skipped > LINK_WORDS) return null;
  const phrase: string[] = [];
  for (; i >= 0 && phrase.length < 3 && !functional(words[i]) && !lex.prepositions.has(words[i]); i--) phrase.unshift(words[i]);
  if (!phrase.length || i < 0 || !functional(words[i]) || lex.prepositions.has(words[i])) return null;
  if (i > 0 && lex.prepositions.has(words[i - 1])) return null;
  const folded = phrase.map((w) => SYNONYMS.get(w) ?? SYNONYMS.get(stem(w)) ?? stem(w));
  return { thing: `m:${folded.join(' ')}`, label: `${phrase.join(' ')} (${f.unit})` };
}

export type { Mention } from './figure-scope.js';

/**
 * Units whose values belong to one named subject: a share of it, the minute of its goal. Amounts,
 * counts and durations are not: one person's story holds many sums and spans of years.
 */
const OF_WHOM = new Set(['%', 'minute']);
/** How far before a measure the name it is measured for may stand. */
const WHOM_WITHIN = 60;
/** After the figure only a genitive links a name to it: "12 per cent of Ferrow". */
const GENITIVE = /^\s*(?:of|de|du|des|d'|von|der|des|di|del|della)\s*$/i;

/** The person or organisation the figure is given for: the last named before it in its clause, else one linked by "of". */
function nameFor(f: Figure, s: SentenceUnit, names: (text: string) => Mention[]): string | null {
  const [from, to] = [f.span[0] - s.start, f.span[1] - s.start];
  const candidates = names(s.text).filter((m) => m.type === 'person' || m.type === 'organization');
  const before = candidates.filter((m) => m.at < from && from - m.at <= WHOM_WITHIN && !/[.;]/.test(s.text.slice(m.at, from)));
  if (before.length) return before[before.length - 1].name;
  return candidates.find((m) => m.at >= to && GENITIVE.test(s.text.slice(to, m.at)))?.name ?? null;
}

/** How far before a figure a place may be named for it ("In Orlen, 300 homes ..."). */
const PLACE_BEFORE = 60;

/**
 * The place a figure is given for: the one the extraction found after it, else the place named
 * just before it in its clause (after any earlier figure of the sentence), canonical when known.
 */
function placeOf(f: Figure, s: SentenceUnit, places: (text: string) => Mention[]): string | null {
  if (f.place) return places(f.place)[0]?.name ?? f.place;
  const at = f.span[0] - s.start;
  const previous = Math.max(0, ...s.figures.filter((g) => g.span[1] <= f.span[0]).map((g) => g.span[1] - s.start));
  const from = Math.max(previous, at - PLACE_BEFORE);
  const before = places(s.text).filter((m) => m.at >= from && m.at < at && !/[.;]/.test(s.text.slice(m.at, at)));
  return before.length ? before[before.length - 1].name : null;
}

function vagueReferent(s: SentenceUnit, f: Figure): string | null {
  const before = s.text.slice(0, Math.max(0, f.span[0] - s.start));
  let last: string | null = null;
  for (const m of before.matchAll(VAGUE_COUNT)) last = m[1];
  return last ? last.toLowerCase() : null;
}

/** A state word right after the figure ("139 people killed", "11 million displaced"). */
function stateAfter(s: SentenceUnit, f: Figure): string | null {
  const after = s.text.slice(Math.max(0, f.span[1] - s.start)).split(/[,;.:]/)[0];
  const words = after.trim().split(/\s+/).slice(0, 4);
  for (const w of words) if (STATES.test(w)) return w.toLowerCase();
  return null;
}

/** Splits a quantity's figures where values jump by more than MAX_RATIO: a different quantity. */
function byMagnitude(list: Placed[]): Placed[][] {
  const sorted = [...list].sort((a, b) => a.figure.value - b.figure.value);
  const out: Placed[][] = [];
  for (const p of sorted) {
    const current = out[out.length - 1];
    if (current && p.figure.value <= current[0].figure.value * MAX_RATIO) current.push(p);
    else out.push([p]);
  }
  return out;
}

/**
 * Splits a quantity by the place each figure is given for: homes flooded in one town and in
 * another are two quantities, neither a change nor a disagreement. Figures with no place join
 * the quantity's one place; beside several places they stand apart.
 */
function byPlace(list: Placed[]): Placed[][] {
  const places = [...new Set(list.flatMap((p) => (p.place ? [p.place] : [])))];
  if (places.length < 2) return [list];
  for (const p of list) if (p.place) p.label = `${p.label} in ${p.place}`;
  return [...places.map((place) => list.filter((p) => p.place === place)), list.filter((p) => !p.place)].filter((l) => l.length);
}

/**
 * A change over time needs days: different values of one quantity on one day, or with no day,
 * from a single source are separate quantities (two sites, two categories), one group each.
 */
function byValueWithoutDays(list: Placed[]): Placed[][] {
  if (new Set(list.map((p) => p.date)).size > 1 || new Set(list.map((p) => p.root)).size > 1) return [list];
  const values = [...new Set(list.map((p) => p.figure.value))];
  return values.length < 2 ? [list] : values.map((v) => list.filter((p) => p.figure.value === v));
}

function makeGroup(story: string, part: Placed[]): FigureGroup {
  const ordered = [...part].sort((a, b) => a.at.localeCompare(b.at) || a.figure.article.localeCompare(b.figure.article) || a.figure.span[0] - b.figure.span[0]);
  // Figures without a day join the quantity's one day, if it has one; with several days they cannot be placed.
  const days = [...new Set(ordered.flatMap((p) => (p.date ? [p.date] : [])))].sort();
  const dayOf = (p: Placed) => p.date ?? (days.length === 1 ? days[0] : null);
  const values = new Map<string, FigureGroup['values'][number]>();
  for (const p of ordered) {
    const key = `${p.figure.value}|${dayOf(p) ?? ''}`;
    const v = values.get(key) ?? values.set(key, { value: p.figure.value, date: dayOf(p), articles: [], texts: [], disputed: false }).get(key)!;
    if (!v.articles.includes(p.figure.article)) v.articles.push(p.figure.article);
    if (!v.texts.includes(p.figure.text)) v.texts.push(p.figure.text);
  }
  // By day; within a day in the order the outlets published them (a stable sort keeps it).
  const list = [...values.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const quantity = mostCommon(part.map((p) => p.label));
  const unit = part[0].figure.unit;
  // Disagreement: on one day (or with no day at all), two independent articles give no value that
  // agrees (the same value, or one within an estimate's rounding: see `agrees`).
  const disputedDays = new Set<string | null>();
  for (const day of days.length ? days : [null]) {
    const byRoot = new Map<string, Figure[]>();
    for (const p of part) {
      if (dayOf(p) !== day) continue;
      (byRoot.get(p.root) ?? byRoot.set(p.root, []).get(p.root)!).push(p.figure);
    }
    const sets = [...byRoot.values()];
    if (sets.some((a, i) => sets.slice(i + 1).some((b) => !a.some((x) => b.some((y) => agrees(x, y)))))) disputedDays.add(day);
  }
  for (const v of list) v.disputed = disputedDays.has(v.date);
  const distinct = new Set(list.map((v) => v.value)).size;
  // One value from one independent origin (copies count under what they copy) corroborates nothing.
  const verdict: FigureGroup['verdict'] = disputedDays.size ? 'disagree' : distinct > 1 ? 'changed' : new Set(part.map((p) => p.root)).size > 1 ? 'agree' : 'one source';
  return { story, quantity, unit, dates: days, values: list, verdict, detail: detailOf(quantity, list, verdict) };
}

/**
 * Two values of one quantity agree when equal, or when one is an estimate or a bound ("about 9,000",
 * "plus de 500") and the other lies strictly within half the rounding unit of the estimate's last
 * non-zero digit, the values that round to it: "about 9,000" covers 8,501 to 9,499 (9,200 agrees),
 * "about 1,200" covers 1,151 to 1,249 (1,100 does not), "some 50" covers 46 to 54; "about 45" is
 * precise to the unit. A value at the edge (45 for "some 50") rounds either way, so it is not taken
 * as agreeing. Bounds get the same tolerance, not their direction: "more than 9,000" and 12,000 are
 * kept apart, as a reader comparing the counts would ask about them.
 */
export function agrees(a: Pick<Figure, 'value' | 'approximate'>, b: Pick<Figure, 'value' | 'approximate'>): boolean {
  if (a.value === b.value) return true;
  const within = (est: typeof a, other: typeof a) => !!est.approximate && Math.abs(est.value - other.value) < roundingUnit(est.value) / 2;
  return within(a, b) || within(b, a);
}

/** The place value of a number's last non-zero digit: 9,000 -> 1,000; 1,250 -> 10; 4.75 -> 0.01. */
export function roundingUnit(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  if (!Number.isInteger(v)) {
    const decimals = (/\.(\d+)$/.exec(v.toFixed(6).replace(/0+$/, '')) ?? ['', ''])[1].length;
    return 10 ** -decimals;
  }
  let unit = 1;
  while (v % (unit * 10) === 0) unit *= 10;
  return unit;
}

/** "dockworkers on 2025-03-13: 1,200 vs 1,100"; "ships: 40 (2025-03-14), then 45 (2025-03-15) (a change over time)". */
function detailOf(quantity: string, values: FigureGroup['values'], verdict: FigureGroup['verdict']): string {
  if (verdict === 'agree' || verdict === 'one source') return `${quantity}: ${fmt(values[0].value)}`;
  if (verdict === 'disagree') {
    const parts = [...new Set(values.filter((v) => v.disputed).map((v) => v.date))].map(
      (day) => `${day ? ` on ${day}` : ''}: ${values.filter((v) => v.disputed && v.date === day).map((v) => fmt(v.value)).join(' vs ')}`,
    );
    return `${quantity}${parts.join(';')}`;
  }
  const byDay = [...new Set(values.map((v) => v.date))].map((day) => `${values.filter((v) => v.date === day).map((v) => fmt(v.value)).join(' / ')}${day ? ` (${day})` : ''}`);
  return `${quantity}: ${byDay.join(', then ')} (a change over time)`;
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function mostCommon(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
}
