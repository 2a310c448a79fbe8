// Incremental story clustering. Each story keeps a centroid (sum of its members' unit TF-IDF
// vectors); a new article is scored against the stories that share its strongest features (found
// through an inverted index, so cost does not grow with the number of stories) and joins the best
// one above a threshold, or founds a new story. Nothing already placed is ever moved, so story ids
// (derived from the founding article) stay stable as the corpus grows.
import type { Article, ArticleExtraction, Story } from '../types.js';
import { byDateThenId, datedTime, maxDate, minDate } from './article-time.js';
import { assembleStories } from './assemble.js';
import { highest, type Sparse } from './centroid.js';
import { STORY_STATE_VERSION } from './persist.js';
import { ResidentIndex, type ThreadSource } from './resident.js';
import { addCounts, isShell, type Member, type PostingRow, type ShelvedThread, type StoryIndexHead, type StoryIndexOptions, type StoryIndexState, type ThreadState } from './state.js';

export type { ThreadSource } from './resident.js';
export type { IndexRows, PostingRow, ShelvedThread, StoryIndexHead, StoryIndexOptions, StoryIndexState, ThreadRow, ThreadState } from './state.js';
import { storyFeatures, type StoryFeatures } from './features.js';
import { QUERY_TERMS } from './vocabulary.js';
import { joinYearSpans, yearSpanOf, type When } from './yearless.js';

/** What placement needs of an article besides its features: no body. */
export type StoryArticle = Pick<Article, 'id' | 'published' | 'outlet' | 'headline'>;

/** An article ready to be placed: its metadata and its precomputed features. */
export interface Placement {
  article: StoryArticle;
  features: StoryFeatures;
}

export { STORY_STATE_VERSION } from './persist.js';

export const DEFAULT_OPTIONS: StoryIndexOptions = { threshold: 0.25, graceDays: 3, decayDays: 5 };

// Caps that keep memory and time per article bounded at 100k articles (QUERY_TERMS: vocabulary.ts).
const POSTING_SCAN = 200;
const CANDIDATES = 10;
const CENTROID_MAX = 250;
const CENTROID_KEEP = 150;
const MERGE_TERMS = 60;
const MERGE_CHECK_SIZE = 8;
// Articles placed between sweeps of centroid lookups (see `sweep`).
const SWEEP_EVERY = 1000;
// The join threshold rises to this quantile of the third-best candidate scores (plus a margin)
// once enough are seen.
const RUNNER_Q = 0.95;
const RUNNER_MARGIN = 0.1;
const RUNNER_MIN = 200;
const RUNNER_CAP = 1.3;
// Two stories' centroids are smoother than one article, so they look alike more easily: merging
// takes this much more than joining.
const MERGE_FACTOR = 1.25;

/** A step of placement that needs threads out of the heap (by index) loaded before it goes on. */
type Placing<T> = Generator<number[], T, void>;

export class StoryIndex extends ResidentIndex {
  private overlap = new Float64Array(1024);
  /** The vector being scored, spread by feature id (zero elsewhere). */
  private dense = new Float64Array(1024);
  /** Threads joined since the last sweep, and those whose centroids keep their lookup (see `sweep`). */
  private recent = new Set<number>();
  private warm = new Set<number>();
  private sinceSweep = 0;

  constructor(options: Partial<StoryIndexOptions> = {}) {
    super({ ...DEFAULT_OPTIONS, ...options });
  }

  /**
   * The configured threshold, raised in a corpus where unrelated stories commonly score high (many
   * stories sharing a beat's names and words at the same time): a match must then beat what the
   * runner-up candidates usually reach.
   */
  private joinThreshold(): number {
    if (this.runnerUps.count < RUNNER_MIN) return this.options.threshold;
    const calibrated = this.runnerUps.quantile(RUNNER_Q) + RUNNER_MARGIN;
    // Capped: a threshold that rises too far splits stories, whose fragments then score as
    // candidates and push it further up.
    return Math.min(this.options.threshold * RUNNER_CAP, Math.max(this.options.threshold, calibrated));
  }

  /** Places the article in a story (an existing one or a new one) and returns the story id. */
  assign(article: Article, extraction?: ArticleExtraction): string {
    return this.place({ article, features: storyFeatures(article, extraction) });
  }

  /** `assign` with the features computed beforehand (by the per-article stage). Every thread must be in the heap. */
  place(placement: Placement): string {
    const steps = this.placing(placement);
    const step = steps.next();
    if (!step.done) throw new Error('placing this article needs threads out of the heap: use placeAll with their source');
    return step.value;
  }

  /**
   * Places a batch as `placeBatch` does, loading from the source the threads out of the heap an
   * article could score with, then sends the threads no later article can join out of the heap.
   */
  async placeAll(batch: Placement[], source: ThreadSource): Promise<void> {
    for (const p of [...batch].sort((x, y) => byDateThenId(x.article, y.article))) {
      const steps = this.placing(p);
      for (let step = steps.next(); !step.done; step = steps.next()) await this.admit(step.value, source);
    }
    await this.evictClosed(source);
  }

  private *placing({ article, features }: Placement): Placing<string> {
    const known = this.placed.get(article.id);
    if (known !== undefined) return this.storyList[known].id;

    const vector = this.vocabulary.vectorise(features);
    if (features.language) this.vocabulary.markLanguage(vector.cross, features.language);
    if (features.named) this.vocabulary.markNamed(features.named);
    if (features.small) this.vocabulary.markNamed(features.small, 2);
    if (features.skeletons) this.vocabulary.markSkeletons(features.skeletons);
    const when: When = { time: features.time, days: article.published ? yearSpanOf(features.time) : null, after: features.stated ?? null };
    const best = yield* this.bestStory(vector, when);
    let index: number;
    const joined = best !== null && best.score >= this.joinThreshold();
    if (best && joined) {
      index = best.index;
    } else {
      index = this.storyList.length;
      this.storyList.push(this.newThread(`story-${article.id.slice(0, 12)}`, features.lead));
      this.entered(index, null);
    }
    if (article.published && features.time) this.entered(null, features.time[1]);
    this.threadLog.touch(index);
    this.recent.add(index);
    this.addToStory(index, vector, article, when, this.vocabulary.specificKeys(vector.cross), features);
    if (!this.last || byDateThenId(article, this.last) > 0) this.last = { id: article.id, published: article.published };
    const cross = this.thread(index).cross;
    for (const id of vector.cross) cross.set(id, (cross.get(id) ?? 0) + 1);
    if (features.language) {
      const languages = this.thread(index).languages;
      languages.set(features.language, (languages.get(features.language) ?? 0) + 1);
    }
    this.placed.set(article.id, index);
    if (++this.sinceSweep >= SWEEP_EVERY) this.sweep();
    // A new story is just this article, already found unlike every candidate: nothing to merge. A
    // large story's centroid barely moves with one more article, so it is re-checked only now and then.
    const size = this.thread(index).members.length;
    const recheck = joined && (size <= MERGE_CHECK_SIZE || size % MERGE_CHECK_SIZE === 0);
    return this.storyList[recheck ? yield* this.mergeAround(index) : index].id;
  }

  /**
   * An article can bridge two stories that arrived as separate threads (an undated report seen
   * before the dated ones that pin it down): if the grown story now matches another, the younger
   * one is folded into the older, whose id survives. Returns the surviving index.
   */
  private *mergeAround(index: number): Placing<number> {
    const story = this.thread(index);
    const other = yield* this.bestStory(story.centroid.unitQuery(MERGE_TERMS, QUERY_TERMS), story, index);
    if (!other || other.score < this.joinThreshold() * MERGE_FACTOR) return index;
    const [keep, fold] = other.index < index ? [other.index, index] : [index, other.index];
    this.fold(keep, fold);
    return keep;
  }

  private fold(keep: number, fold: number): void {
    this.threadLog.touch(keep);
    this.threadLog.touch(fold);
    this.recent.add(keep);
    const target = this.thread(keep);
    const source = this.thread(fold);
    source.centroid.ids.forEach((f, i) => {
      if (target.centroid.add(f, source.centroid.weights[i])) this.post(f, keep);
    });
    target.centroid.prune(CENTROID_MAX, CENTROID_KEEP);
    for (const m of source.members) {
      target.members.push(m);
      this.placed.set(m.id, keep);
    }
    const targetDated = target.first !== null;
    target.first = minDate(target.first, source.first);
    target.last = maxDate(target.last, source.last);
    target.time = datedTime(target.time, targetDated, source.time, source.first !== null);
    target.days = joinYearSpans(target.days, source.days);
    target.after = joinYearSpans(target.after, source.after);
    if (!target.title) target.title = source.title;
    addCounts(target.cross, source.cross);
    source.cross = new Map();
    addCounts(target.languages, source.languages);
    source.languages = new Map();
    source.mergedInto = keep;
    this.fitStories();
    this.folded[fold] = 1;
    source.centroid.clear();
    source.members = [];
  }

  /**
   * Places a batch in the order `clusterStories` uses (dated articles by date, then undated ones,
   * ties by id), so that a batch gives the same stories whatever order it arrived in. Returns each
   * article's story id, read after the whole batch so that merges within it are reflected.
   */
  assignBatch(articles: Article[], extractions: ArticleExtraction[] = []): Map<string, string> {
    const byArticle = new Map(extractions.map((e) => [e.article, e]));
    // Each article's features are computed as it is placed, not all at once: placed, they are done
    // with (a corpus's worth held at once cost gigabytes and most of the collector's time at 100k).
    for (const article of [...articles].sort(byDateThenId)) this.place({ article, features: storyFeatures(article, byArticle.get(article.id)) });
    return new Map(articles.map((article) => [article.id, this.storyOf(article.id)!]));
  }

  /** `assignBatch` with precomputed features. */
  placeBatch(batch: Placement[]): Map<string, string> {
    for (const p of [...batch].sort((x, y) => byDateThenId(x.article, y.article))) this.place(p);
    return new Map(batch.map(({ article }) => [article.id, this.storyOf(article.id)!]));
  }

  /**
   * Whether placing the article now gives the stories a fresh index fed the whole set in placement
   * order would give: true when it comes after every article placed so far. An article that comes
   * earlier (a late arrival, a backfill) calls for placing everything again in order, which keeps the
   * partition independent of arrival order.
   */
  placesInOrder(article: Pick<StoryArticle, 'id' | 'published'>): boolean {
    return this.last === null || byDateThenId(article, this.last) > 0;
  }

  /** `placesInOrder` on a persisted state, without loading it. */
  static placesInOrder(state: StoryIndexHead, article: Pick<StoryArticle, 'id' | 'published'>): boolean {
    return !state.last || byDateThenId(article, state.last) > 0;
  }

  /** The id of the story the article is in now (merges can change it after `assign` returned). */
  storyOf(articleId: string): string | undefined {
    const index = this.placed.get(articleId);
    return index === undefined ? undefined : this.storyList[index].id;
  }

  /**
   * The stories: threads (the index's clusters) joined on shared cross-language evidence close in
   * time (see consolidate.ts). Each story lists its threads, largest first; its id is its largest
   * thread's (ties: the earliest founded), so a story keeps its id as threads join it.
   */
  stories(): Story[] {
    return assembleStories(this.alive(), this.vocabulary);
  }

  static fromJSON(state: StoryIndexState): StoryIndex {
    return StoryIndex.fromParts(state, state.stories, state.postings);
  }

  /**
   * An index from a stored head, its live threads (in the heap, or shelved: see `shelf`) and its
   * posting lists (each in any order). `newest`: the latest date of a dated article placed.
   */
  static fromParts(head: StoryIndexHead, threads: Iterable<ThreadState | ShelvedThread>, postings: Iterable<PostingRow>, newest = head.last?.published ?? null): StoryIndex {
    if (head.version !== STORY_STATE_VERSION) throw new Error(`unsupported story index state version ${head.version}`);
    const index = new StoryIndex(head.options);
    index.restore(head, threads, postings);
    index.restored(newest);
    return index;
  }

  /**
   * Threads joined in neither of the last two sweep periods drop their centroid's lookup: in a
   * large corpus most threads are over (their news cycle past), and the lookup was a third of the
   * index's heap. Scoring and merging read only the centroid's arrays, so nothing placed changes.
   */
  private sweep(): void {
    for (const i of this.warm) {
      const t = this.storyList[i];
      if (!this.recent.has(i) && !isShell(t)) t.centroid.cool();
    }
    this.warm = this.recent;
    this.recent = new Set();
    this.sinceSweep = 0;
  }

  private *bestStory(vector: Sparse, when: When, exclude = -1): Placing<{ index: number; score: number } | null> {
    // Accumulate overlap in a reusable typed array: no per-article maps or sorts over thousands of stories.
    this.fitStories();
    const overlap = this.overlap;
    const touched: number[] = [];
    for (let q = 0; q < vector.ids.length && q < QUERY_TERMS; q++) {
      const f = vector.ids[q];
      const w = vector.weights[q];
      const list = this.postings.get(f);
      if (!list) continue;
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < POSTING_SCAN; i--, seen++) {
        const story = list[i];
        if (story === exclude || this.folded[story] === 1) continue;
        if (overlap[story] === 0) touched.push(story);
        overlap[story] += w;
      }
    }
    const top = highest(touched, overlap, CANDIDATES);
    for (const story of touched) overlap[story] = 0;
    // Candidates out of the heap that could score come back first; the others score below every
    // threshold and in the runner-ups' lowest bin, as 0 does (see resident.ts).
    const wanted = this.wanted(top, when);
    if (wanted.length > 0) yield wanted;
    let best: { index: number; score: number } | null = null;
    const scores: number[] = [];
    if (this.dense.length < this.vocabulary.features.length) this.dense = new Float64Array(this.vocabulary.features.length * 2);
    const dense = this.dense;
    for (let i = 0; i < vector.ids.length; i++) dense[vector.ids[i]] = vector.weights[i];
    for (const index of top) {
      const story = this.storyList[index];
      const score = isShell(story) ? 0 : (story.centroid.dot(dense) / Math.sqrt(story.centroid.normSq)) * this.timeFactor(story, when);
      scores.push(score);
      if (!best || score > best.score) best = { index, score };
    }
    for (const f of vector.ids) dense[f] = 0;
    if (exclude < 0 && scores.length >= 2) {
      scores.sort((a, b) => b - a);
      // The third-best, not the second: when a story has been split, its fragments are the top
      // candidates, and sampling them would push the threshold up and split it further.
      this.runnerUps.add(scores[Math.min(scores.length - 1, 2)]);
    }
    return best;
  }

  /** Per-story scratch and flags as long as the story list. */
  protected override fitStories(): void {
    super.fitStories();
    if (this.overlap.length < this.storyList.length) {
      const grown = new Float64Array(Math.max(1024, this.storyList.length * 2));
      grown.set(this.overlap);
      this.overlap = grown;
    }
  }

  private addToStory(index: number, vector: Sparse, article: StoryArticle, { time, days, after }: When, keys: number[], { own, lead, people }: StoryFeatures): void {
    const story = this.thread(index);
    for (let i = 0; i < vector.ids.length; i++) {
      if (story.centroid.add(vector.ids[i], vector.weights[i])) this.post(vector.ids[i], index);
    }
    story.centroid.prune(CENTROID_MAX, CENTROID_KEEP);
    const member: Member = { id: article.id, published: article.published, outlet: article.outlet, keys };
    // Only what can take a member out of its story (peel.ts) is kept, with the title it would then need.
    // A dated member keeps only whether it counts time since an event (see peel.ts).
    if (own && (article.published ? own.yearOn : own.news || own.lastYear !== null || own.yearOn || own.told || own.looksBack !== undefined || own.pinned !== undefined)) Object.assign(member, { own, title: article.headline || lead });
    if (people && !article.published) Object.assign(member, { people, title: article.headline || lead });
    story.members.push(member);
    // Whether the thread held a dated member before this one (its time is then theirs alone).
    const dated = story.first !== null;
    const day = article.published?.slice(0, 10) ?? null;
    if (day) {
      if (!story.first || day < story.first) story.first = day;
      if (!story.last || day > story.last) story.last = day;
    }
    story.time = datedTime(story.time, dated, time, article.published !== null);
    story.days = joinYearSpans(story.days, days);
    story.after = joinYearSpans(story.after, after);
    if (!story.title && article.headline) story.title = article.headline;
  }

  private post(feature: number, story: number): void {
    this.postingLog.touch(feature);
    const list = this.postings.get(feature);
    if (!list) this.postings.set(feature, [story]);
    else {
      list.push(story);
      // Only the last POSTING_SCAN entries are ever read (bestStory).
      if (list.length >= 2 * POSTING_SCAN) list.splice(0, list.length - POSTING_SCAN);
    }
  }

}

/** Stories for a whole batch: a fresh StoryIndex fed by publication date (undated last), then id. */
export function clusterStories(
  articles: Article[],
  extractions: ArticleExtraction[] = [],
  options: Partial<StoryIndexOptions> = {},
): Story[] {
  const index = new StoryIndex(options);
  index.assignBatch(articles, extractions);
  return index.stories();
}

