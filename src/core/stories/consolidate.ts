// From threads to stories. The incremental index groups articles that say the same thing in the
// same words: one move of a news event in one language (a thread). A story is the whole event over
// its life and across languages, so threads are joined on evidence that survives translation and
// rewording (the names and numbers they share, see cross.ts), close enough in time: a news cycle
// runs days to weeks, and the same people weeks or months later are another story.
//
// The result depends only on the threads given, not on the order they were built in: pairs are
// scored independently and joined by connected components.
import { DisjointSets } from '../disjoint-sets.js';
import { datedTime } from './article-time.js';
import { Closest, WordCosines } from './cosines.js';
import { LOAD_CHUNK, PairList, sweepOrder, visitPairs, type EvidenceNeed } from './pairs.js';
import { joinYearSpans, timeFactor as timeDiscount, type When, type YearSpan } from './yearless.js';

export type { EvidenceNeed } from './pairs.js';

/** What consolidation needs of one thread. */
export interface ThreadEvidence {
  /** Number of member articles. */
  size: number;
  /** Day-number range of the members' events: the dated members' days, else what the undated members' texts point to, or null. */
  time: [number, number] | null;
  /** Whether a member is dated (absent: as when `time` is null). */
  dated?: boolean;
  /** Days of the year of the dated members' events, and those the undated members' events fall on or after (see yearless.ts). */
  days: YearSpan | null;
  after: YearSpan | null;
  /** Cross-language key (dense feature id) -> number of members carrying it. */
  cross: Map<number, number>;
  /** The language most members are written in, or null. */
  language: string | null;
  /** The thread's within-language vector (sum of its members' unit vectors), and its squared norm. */
  centroid: { ids: number[]; weights: number[]; normSq: number };
}

export interface ConsolidateOptions {
  /** Days between two threads before the time discount starts. */
  graceDays: number;
  /** Scale (days) of the exponential time discount beyond the grace period. */
  decayDays: number;
}

export const CONSOLIDATE_OPTIONS: ConsolidateOptions = { graceDays: 7, decayDays: 7 };

// Bars a pair of threads must clear (before the time discount): the cosine of their word vectors
// when both are in one language, the specificity-weighted cosine of their cross-language evidence
// when they are not.
const WORD_BAR = 0.45;
const CROSS_BAR = 0.2;
// Two reports of one event on one day can tell it in different words ("power station" and
// "electricity plant"): the same day, a name specific to the two and being each other's closest
// thread let a lower word bar do.
const SAME_DAY_WORD_BAR = 0.14;
const MIN_KEYS = 2;
const SMALL_KEYS = 4;
// A place or an organisation is where and by whom many events happen, and a city's name is spelt
// alike in some languages and not in others (a rare shared spelling looks specific): such a key
// counts across languages for at most this share of the bar. The people of an event and its
// figures count in full.
const KEY_CAP = CROSS_BAR / 2;
// A thread's evidence is its strongest keys: those most of its members carry and few other
// articles do.
const PROFILE_KEYS = 30;
// A key carried by this share of all articles (or more) ties nothing together. In a corpus of a
// few events, an event's country is in a third of the reports (at 0.3, "Thailand" met "Tailandia"
// and so stopped counting).
const COMMON_SHARE = 0.4;
const COMMON_MIN = 8;

/** Articles carrying a key from which on it ties nothing together (of `articles` in the corpus). */
export const commonBar = (articles: number): number => Math.max(COMMON_MIN, articles * COMMON_SHARE);
// Keys a thread scans when looking for partners, and partners scanned per key.
const QUERY_KEYS = 12;
const POSTING_SCAN = 400;
// A key carried by up to this many times as many articles as the two threads hold is specific to them.
// An event reported once per language is a story of single-article threads whose shared names
// every report carries: at twice, two such threads of a six-language event counted a third of
// each (held-out sets of mostly undated reports split, recall 0.46-0.75, precision 0.82-0.98); at
// three, two reports of an event fifteen reports of a fifty-article corpus tell still counted half.
const SPECIFIC = 8;
// Below the bar times this, a pair's time discount leaves no evidence enough (the margin covers rounding).
const TIME_SLACK = 0.98;

interface Profile {
  /** The keys to find candidate partners by: the strongest, and the strongest seen in more than one language. */
  ids: number[];
  /** The strongest keys seen in more than one language, as a unit vector: the evidence across languages. */
  cross: Map<number, number>;
}

/** What consolidation needs of the whole corpus. */
export interface KeyStats {
  /** Per key: the number of articles carrying it. */
  df: ArrayLike<number>;
  /** Number of articles. */
  articles: number;
  /** Per key: a bit for each language it was seen in. */
  languages: ArrayLike<number>;
  /** Per key: 1 when it names a person or states a figure, 2 for a number under a hundred, else 0 (absent: every key counts in full). */
  named?: ArrayLike<number>;
}

/**
 * Groups threads into stories. Returns, for each thread, the index of its group's representative
 * (the lowest thread index in the group).
 */
export function consolidate(threads: ThreadEvidence[], stats: KeyStats, options: ConsolidateOptions = CONSOLIDATE_OPTIONS): number[] {
  // Every thread is at hand: the requests for evidence need no answer.
  const run = consolidating(threads, (i) => threads[i], stats, options);
  for (let step = run.next(); ; step = run.next()) if (step.done) return step.value;
}

/**
 * `consolidate` over threads not all at hand: `times` gives each thread's time (always at hand),
 * `evidence` the rest of a thread that the last request asked for and has not released. It asks
 * for `chunk` threads at a time (see EvidenceNeed), so a driver can hold only those: pairs are
 * scored in time order (pairs.ts) and a thread is let go after its last pair. Same result as `consolidate`.
 */
export function* consolidating(times: readonly When[], evidence: (i: number) => ThreadEvidence, stats: KeyStats, options: ConsolidateOptions = CONSOLIDATE_OPTIONS, chunk = LOAD_CHUNK): Generator<EvidenceNeed, number[], void> {
  const { df, named } = stats;
  const n = times.length;
  // What scoring needs of every thread: its profile, size, language and whether a member is dated (a few dozen numbers).
  const profiles: Profile[] = new Array(n);
  const sizes = new Int32Array(n);
  const languages: (string | null)[] = new Array(n);
  const dated: boolean[] = new Array(n);
  for (let from = 0; from < n; from += chunk) {
    const some = Array.from({ length: Math.min(chunk, n - from) }, (_, k) => from + k);
    yield { load: some, release: [] };
    for (const i of some) {
      const t = evidence(i);
      profiles[i] = profile(t, stats);
      sizes[i] = t.size;
      languages[i] = t.language;
      dated[i] = t.dated ?? false;
    }
    yield { load: [], release: some };
  }
  const postings = new Map<number, number[]>();
  profiles.forEach((p, i) => {
    for (let q = 0; q < p.ids.length; q++) {
      if (df[p.ids[q]] < 2) continue;
      const list = postings.get(p.ids[q]);
      if (list) list.push(i);
      else postings.set(p.ids[q], [i]);
    }
  });
  // Candidate pairs, scored independently of each other: a thread's candidates are the earlier
  // threads met through the postings of its query keys (each list scanned from its end, so the
  // same candidates whatever the corpus holds beyond), each once. They are listed here for the
  // closest-thread test; scoring takes them from `nearPairs`, which lists the same pairs less those
  // too far apart in time to score.
  const met = new Int32Array(n).fill(-1);
  const candidates = (i: number, visit: (j: number) => void): void => {
    const p = profiles[i];
    for (let q = 0; q < p.ids.length; q++) {
      const list = postings.get(p.ids[q]);
      if (!list) continue;
      for (let s = list.length - 1, c = 0; s >= 0 && c < POSTING_SCAN; s--, c++) {
        const j = list[s];
        if (j >= i || met[j] === i) continue;
        met[j] = i;
        visit(j);
      }
    }
  };
  // The names and numbers two threads share, over the bar (before the time discount).
  const keyScore = (i: number, j: number): number => {
    const together = sizes[i] + sizes[j];
    const mine = profiles[i].cross;
    let dot = 0;
    let keys = 0;
    let personOrFigure = 0;
    for (const [id, v] of profiles[j].cross) {
      const w = mine.get(id);
      if (w === undefined) continue;
      const part = w * v * Math.min(1, (SPECIFIC * together) / df[id]);
      dot += named && named[id] === 0 ? Math.min(KEY_CAP, part) : part;
      keys++;
      if (!named || named[id] === 1) personOrFigure++;
    }
    // One name or number in common is a coincidence as often as a link (a capital, a country, a
    // round figure): it takes at least two, and one a person's name or a figure of a hundred or
    // more (two reports of different events share a day of the month, a small count and a
    // country as often as not) unless they share SMALL_KEYS keys (a toll, its day, an age, an hour).
    return keys >= MIN_KEYS && (personOrFigure > 0 || keys >= SMALL_KEYS) ? dot / CROSS_BAR : 0;
  };
  const sameLanguage = (i: number, j: number) => languages[i] !== null && languages[i] === languages[j];
  const words = new WordCosines(evidence, df.length);
  const pairs: [number, number, number][] = [];
  const sameDay: [number, number, number][] = [];
  // Pairs in one language whose time leaves a score possible are scored on their words, which
  // only the threads' full evidence has: listed here, scored below a window of threads at a time.
  const onWords = new PairList();
  for (const key of nearPairs(times, postings, options)) {
    const i = Math.floor(key / n);
    const j = key - i * n;
    const time = timeFactor(times[i], times[j], options);
    // Words count within a language, names and numbers across: two threads in one language
    // are joined on their words (the index kept them apart article by article, but their
    // centroids can still meet), two in different languages on the names and numbers they share.
    if (sameLanguage(i, j)) {
      // A cosine is at most 1: too far apart in time, no cosine can reach the bar (and two
      // reports of one day are never that far apart), so none is computed.
      if (time >= WORD_BAR * TIME_SLACK) onWords.push(i, j);
      continue;
    }
    // A key counts in full only when it is about as specific to these two threads as it can be:
    // one that many other articles carry as well (a beat's recurring names) counts for less.
    // The dot of two unit vectors is at most 1: too far apart in time, it cannot reach the bar.
    if (time < CROSS_BAR * TIME_SLACK) continue;
    const score = keyScore(i, j) * time;
    if (score >= 1) pairs.push([score, j, i]);
  }
  const position = sweepOrder(times);
  yield* visitPairs(onWords, position, chunk, (i, j) => {
    const time = timeFactor(times[i], times[j], options);
    const cosine = words.cosine(i, j);
    const score = (cosine / WORD_BAR) * time;
    if (score >= 1) pairs.push([score, j, i]);
    // In other words, the names and numbers two threads share join them as across languages,
    // when both say when their events happened and it is the same days: a report's own stated
    // date is evidence about its event that shared people alone are not.
    else if (time === 1 && timed(times[i]) && timed(times[j]) && keyScore(i, j) >= 1) pairs.push([keyScore(i, j), j, i]);
    else if (cosine >= SAME_DAY_WORD_BAR && sameDayPlace(evidence(i), evidence(j), df)) sameDay.push([cosine / SAME_DAY_WORD_BAR, j, i]);
  });
  // Same-day pairs below the word bar join only as each other's closest thread in words: two
  // reports of one event are, two same-day events in one city are not more than the closest pair.
  // Only threads that found no partner otherwise: a pair of reports, never a bridge between groups.
  const paired = new Set(pairs.flatMap(([, j, i]) => [i, j]));
  const single = sameDay.filter(([, j, i]) => !paired.has(i) && !paired.has(j));
  if (single.length > 0) {
    // The closest thread in words of each thread of such a pair, among all its candidates in its language.
    const wanted = new Set(single.flatMap(([, j, i]) => [i, j]));
    const closest = new Closest(n);
    const near = new PairList();
    for (let i = 0; i < n; i++) {
      candidates(i, (j) => {
        if ((!wanted.has(i) && !wanted.has(j)) || !sameLanguage(i, j)) return;
        near.push(i, j);
      });
    }
    yield* visitPairs(near, position, chunk, (i, j) => {
      const cosine = words.cosine(i, j);
      closest.offer(i, j, cosine);
      closest.offer(j, i, cosine);
    });
    for (const pair of single) {
      const [, j, i] = pair;
      if (closest.of(i) === j && closest.of(j) === i) pairs.push(pair);
    }
  }
  // Strongest pairs first. Two groups join only if the pair still holds against the groups' whole
  // time spans: an undated thread that matches two events months apart joins the closer one and
  // does not chain the two together.
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const sets = new DisjointSets(n);
  const time: When[] = times.map((t) => ({ time: t.time, days: t.days, after: t.after }));
  for (const [score, j, i] of pairs) {
    const a = sets.find(i);
    const b = sets.find(j);
    if (a === b) continue;
    const pairTime = timeFactor(times[i], times[j], options) || 1e-9;
    const groupTime = timeFactor(time[a], time[b], options);
    if ((score / pairTime) * groupTime < 1) continue;
    const keep = sets.union(a, b);
    const gone = keep === a ? b : a;
    const eitherDated = dated[keep] || dated[gone];
    // A group's time is its dated members' span when it has any (see datedTime).
    time[keep] = { time: datedTime(time[keep].time, dated[keep], time[gone].time, dated[gone]), days: joinYearSpans(time[keep].days, time[gone].days), after: joinYearSpans(time[keep].after, time[gone].after) };
    dated[keep] = eitherDated;
  }
  // Unions always keep the lower root, so each group's root is its lowest index.
  return Array.from({ length: n }, (_, i) => sets.find(i));
}

/**
 * The candidate pairs (i > j, as i * threads + j, ascending) whose time leaves a match possible.
 * Thread i meets thread j when both are among the last `POSTING_SCAN` threads of one key's postings
 * (the threads of a list ascend, so a thread scanning a list from its end meets only those of its
 * window, and of them the earlier ones). Within a window, dated threads are swept in order of their
 * first day: a pair more days apart than any time discount leaves a score for is never listed.
 * Threads without a dated time meet all of their window.
 */
function nearPairs(threads: readonly When[], postings: Map<number, number[]>, options: ConsolidateOptions): Float64Array {
  const n = threads.length;
  // Beyond this many days apart, the time discount is below the lowest bar (plus a day for rounding).
  const farDays = options.graceDays + options.decayDays * Math.log(1 / (Math.min(WORD_BAR, CROSS_BAR) * TIME_SLACK)) + 1;
  const dated = threads.map((t) => t.time !== null && Number.isFinite(t.time[0]) && Number.isFinite(t.time[1]));
  const found = new Set<number>();
  const add = (a: number, b: number) => found.add(a > b ? a * n + b : b * n + a);
  const timed: number[] = [];
  const untimed: number[] = [];
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    timed.length = 0;
    untimed.length = 0;
    for (let s = Math.max(0, list.length - POSTING_SCAN); s < list.length; s++) (dated[list[s]] ? timed : untimed).push(list[s]);
    for (let x = 0; x < untimed.length; x++) {
      for (let y = x + 1; y < untimed.length; y++) add(untimed[x], untimed[y]);
      for (const t of timed) add(untimed[x], t);
    }
    timed.sort((a, b) => threads[a].time![0] - threads[b].time![0]);
    for (let x = 0; x < timed.length; x++) {
      const until = threads[timed[x]].time![1] + farDays;
      for (let y = x + 1; y < timed.length && threads[timed[y]].time![0] <= until; y++) add(timed[x], timed[y]);
    }
  }
  return Float64Array.from(found).sort();
}

/** Whether the thread says when its events happened: a dated member, or a date its undated members' texts state. */
function timed(t: When): boolean {
  return t.time !== null || t.days !== null || t.after !== null;
}

/** Whether both threads are reports of one day (or two days running) and share a key at most one other article carries. */
function sameDayPlace(a: ThreadEvidence, b: ThreadEvidence, df: ArrayLike<number>): boolean {
  if (!a.time || !b.time) return false;
  if (Math.max(a.time[1], b.time[1]) - Math.min(a.time[0], b.time[0]) > 1) return false;
  const [small, large] = a.cross.size <= b.cross.size ? [a, b] : [b, a];
  const together = a.size + b.size;
  // Carried by the two and at most one other article.
  for (const id of small.cross.keys()) if (large.cross.has(id) && df[id] <= together + 1) return true;
  return false;
}

function profile(t: ThreadEvidence, { df, articles, languages }: KeyStats): Profile {
  const common = commonBar(articles);
  const ids: number[] = [];
  const weights: number[] = [];
  for (const [id, count] of t.cross) {
    const d = df[id];
    // A key no other article carries can match nothing; left in, it would only dilute the rest.
    if (d >= common || d < 2) continue;
    ids.push(id);
    weights.push((count / t.size) * Math.log((articles + 1) / d));
  }
  const order = ids.map((_, k) => k).sort((a, b) => weights[b] - weights[a] || ids[a] - ids[b]);
  const top = order.slice(0, PROFILE_KEYS);
  // Across languages only keys that have met themselves in another language count: a capitalised
  // word seen in one language only (a German noun, a title) cannot show that two languages report
  // one event, and left in it would dilute the names and numbers that can.
  const multilingual = order.filter((k) => (languages[ids[k]] & (languages[ids[k]] - 1)) !== 0).slice(0, PROFILE_KEYS);
  const query = [...new Set([...top.slice(0, QUERY_KEYS), ...multilingual.slice(0, QUERY_KEYS)])];
  return { ids: query.map((k) => ids[k]), cross: new Map(unit(multilingual.map((k) => weights[k])).map((w, n) => [ids[multilingual[n]], w])) };
}

function unit(weights: number[]): number[] {
  const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
  return weights.map((w) => w / norm);
}

function timeFactor(a: When, b: When, options: ConsolidateOptions): number {
  // The grace period already allows for a stated date that is a near deadline ("held until 14
  // April"): the days an undated thread's events fall in start at its latest stated date.
  return timeDiscount(a, b, options.graceDays, options.decayDays, 0);
}
