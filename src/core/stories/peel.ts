// An undated article joins a thread on its words and names whatever the thread's time (an undated
// thread has none), and the thread a story on the thread's evidence as a whole. Once the story is
// whole, its dated members say when its events happened; an undated member whose own text puts its
// events clearly outside that span is another event with the same people or places (a later
// incident, a follow-up a year on), and is taken out as a story of its own. Only the article's own
// evidence counts: the day of the news it names or a date it marks as gone by, a date it says was
// last year, or a later date it states with its year beside the story's own days told with
// theirs (a hearing a year on retelling the event: a report of the day drops the year), or an
// opening in the past perfect in a report whose own time starts after the story's days. An undated
// report with no time evidence that no other report of its words joined can still say it tells
// another event: its opening sentence names in full a person no other thread of the story names.
// And the dated members can be the other event: a later report dated by its page, among many
// undated reports of the day naming their own news day months before it (laterReports).
import type { IsoDate, Story } from '../types.js';
import type { Member, StoryState } from './state.js';
import { joinYearSpans, yearSpanGap, yearSpanOf, type OwnTime, type YearSpan } from './yearless.js';

const YEAR = 365;
// A date stated with its year this long after the story's last dated day is a later report's own.
const LATER_DAYS = 30;

export interface PeelMember {
  id: string;
  published: IsoDate | null;
  own?: OwnTime;
}

const dayNumber = (date: IsoDate) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000);
const mod = (n: number) => ((n % YEAR) + YEAR) % YEAR;

/**
 * The undated members whose own time evidence lies outside the story's dated span by more than
 * `graceDays` (the consolidation grace: what a news cycle allows between its reports).
 * `recurring` says whether a member names a person the story's other threads keep naming.
 */
export function outsiders<M extends PeelMember>(members: readonly M[], graceDays: number, recurring: (m: M) => boolean = () => false): Set<string> {
  const out = laterReports(members, graceDays);
  const span = datedSpan(members);
  // A story without dated members, or dated over half a year, gives nothing to compare with; nor
  // does one whose dated members are the later event's.
  if (!span || datedMinority(members, span, graceDays).length > 0) return out;
  const [first, last] = span;
  for (const m of members) if (!m.published && m.own && (outside(m.own, first, last, graceDays, () => recurring(m)) || retold(m.own, first, last, graceDays) || (m.own.looksBack ?? -Infinity) > last || elsewhen(m.own, first, last))) out.add(m.id);
  return out;
}

/**
 * The members that tell a later event about the story's people or things, as one story of their
 * own: undated reports whose opening counts a year or more since the event (see yearOn), and the
 * dated minority (datedMinority). Their own time says only that they come later, not when, so
 * they are kept together rather than each a story of one.
 */
export function laterReports(members: readonly PeelMember[], graceDays: number): Set<string> {
  const span = datedSpan(members);
  const out = new Set(span ? datedMinority(members, span, graceDays) : []);
  const rest = members.filter((m) => !out.has(m.id));
  // An undated report whose opening tells a year or more since the event leaves a story that
  // holds reports of the event itself; not one whose dated reports count that time too: that
  // story is the later event's.
  const laterStory = rest.some((m) => m.published && m.own?.yearOn);
  if (!laterStory && rest.some((m) => !m.own?.yearOn)) for (const m of rest) if (!m.published && m.own?.yearOn) out.add(m.id);
  return out;
}

/** The first and last day (day numbers) of the dated members, or null: none, or over half a year. */
function datedSpan(members: readonly PeelMember[]): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const m of members) {
    if (!m.published) continue;
    const d = dayNumber(m.published);
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return Number.isFinite(first) && yearSpanOf([first, last]) ? [first, last] : null;
}

// Undated members naming their own news day that outvote the dated ones: at least this many.
const MIN_AGREE = 3;

/**
 * The dated members, and the undated ones naming their news day among the dated days, when the
 * story's own time evidence says they are another event: more undated members than they are
 * name their own news day (written as the day of the news, or pinned to a year) away from the
 * dated days by over LATER_DAYS, all within LATER_DAYS of each other. An undated first report
 * joined by dated follow-ups keeps them (the rules above look after the dated span only); many
 * reports of the day agreeing on a day months before the few dated ones say those few tell a
 * later event about the same people or things (a wreck raised months after a ferry sank).
 */
function datedMinority(members: readonly PeelMember[], [first, last]: [number, number], grace: number): string[] {
  const dated = yearSpanOf([first, last])!;
  const far: number[] = [];
  const near: string[] = [];
  for (const m of members) {
    const own = m.own;
    if (m.published || !own || own.day === null || !(own.news || own.pinned !== undefined)) continue;
    const gap = yearSpanGap([own.day, 0], dated);
    if (gap > LATER_DAYS) far.push(own.day);
    else if (gap <= grace) near.push(m.id);
  }
  const minority = members.filter((m) => m.published).map((m) => m.id).concat(near);
  if (far.length < MIN_AGREE || far.length <= minority.length) return [];
  // The far days agree: the shortest stretch of the year covering them is within LATER_DAYS.
  const cover = far.reduce<YearSpan | null>((c, d) => joinYearSpans(c, [d, 0]), null)!;
  return cover[1] <= LATER_DAYS ? minority : [];
}

/**
 * Whether the text tells the story's days with their year ("in June 2031", "on 18 June 2031") and
 * states a date with its year over a month after them ("in August 2032"): reporters drop the year
 * for the days around the event they report, so the story's days are background here, and the
 * later date is the report's own news (a hearing, remains found, a ruling). Plans and deadlines are
 * no such dates (see stated-dates.ts).
 */
function retold(own: OwnTime, first: number, last: number, grace: number): boolean {
  if (!own.told) return false;
  const tellsStory = own.told.some(([from, to]) => to >= first - grace && from <= last + grace);
  return tellsStory && own.told.some(([from]) => from > last + LATER_DAYS);
}

/**
 * Whether the text puts its own events on a day it states with its year ("on 5 November", "on 5
 * November 2015") over a month before or after the story's days: another event, an earlier
 * disaster recalled or a later one, however alike the words.
 */
function elsewhen(own: OwnTime, first: number, last: number): boolean {
  return own.pinned !== undefined && (own.pinned < first - LATER_DAYS || own.pinned > last + LATER_DAYS);
}

function outside(own: OwnTime, first: number, last: number, grace: number, recurring: () => boolean): boolean {
  const [start, length] = yearSpanOf([first, last])!;
  // The day of the news, later than the story's last dated day: the article's events fall on it.
  // Within a month, a report naming a person the story's other reports keep naming (its spokesman,
  // its victim) is the same event going on (a search called off two weeks on), not another one.
  if (own.day !== null && own.news) {
    const after = mod(own.day - start) - length;
    if (after > grace && after <= YEAR / 2 && !(after <= LATER_DAYS && recurring())) return true;
  }
  if (own.lastYear !== null) {
    // A date of last year near the story's days: the story is of that year, the article of the next.
    const offset = mod(own.lastYear - start);
    const signed = offset > YEAR / 2 ? offset - YEAR : offset;
    if (signed >= -grace && signed <= length + grace) {
      const year = new Date((first + signed) * 86_400_000).getUTCFullYear();
      const nextYear = Date.UTC(year + 1, 0, 1) / 86_400_000;
      if (nextYear - last > grace) return true;
    }
  }
  return false;
}

/**
 * The undated members alone in their thread whose opening sentence names in full a person (see
 * lead-people.ts) that no other thread of the story names by any word of the name: the actor of
 * another event about the story's people or places (a new victim, an official answering a verdict
 * months later). Another report of the story's event names the story's actors; one that names a
 * new one beside them and is told in other reports' words shares their thread, and stays.
 */
export function newActors(threads: readonly Pick<StoryState, 'members' | 'cross'>[], idOf: (code: number) => number | undefined): Set<string> {
  const out = new Set<string>();
  if (threads.length < 2) return out;
  threads.forEach((t, i) => {
    const m = t.members[0];
    if (t.members.length !== 1 || m.published || !m.people) return;
    const elsewhere = (code: number) => {
      const id = idOf(code);
      return id !== undefined && threads.some((o, j) => j !== i && (o.cross.get(id) ?? 0) > 0);
    };
    if (m.people.some((name) => !name.some(elsewhere))) out.add(m.id);
  });
  return out;
}

/**
 * A story of members taken out of their story: one member, or the reports of a later event kept
 * together (laterReports), in one thread. Its id is the one its first article would found a thread
 * with, longer when a story kept (which that article founded) holds that id.
 */
export function ownStory(parts: readonly { m: Member; thread: Pick<StoryState, 'id' | 'lead'> }[], taken: ReadonlySet<string>, surface: (key: number) => string | undefined): Story {
  const { m, thread } = parts[0];
  const short = `story-${m.id.slice(0, 12)}`;
  const id = taken.has(short) ? `story-${m.id.slice(0, 16)}` : short;
  const title = parts.find((p) => p.m.title)?.m.title || (thread.id === short ? thread.lead : '');
  const articles = parts.map((p) => p.m.id);
  const dates = parts.map((p) => p.m.published).filter((d): d is IsoDate => d !== null).sort();
  const span: [IsoDate | null, IsoDate | null] = dates.length > 0 ? [dates[0], dates[dates.length - 1]] : [null, null];
  const keys = [...new Set(parts.flatMap((p) => p.m.keys ?? []))];
  const names = keys.map(surface).filter((n): n is string => n !== undefined && !/^\d/.test(n)).slice(0, 8);
  return {
    id,
    title,
    articles,
    span,
    outlets: [...new Set(parts.map((p) => p.m.outlet).filter((o): o is string => !!o))].sort(),
    entities: names,
    threads: [{ id, title, articles, span }],
    why: parts.map((p) => ({ article: p.m.id, thread: id, names: [], numbers: [], date: p.m.published, copies: [] })),
  };
}
