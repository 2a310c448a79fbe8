// The verdict on one quantity of a story: whether independent articles disagree on it, it changed
// over time, they agree, or one origin gives it. Decided here only; every surface shows this verdict.
// Two values conflict only when they count the same set (the grouping in figures.ts keeps sets,
// holders and places apart) at the same time: on the same stated day, or, for a count the text
// gives no day for and for a toll, in reports published close enough that the count cannot have
// moved. A toll (the dead, the injured, the arrested) only grows: a later, higher count is an update.
import type { Figure, FigureGroup, IsoDate } from '../types.js';
import { isLowerBound } from './figure-states.js';
import type { Scope } from './figure-scope.js';

export interface Placed {
  figure: Figure;
  root: string;
  /** The one day its sentence states, or null. */
  date: IsoDate | null;
  thing: string | null;
  label: string;
  /** The article's publication ('YYYY-MM-DD' or with 'THH:MM'): values are listed in the order outlets gave them. */
  at: string;
  /** The place the figure is given for (canonical when the name resolves), or null. */
  place: string | null;
  scope: Scope;
  /** A toll: a count in a state that only grows over a story's life ("killed", "heridos"). */
  growing: boolean;
  /** Its sentence gives it as a revision ("rose to", "updated figures"): a later count than one not said so. */
  update?: boolean;
}

/**
 * Reports published further apart than this give a toll or an undated count at different times: in
 * a few hours a toll moves (the morning's "at least 12 dead" is the evening's 27).
 */
const SAME_TIME_MS = 3 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A count with no day of its own, in a report this many days after the quantity's one stated day, is of that day. */
const JOIN_DAYS = 2;
const within = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

/** When a value holds: its day, and its publication instant when that, not a stated day, is its time. */
interface When {
  day: IsoDate | null;
  instant: number | null;
  /** A toll in a report with no publication date: when it was counted is unknown. */
  unknown?: boolean;
  /** Given as a revision of an earlier count: of a later time than a count not said so, unless both reports are timed. */
  update?: boolean;
}

const published = (p: Placed): IsoDate | null => (/^\d{4}-\d{2}-\d{2}/.test(p.at) ? p.at.slice(0, 10) : null);

/**
 * The time of each value. A toll is counted when it is reported, whatever day the event was (the
 * quake on Monday has Monday's toll and Tuesday's). Another count holds on the day its sentence
 * states; without one it joins the quantity's one stated day when the report is of that day or
 * one of the next two ("flooded 1,500 homes on Tuesday, the mayor said on Wednesday"), else it
 * holds when it was published.
 */
function timesOf(part: Placed[]): Map<Placed, When> {
  const stated = [...new Set(part.flatMap((p) => (!p.growing && p.date ? [p.date] : [])))];
  const out = new Map<Placed, When>();
  for (const p of part) {
    const when = timeOf(p, stated);
    out.set(p, p.update ? { ...when, update: true } : when);
  }
  return out;
}

/** The time of one value (see timesOf); `stated` is the quantity's stated days. */
function timeOf(p: Placed, stated: IsoDate[]): When {
  const day = published(p);
  const instant = day && p.at.length > 10 ? Date.parse(`${p.at}Z`) : null;
  const reported: When = { day: day ?? p.date, instant: Number.isNaN(instant) ? null : instant };
  if (p.growing) return day ? reported : { ...reported, unknown: true };
  if (p.date) return { day: p.date, instant: null };
  if (stated.length === 1 && (!day || within(Date.parse(day) - Date.parse(stated[0]), 0, JOIN_DAYS * DAY_MS))) return { day: stated[0], instant: null };
  return reported;
}

/** A toll only grows: one whose report has no date may be an earlier or a later count than any other, never set against it. */
const sameTime = (a: When, b: When): boolean =>
  !a.unknown && !b.unknown && a.day === b.day && (a.instant === null || b.instant === null ? !!a.update === !!b.update : Math.abs(a.instant - b.instant) <= SAME_TIME_MS);

/**
 * A toll only grows, so of two reports of one day at hours apart the later one giving a lower toll,
 * with no word of a revision, is no later count: its outlet gives another figure for the same event
 * (16 dead at 08:00, 14 dead at 15:00 from another article is a disagreement, not a change).
 */
function tollDown(x: Placed, y: Placed, when: Map<Placed, When>): boolean {
  const [a, b] = [when.get(x)!, when.get(y)!];
  if (!x.growing || !y.growing || x.figure.article === y.figure.article || a.day !== b.day || a.instant === null || b.instant === null) return false;
  const [early, late, lateWhen] = a.instant <= b.instant ? [x, y, b] : [y, x, a];
  return late.figure.value < early.figure.value && !lateWhen.update && !consistent(x, y);
}

/**
 * Two values of one quantity agree: `agrees`, two lower bounds ("at least 150", "au moins 156"; both
 * hold of any count above them), or a toll's lower bound ("at least 12") under a higher count.
 */
function consistent(x: Placed, y: Placed): boolean {
  if (agrees(x.figure, y.figure)) return true;
  if (isLowerBound(x.figure.text) && isLowerBound(y.figure.text)) return true;
  if (!x.growing || !y.growing) return false;
  return (isLowerBound(x.figure.text) && y.figure.value > x.figure.value) || (isLowerBound(y.figure.text) && x.figure.value > y.figure.value);
}

/** The group of one quantity's figures and its verdict. */
export function figureGroup(story: string, part: Placed[]): FigureGroup {
  const ordered = [...part].sort((a, b) => a.at.localeCompare(b.at) || a.figure.article.localeCompare(b.figure.article) || a.figure.span[0] - b.figure.span[0]);
  const when = timesOf(part);
  const dayOf = (p: Placed) => when.get(p)!.day;
  const days = [...new Set(ordered.flatMap((p) => (dayOf(p) ? [dayOf(p)!] : [])))].sort();
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
  // Disagreement: two articles give values for one time and none of their values of that day is
  // consistent with the other's. Copies count apart here: a copy that changed its original's
  // figure disagrees with it (independence matters for agreement, not for a conflict).
  const disputedDays = new Set<string | null>();
  for (const day of new Set(part.map(dayOf))) {
    const byArticle = new Map<string, Placed[]>();
    for (const p of part) if (dayOf(p) === day) (byArticle.get(p.figure.article) ?? byArticle.set(p.figure.article, []).get(p.figure.article)!).push(p);
    const sets = [...byArticle.values()];
    const conflict = (a: Placed[], b: Placed[]) =>
      a.some((x) => b.some((y) => sameTime(when.get(x)!, when.get(y)!) || tollDown(x, y, when))) && !a.some((x) => b.some((y) => consistent(x, y)));
    if (sets.some((a, i) => sets.slice(i + 1).some((b) => conflict(a, b)))) disputedDays.add(day);
  }
  for (const v of list) v.disputed = disputedDays.has(v.date);
  // A change over time needs evidence of time between two values: other days, hours apart, a
  // revision's wording, or one article giving both. Other articles' values of one time that are
  // consistent ("about 9,000" and 9,200; "at least 12" and "at least 15") are one count, not a change.
  const changed = part.some((x, i) =>
    part.slice(i + 1).some((y) => x.figure.value !== y.figure.value && (x.figure.article === y.figure.article || (!sameTime(when.get(x)!, when.get(y)!) && !tollDown(x, y, when)))),
  );
  // One value from one independent origin (copies count under what they copy) corroborates nothing.
  const verdict: FigureGroup['verdict'] = disputedDays.size ? 'disagree' : changed ? 'changed' : new Set(part.map((p) => p.root)).size > 1 ? 'agree' : 'one source';
  return { story, quantity, unit, dates: days, values: list, verdict, detail: detailOf(quantity, list, verdict, unit, part.every((p) => p.growing)) };
}

/**
 * Two values of one quantity agree when equal, or when one is an estimate or a bound ("about 9,000",
 * "plus de 500") and the other lies strictly within half the rounding unit of the estimate's last
 * non-zero digit, the values that round to it: "about 9,000" covers 8,501 to 9,499 (9,200 agrees),
 * "about 1,200" covers 1,151 to 1,249 (1,100 does not), "some 50" covers 46 to 54; "about 45" is
 * precise to the unit. A value at the edge (45 for "some 50") rounds either way, so it is not taken
 * as agreeing. Bounds get the same tolerance, not their direction: "more than 9,000" and 12,000 are
 * kept apart, as a reader comparing the counts would ask about them (a toll's lower bound is the
 * exception, see `consistent`).
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

/**
 * "dockworkers on 2025-03-13: 1,200 vs 1,100"; "ships: 40 (2025-03-14), then 45 (2025-03-15) (a
 * change over time)". A toll's values of one day are its reports in order ("12, then 27"); other
 * values of one day, from reports that give no time, are shown side by side ("40 / 45").
 */
function detailOf(quantity: string, values: FigureGroup['values'], verdict: FigureGroup['verdict'], unit: string | null, toll: boolean): string {
  const fmt = (n: number) => formatValue(n, unit);
  // Consistent values of one time are all shown: "homes: 9,000 / 9,200".
  if (verdict === 'agree' || verdict === 'one source') return `${quantity}: ${[...new Set(values.map((v) => fmt(v.value)))].join(' / ')}`;
  if (verdict === 'disagree') {
    const parts = [...new Set(values.filter((v) => v.disputed).map((v) => v.date))].map(
      (day) => `${day ? ` on ${day}` : ''}: ${values.filter((v) => v.disputed && v.date === day).map((v) => fmt(v.value)).join(' vs ')}`,
    );
    return `${quantity}${parts.join(';')}`;
  }
  const byDay = [...new Set(values.map((v) => v.date))].map((day) => `${values.filter((v) => v.date === day).map((v) => fmt(v.value)).join(toll ? ', then ' : ' / ')}${day ? ` (${day})` : ''}`);
  return `${quantity}: ${byDay.join(', then ')} (a change over time)`;
}

/** A value as a reader writes it: "1,200"; a score (see extract/scores.ts) as "4-2". */
export function formatValue(n: number, unit: string | null): string {
  if (unit === 'score') return `${Math.floor(n / 1000)}-${n % 1000}`;
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

function mostCommon(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
}
