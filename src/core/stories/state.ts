// The story index's data: its options, each story's working state, and the persisted form.
import type { IsoDate } from '../types.js';
import { Centroid } from './centroid.js';
import type { OwnTime, YearSpan } from './yearless.js';

export interface StoryIndexOptions {
  /** Minimum time-discounted cosine for an article to join a story. */
  threshold: number;
  /** Days outside a story's span before the time discount starts. */
  graceDays: number;
  /** Scale (days) of the exponential time discount beyond the grace period. */
  decayDays: number;
}

export interface Member {
  id: string;
  published: IsoDate | null;
  outlet: string | null;
  /** Its most specific cross-language keys (feature ids), to say why it is in its story. */
  keys?: number[];
  /** What an undated member's text says of when its events happened (of a dated one: that it counts time since an event), and its headline (see peel.ts). */
  own?: OwnTime;
  /** Undated members only: the people its opening sentence names in full, as cross-key codes per name (see lead-people.ts). */
  people?: number[][];
  title?: string | null;
}

export interface StoryState {
  /** Founding order, kept across reloads: the key of the thread's stored row. */
  seq: number;
  id: string;
  centroid: Centroid;
  members: Member[];
  first: IsoDate | null;
  last: IsoDate | null;
  /** Day-number range used for the time discount: publication dates, or for undated members the period their text points to. */
  time: [number, number] | null;
  /** Days of the year of the dated members' events, and those the undated members' events fall on or after (see yearless.ts). */
  days: YearSpan | null;
  after: YearSpan | null;
  /** The first headline among the members, or '' until one arrives. */
  title: string;
  /** Opening sentence of the founding article: the title when no member has a headline. */
  lead: string;
  /** Cross-language key (feature id) -> number of members carrying it: the thread's evidence for consolidation. */
  cross: Map<number, number>;
  /** Language -> number of members written in it. */
  languages: Map<string, number>;
  /** Set when the story was folded into another one. */
  mergedInto: number | null;
}

/**
 * One live thread as plain data: a row of the stored index. The centroid and the cross-language
 * counts as parallel arrays (feature ids, and their weights or counts): a third of the size of
 * [id, value] pairs, in JSON and in memory.
 */
export type ThreadState = Omit<StoryState, 'centroid' | 'mergedInto' | 'cross' | 'languages'> & {
  centroid: { ids: number[]; weights: number[] };
  cross: { ids: number[]; counts: number[] };
  languages: [string, number][];
};

/**
 * Everything of the index but its threads: options, vocabulary, calibration and where placement
 * stands. Grows with the vocabulary, not with the articles; stored beside the threads' rows.
 */
export interface StoryIndexHead {
  version: number;
  options: StoryIndexOptions;
  /** Feature codes, by dense id. */
  features: number[];
  df: number[];
  /** Per feature id: a bit for each language its cross-language key was seen in, the bits in `languages` order. */
  keyLanguages: number[];
  /** Per feature id: 1 when its cross-language key names a person or states a figure in some article. */
  keyNamed: number[];
  languages: string[];
  articles: number;
  surfaces: [number, string][];
  /**
   * Per consonant skeleton (code): [skeleton, 1 when an article of a caseless script carried it
   * (else 0), ...the ids of the name keys with it] (see vocabulary.ts; absent before it existed).
   */
  skeletons?: number[][];
  /** Histogram bins of third-best candidate scores (absent in states written before it existed). */
  runnerUps?: number[];
  /** The article placed last, in placement order. */
  last: { id: string; published: IsoDate | null } | null;
  /** The `seq` the next thread founded gets. */
  next: number;
}

/** What `toJSON` returns: the head, every live thread in founding order, and the postings. */
export interface StoryIndexState extends StoryIndexHead {
  stories: ThreadState[];
  postings: PostingRow[];
}

/** A thread's stored row: its state, or null once it was folded into another thread. */
export interface ThreadRow {
  seq: number;
  thread: ThreadState | null;
}

/**
 * A feature's posting list as placement reads it: the threads (by seq; -1 for one folded away
 * since) it was posted to, oldest first, the last POSTING_SCAN only (nothing earlier is read).
 * Stored as it is, not derived from the centroids: a list keeps features a centroid has pruned
 * since, and its order is the order of posting, both of which decide the candidates.
 */
export interface PostingRow {
  feature: number;
  stories: number[];
}

/**
 * A thread kept out of the heap (see resident.ts): what placement needs of it without its words,
 * its id and its time, which say whether it could still take an article. Its row holds the rest.
 */
export interface ThreadShell {
  shell: true;
  seq: number;
  id: string;
  time: [number, number] | null;
  days: YearSpan | null;
  after: YearSpan | null;
  mergedInto: null;
}

/** A stored thread to restore out of the heap: its shell's fields and its members' ids. */
export type ShelvedThread = Omit<ThreadShell, 'mergedInto'> & { articles: string[] };

/** A thread's place in the index: in the heap, or a shell whose state is in its row. */
export type ThreadSlot = StoryState | ThreadShell;

export const isShell = (t: ThreadSlot): t is ThreadShell => 'shell' in t;

export function shellOf(t: Pick<ThreadState, 'seq' | 'id' | 'time' | 'days' | 'after'>): ThreadShell {
  return { shell: true, seq: t.seq, id: t.id, time: t.time, days: t.days, after: t.after, mergedInto: null };
}

/** A thread's working state from its row. */
export function storyState(s: ThreadState): StoryState {
  const cross = new Map(s.cross.ids.map((id, k) => [id, s.cross.counts[k]]));
  return { ...s, centroid: Centroid.from(s.centroid.ids, s.centroid.weights), cross, languages: new Map(s.languages), mergedInto: null };
}

/** Adds each count of `from` to `into` (a thread's key or language counts as threads join). */
export function addCounts<K>(into: Map<K, number>, from: Map<K, number>): Map<K, number> {
  for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
  return into;
}

/** A live thread as plain data (a copy: the thread goes on changing). */
export function threadState(s: StoryState): ThreadState {
  return {
    seq: s.seq,
    id: s.id,
    centroid: { ids: [...s.centroid.ids], weights: [...s.centroid.weights] },
    members: [...s.members],
    first: s.first,
    last: s.last,
    time: s.time,
    days: s.days,
    after: s.after,
    title: s.title,
    lead: s.lead,
    cross: { ids: [...s.cross.keys()], counts: [...s.cross.values()] },
    languages: [...s.languages],
  };
}

/** Rows of the index to store: threads by seq, posting lists by feature. */
export interface IndexRows {
  threads: Iterable<ThreadRow>;
  postings: Iterable<PostingRow>;
}

export function* postingRows(changed: Iterable<[number, number[]]>): Iterable<PostingRow> {
  for (const [feature, stories] of changed) yield { feature, stories };
}
