// The story index's data: its options, each story's working state, and the persisted form.
import type { IsoDate } from '../types.js';
import type { Centroid } from './centroid.js';
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
  /** Undated members only: what its text says of when its events happened, and its headline (see peel.ts). */
  own?: OwnTime;
  title?: string | null;
}

export interface StoryState {
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

/** What `toJSON` returns: plain data the store can persist. */
export interface StoryIndexState {
  version: number;
  options: StoryIndexOptions;
  /** Feature codes, by dense id. */
  features: number[];
  df: number[];
  /** Per feature id: a bit for each language its cross-language key was seen in, the bits in `languages` order. */
  keyLanguages: number[];
  languages: string[];
  articles: number;
  surfaces: [number, string][];
  /** Histogram bins of third-best candidate scores (absent in states written before it existed). */
  runnerUps?: number[];
  /** The article placed last, in placement order. */
  last: { id: string; published: IsoDate | null } | null;
  /** Live stories as working state, with the centroid as [feature id, weight] entries. */
  stories: (Omit<StoryState, 'centroid' | 'mergedInto' | 'cross' | 'languages'> & {
    centroid: [number, number][];
    cross: [number, number][];
    languages: [string, number][];
  })[];
}

