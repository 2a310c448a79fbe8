// Incremental story clustering. Each story keeps a centroid (sum of its members' unit TF-IDF
// vectors); a new article is scored against the stories that share its strongest features (found
// through an inverted index, so cost does not grow with the number of stories) and joins the best
// one above a threshold, or founds a new story. Nothing already placed is ever moved, so story ids
// (derived from the founding article) stay stable as the corpus grows.
import type { Article, ArticleExtraction, IsoDate, Story } from '../types.js';
import { evidencePeriod } from './evidence-date.js';
import { extractFeatures, isNameFeature } from './features.js';

export interface StoryIndexOptions {
  /** Minimum time-discounted cosine for an article to join a story. */
  threshold: number;
  /** Days outside a story's span before the time discount starts. */
  graceDays: number;
  /** Scale (days) of the exponential time discount beyond the grace period. */
  decayDays: number;
}

export const DEFAULT_OPTIONS: StoryIndexOptions = { threshold: 0.25, graceDays: 3, decayDays: 5 };

// Caps that keep memory and time per article bounded at 100k articles.
const DOC_TERMS = 150;
const QUERY_TERMS = 25;
const POSTING_SCAN = 400;
const CANDIDATES = 24;
const CENTROID_MAX = 400;
const CENTROID_KEEP = 250;
// Names are what set one story apart from another on the same beat.
const NAME_WEIGHT = 1.25;
// IDF with a prior of this many background documents in which every word is rare: a small corpus
// cannot tell general words from specific ones, so until it grows, words count about equally.
const IDF_PRIOR = 20;

function idf(n: number, df: number): number {
  return Math.log((n + 1 + IDF_PRIOR) / (df + 0.01 * IDF_PRIOR));
}

interface Member {
  id: string;
  published: IsoDate | null;
  outlet: string | null;
}

interface StoryState {
  id: string;
  centroid: Map<number, number>;
  normSq: number;
  members: Member[];
  first: IsoDate | null;
  last: IsoDate | null;
  /** Day-number range used for the time discount: publication dates, or for undated members the period their text points to. */
  time: [number, number] | null;
  /** The first headline among the members, or '' until one arrives. */
  title: string;
  /** Opening sentence of the founding article: the title when no member has a headline. */
  lead: string;
}

/** What `toJSON` returns: plain data the store can persist. */
export interface StoryIndexState {
  version: 1;
  options: StoryIndexOptions;
  features: string[];
  df: number[];
  articles: number;
  surfaces: [number, string][];
  stories: {
    id: string;
    centroid: [number, number][];
    members: Member[];
    first: IsoDate | null;
    last: IsoDate | null;
    time: [number, number] | null;
    title: string;
    lead: string;
  }[];
}

export class StoryIndex {
  private readonly options: StoryIndexOptions;
  private readonly featureIds = new Map<string, number>();
  private readonly features: string[] = [];
  private readonly df: number[] = [];
  private articles = 0;
  private readonly surfaces = new Map<number, string>();
  private readonly storyList: StoryState[] = [];
  private readonly postings = new Map<number, number[]>();
  private readonly placed = new Map<string, number>();

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  /** Places the article in a story (an existing one or a new one) and returns the story id. */
  assign(article: Article, extraction?: ArticleExtraction): string {
    const known = this.placed.get(article.id);
    if (known !== undefined) return this.storyList[known].id;

    const vector = this.vectorise(article, extraction);
    const time = articleTime(article);
    const best = this.bestStory(vector, time);
    let index: number;
    if (best && best.score >= this.options.threshold) {
      index = best.index;
    } else {
      index = this.storyList.length;
      this.storyList.push({
        id: `story-${article.id.slice(0, 12)}`,
        centroid: new Map(),
        normSq: 0,
        members: [],
        first: null,
        last: null,
        time: null,
        title: '',
        lead: leadOf(article),
      });
    }
    this.addToStory(index, vector, article, time);
    this.placed.set(article.id, index);
    return this.storyList[index].id;
  }

  stories(): Story[] {
    return this.storyList.map((s) => ({
      id: s.id,
      title: s.title || s.lead,
      articles: s.members.map((m) => m.id),
      span: [s.first, s.last],
      outlets: [...new Set(s.members.map((m) => m.outlet).filter((o): o is string => !!o))].sort(),
      entities: this.keyEntities(s),
    }));
  }

  toJSON(): StoryIndexState {
    return {
      version: 1,
      options: this.options,
      features: this.features,
      df: this.df,
      articles: this.articles,
      surfaces: [...this.surfaces],
      stories: this.storyList.map((s) => ({
        id: s.id,
        centroid: [...s.centroid],
        members: s.members,
        first: s.first,
        last: s.last,
        time: s.time,
        title: s.title,
        lead: s.lead,
      })),
    };
  }

  static fromJSON(state: StoryIndexState): StoryIndex {
    if (state.version !== 1) throw new Error(`unsupported story index state version ${state.version}`);
    const index = new StoryIndex(state.options);
    state.features.forEach((f, i) => {
      index.featureIds.set(f, i);
      index.features.push(f);
      index.df.push(state.df[i]);
    });
    index.articles = state.articles;
    for (const [f, s] of state.surfaces) index.surfaces.set(f, s);
    state.stories.forEach((s, i) => {
      const centroid = new Map(s.centroid);
      let normSq = 0;
      for (const [f, w] of centroid) {
        normSq += w * w;
        index.post(f, i);
      }
      index.storyList.push({ id: s.id, centroid, normSq, members: s.members, first: s.first, last: s.last, time: s.time, title: s.title, lead: s.lead });
      for (const m of s.members) index.placed.set(m.id, i);
    });
    return index;
  }

  private featureId(f: string): number {
    let id = this.featureIds.get(f);
    if (id === undefined) {
      id = this.features.length;
      this.featureIds.set(f, id);
      this.features.push(f);
      this.df.push(0);
    }
    return id;
  }

  /** Unit TF-IDF vector over the article's strongest features, sorted by weight descending. */
  private vectorise(article: Article, extraction?: ArticleExtraction): [number, number][] {
    const { counts, surfaces } = extractFeatures(article, extraction);
    this.articles += 1;
    const n = this.articles;
    const weighted: [number, number][] = [];
    for (const [f, tf] of counts) {
      const id = this.featureId(f);
      this.df[id] += 1;
      const s = surfaces.get(f);
      if (s !== undefined && !this.surfaces.has(id)) this.surfaces.set(id, s);
      weighted.push([id, (1 + Math.log(tf)) * idf(n, this.df[id]) * (isNameFeature(f) ? NAME_WEIGHT : 1)]);
    }
    weighted.sort((a, b) => b[1] - a[1]);
    const top = weighted.slice(0, DOC_TERMS);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    return top.map(([id, w]) => [id, w / norm]);
  }

  private bestStory(vector: [number, number][], time: [number, number] | null): { index: number; score: number } | null {
    const overlap = new Map<number, number>();
    for (const [f, w] of vector.slice(0, QUERY_TERMS)) {
      const list = this.postings.get(f);
      if (!list) continue;
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < POSTING_SCAN; i--, seen++) {
        overlap.set(list[i], (overlap.get(list[i]) ?? 0) + w);
      }
    }
    const candidates = [...overlap].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    let best: { index: number; score: number } | null = null;
    for (const [index] of candidates) {
      const story = this.storyList[index];
      let dot = 0;
      for (const [f, w] of vector) dot += w * (story.centroid.get(f) ?? 0);
      const score = (dot / Math.sqrt(story.normSq)) * this.timeFactor(story, time);
      if (!best || score > best.score) best = { index, score };
    }
    return best;
  }

  private timeFactor(story: StoryState, time: [number, number] | null): number {
    if (!time || !story.time) return 1;
    const gap = Math.max(0, story.time[0] - time[1], time[0] - story.time[1]);
    const { graceDays, decayDays } = this.options;
    return gap <= graceDays ? 1 : Math.exp(-(gap - graceDays) / decayDays);
  }

  private addToStory(index: number, vector: [number, number][], article: Article, time: [number, number] | null): void {
    const story = this.storyList[index];
    for (const [f, w] of vector) {
      const old = story.centroid.get(f);
      if (old === undefined) this.post(f, index);
      story.centroid.set(f, (old ?? 0) + w);
    }
    if (story.centroid.size > CENTROID_MAX) {
      const kept = [...story.centroid].sort((a, b) => b[1] - a[1]).slice(0, CENTROID_KEEP);
      story.centroid = new Map(kept);
    }
    let normSq = 0;
    for (const w of story.centroid.values()) normSq += w * w;
    story.normSq = normSq;
    story.members.push({ id: article.id, published: article.published, outlet: article.outlet });
    const day = article.published?.slice(0, 10) ?? null;
    if (day) {
      if (!story.first || day < story.first) story.first = day;
      if (!story.last || day > story.last) story.last = day;
    }
    if (time) story.time = story.time ? [Math.min(story.time[0], time[0]), Math.max(story.time[1], time[1])] : time;
    if (!story.title && article.headline) story.title = article.headline;
  }

  private post(feature: number, story: number): void {
    const list = this.postings.get(feature);
    if (list) list.push(story);
    else this.postings.set(feature, [story]);
  }

  /** The story's most central names, as first written. */
  private keyEntities(story: StoryState): string[] {
    const names: [string, number][] = [];
    const n = this.articles;
    for (const [f, w] of story.centroid) {
      const surface = this.surfaces.get(f);
      if (surface === undefined || !isNameFeature(this.features[f])) continue;
      names.push([surface, w * idf(n, this.df[f])]);
    }
    names.sort((a, b) => b[1] - a[1]);
    const out: string[] = [];
    for (const [surface] of names) {
      if (!out.some((o) => o.toLowerCase() === surface.toLowerCase())) out.push(surface);
      if (out.length === 8) break;
    }
    return out;
  }
}

function leadOf(article: Article): string {
  const first = article.body.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? '';
  return first.length > 120 ? `${first.slice(0, 117).trimEnd()}…` : first;
}

/** When the article's events happened, in day numbers: its date, else the period its text points to. */
function articleTime(article: Article): [number, number] | null {
  if (article.published) {
    const day = dayNumber(article.published);
    return [day, day];
  }
  const evidence = evidencePeriod(article.body);
  if (!evidence) return null;
  const [from, to] = evidence.period;
  const end = new Date(Date.parse(`${to}-01T00:00:00Z`));
  end.setUTCMonth(end.getUTCMonth() + 1);
  return [dayNumber(`${from}-01`), Math.floor(end.getTime() / 86_400_000) - 1];
}

function dayNumber(date: IsoDate): number {
  return Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / 86_400_000);
}

/** Stories for a whole batch: a StoryIndex fed by publication date (undated last), then id. */
export function clusterStories(
  articles: Article[],
  extractions: ArticleExtraction[] = [],
  options: Partial<StoryIndexOptions> = {},
): Story[] {
  const byArticle = new Map(extractions.map((e) => [e.article, e]));
  const ordered = [...articles].sort(
    (a, b) =>
      (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
      (a.published ?? '').localeCompare(b.published ?? '') ||
      a.id.localeCompare(b.id),
  );
  const index = new StoryIndex(options);
  for (const a of ordered) index.assign(a, byArticle.get(a.id));
  return index.stories();
}
