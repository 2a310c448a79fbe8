// Composes the stages over what is in the store, in steps that the embedded path and the queue
// workers share:
//   processArticles: per-article stages (extraction, reuse signature, story features), stored;
//                    any worker, any order;
//   updateCorpus:    the serial cross-article step for articles not yet placed: reuse candidate
//                    pairs from the stored signatures, and story placement from the stored features;
//                    must run serialised, and reads no article text;
//   alignCandidates: reuse alignment of candidate pairs (each pair needs only its two texts), any
//                    worker, any order;
//   buildReport:     assembly of the whole analysis from stored results; only stories whose inputs
//                    changed are compared again.
// A run after new articles arrive only does the new work; stored results are reused.
import { createHash } from 'node:crypto';
import { addComparison, comparedStory, compareStory, emptyComparison, finishInput, storyParts, type StoryInput, type StoryParts, withCopies, withMoves } from '../core/analyze.js';
import type { Comparison } from '../core/compare/index.js';
import { extractArticle, resolveCorpus } from '../core/extract/index.js';
import { alignPairs, reuseSignature, type ReuseSignature } from '../core/reuse/index.js';
import { STORY_STATE_VERSION, StoryIndex, storyFeatures, type StoryFeatures, type StoryIndexHead } from '../core/stories/index.js';
import type { AnalysisReport, Article, Story } from '../core/types.js';
import type { Store, StoredKeys } from '../store/index.js';
import { articleVersion, codeVersion } from './code-version.js';
import { storeReuseCandidates } from './corpus-reuse.js';
import { changedPieces, loadStoryIndex } from './corpus-stories.js';
import { reportOn, storySummaries } from './report/slice.js';
import type { StorySummary } from '../view/index.js';

/** Articles per transaction in the per-article step: bounds memory and lost work on a crash. */
const PROCESS_BATCH = 500;
/** Articles whose candidate pairs are aligned in one transaction. */
const ALIGN_BATCH = 250;

export async function processArticles(store: Store, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += PROCESS_BATCH) {
    await processStoredArticles(store, await store.articles(ids.slice(i, i + PROCESS_BATCH), { original: false }));
  }
}

/**
 * The per-article stages for articles already in hand, exactly as stored (a worker has just
 * inserted them: reading them back would only cost the database time).
 */
export async function processStoredArticles(store: Store, articles: Article[]): Promise<void> {
  for (let i = 0; i < articles.length; i += PROCESS_BATCH) {
    const batch = articles.slice(i, i + PROCESS_BATCH);
    const extractions = batch.map(extractArticle);
    const signatures: [string, ReuseSignature][] = batch.map((a) => [a.id, reuseSignature(a)]);
    const features: [string, StoryFeatures][] = batch.map((a, k) => [a.id, storyFeatures(a, extractions[k])]);
    const version = await articleVersion();
    await store.db.transaction(async (tx) => {
      await store.saveExtractions(extractions, version, tx);
      await store.saveReuseSignatures(signatures, version, tx);
      await store.saveStoryFeatures(features, version, tx);
    });
  }
}

export interface CorpusUpdateHooks {
  /** Called as new candidate pairs are stored (a batch at a time), with the articles that have some (date order). */
  candidatesSaved?(articleIds: string[]): Promise<void>;
}

/**
 * Places every unplaced article: finds and stores its reuse candidate pairs (aligned later by
 * `alignCandidates`), then puts it in a story. Returns how many articles were placed.
 */
export async function updateCorpus(store: Store, hooks: CorpusUpdateHooks = {}): Promise<number> {
  const pendingIds = await store.articlesMissing('story_members');
  const pendingSet = new Set(pendingIds);
  const state = await store.storyState<StoryIndexHead>();
  // Articles whose per-article results older analysis code computed (or whose per-article step
  // was interrupted): computed again here, and placed again if they already were.
  const lacking = await store.articlesLackingResults(await articleVersion());
  // A story index persisted by an older version is rebuilt: every article is placed again.
  let rebuild = (state !== null && state.version !== STORY_STATE_VERSION) || lacking.some((id) => !pendingSet.has(id));
  let start = rebuild ? null : state;
  let fromDated = false;
  let placeIds = pendingIds;
  if (state && !rebuild && pendingIds.length > 0) {
    // A newcomer that sorts before what is placed (a late arrival, a backfill) is placed in order
    // with everything else, so the stories do not depend on the order articles arrived in.
    const [earliest] = await store.articles(pendingIds.slice(0, 1), { original: false });
    if (earliest && !StoryIndex.placesInOrder(state, earliest)) {
      // Undated articles come after every dated one: a newcomer dated after every dated article
      // is placed from the index as it stood after them, and only the undated ones are placed again.
      const dated = await store.datedStoryState<StoryIndexHead>();
      if (dated && dated.version === STORY_STATE_VERSION && StoryIndex.placesInOrder(dated, earliest) && (await coversPlacedDated(store, dated))) {
        start = dated;
        fromDated = true;
        const undated = await store.undatedArticleIds();
        const undatedSet = new Set(undated);
        placeIds = [...pendingIds.filter((id) => !undatedSet.has(id)), ...undated];
      } else rebuild = true;
    }
  }
  if (rebuild) {
    start = null;
    placeIds = await store.articleIds();
  }
  if (placeIds.length === 0) return 0;
  await processArticles(store, lacking);

  // Stored memberships and the first features load while reuse candidates are found.
  const storedMembers = prefetch(store.storyMembers());
  const inputs = (from: number) =>
    from < placeIds.length ? prefetch(store.storyInputs<StoryFeatures>(placeIds.slice(from, from + PROCESS_BATCH))) : null;
  let next = inputs(0);

  // Stored (and handed on for alignment) batch by batch while the stories are placed: the
  // database works on one while this process works on the other.
  const candidatesStored = prefetch(storeReuseCandidates(store, pendingIds, lacking, hooks.candidatesSaved));

  // Date order (undated last): the order the embedded path always placed articles in.
  const stories = start ? await loadStoryIndex(store, start, fromDated) : new StoryIndex();
  // The index after the last dated article, kept when this run places from before that point.
  const keepDated = start === null || start.last === null || start.last.published !== null;
  let checkpointed = false;
  const atUndated = () => {
    if (keepDated && !checkpointed) stories.checkpoint();
    checkpointed = true;
  };
  for (let from = 0; next; from += PROCESS_BATCH) {
    const batch = await next;
    // The next batch loads while this one is placed.
    next = inputs(from + PROCESS_BATCH);
    const cut = batch.findIndex((p) => p.article.published === null);
    if (cut < 0) stories.placeBatch(batch);
    else {
      stories.placeBatch(batch.slice(0, cut));
      atUndated();
      stories.placeBatch(batch.slice(cut));
    }
  }
  atUndated();
  await candidatesStored;
  // A newcomer can merge two stories, which moves earlier articles too: store every change.
  const stored = await storedMembers;
  const members: [string, string][] = [];
  const list = stories.stories();
  for (const story of list) {
    for (const id of story.articles) if (stored.get(id) !== story.id) members.push([id, story.id]);
  }
  const pieces = changedPieces(stories, start === null);
  const code = await codeVersion();
  await store.db.transaction((tx) => store.saveStoryIndex({ ...pieces, members, list: { code, stories: list } }, tx));
  return placeIds.length;
}

/**
 * Whether a stored index of the dated articles holds exactly the placed dated articles (the same
 * count, the same latest): not so if code that kept no such index placed articles since.
 */
async function coversPlacedDated(store: Store, dated: StoryIndexHead): Promise<boolean> {
  const placed = await store.placedDated();
  return placed.count === dated.articles && placed.last === (dated.last?.id ?? null);
}

/** Starts a read to be awaited later; its failure surfaces there, not as an unhandled rejection meanwhile. */
function prefetch<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

/**
 * Aligns the stored candidate pairs of the given articles (default: every pending one), storing the
 * records and dropping the pairs in one transaction per batch. Idempotent: pairs already settled
 * by someone else are simply gone. Returns how many pairs were aligned.
 */
export async function alignCandidates(store: Store, ids?: string[]): Promise<number> {
  const pending = await store.articlesWithCandidates(ids);
  let aligned = 0;
  for (let i = 0; i < pending.length; i += ALIGN_BATCH) {
    const batch = pending.slice(i, i + ALIGN_BATCH);
    const pairs = await store.reuseCandidates(batch);
    const texts = await store.articles([...new Set(pairs.flat())], { original: false });
    const records = alignPairs(pairs, new Map(texts.map((a) => [a.id, a])));
    await store.db.transaction((tx) => store.settleReuseCandidates(batch, records, tx));
    aligned += pairs.length;
  }
  return aligned;
}

/** How a report came together: stories compared afresh, and stored comparisons reused. */
export interface ReportStats {
  compared: number;
  reused: number;
  /** Stories whose comparison input was built to be keyed (their parts changed): the compared and some reused. */
  inputs?: number;
}

/** The story list as of the last report: what a server shows before it has loaded the rest. */
export interface ReportSummary {
  articles: number;
  stories: StorySummary[];
  /** Every name of each entity the stories name (canonical first): filters fold aliases before the index loads. */
  names?: string[][];
}

export interface BuildOptions {
  /** Compare every story again, ignoring stored comparisons. */
  recompute?: boolean;
  /** Compare nothing and store nothing: stories use their stored comparison (possibly stale) or none. */
  storedOnly?: boolean;
  /** Filled in when passed. */
  stats?: ReportStats;
}

/**
 * Assembles the report from the stored results. A story's comparison is stored with the key of
 * the inputs it was computed on and recomputed only when they changed (its articles, their
 * resolved names, the copies among them, or the analysis code). Also stores the story list
 * (`ReportSummary`) for `serve`.
 */
export async function buildReport(store: Store, opts: BuildOptions = {}): Promise<AnalysisReport> {
  const articles = await store.articles(undefined, { original: false });
  const [reuse, extractions, clustered, storedKeys] = await Promise.all([
    store.reuseRecords(),
    store.extractions(),
    storedStories(store),
    opts.recompute ? new Map<string, StoredKeys>() : store.storyComparisonKeys(),
  ]);
  const resolved = resolveCorpus(extractions);
  const stories = withMoves(clustered, articles, resolved.quotes, reuse);
  const version = await codeVersion();
  const fresh: { story: string; key: string; parts: string; data: Comparison }[] = [];
  // Stories whose parts changed but not their input (an alias their text cannot hold): only the parts key is stored again.
  const rekeyed: [string, string][] = [];
  const byStory = new Map<string, Comparison>();
  const unchanged: string[] = [];
  let finished = 0;
  if (opts.storedOnly) unchanged.push(...stories.map((s) => s.id));
  else
    for (const parts of storyParts({ stories, articles, extractions, reuse, resolved })) {
      // Two keys: of the parts (cheap: no text is read), then, only when that changed, of the input.
      const id = parts.story.id;
      const stored = storedKeys.get(id);
      const partsKey = partsDigest(version, parts);
      if (stored?.parts === partsKey) {
        unchanged.push(id);
        continue;
      }
      const input = finishInput(parts);
      finished++;
      const key = digestOf(version, input);
      if (stored?.input === key) {
        unchanged.push(id);
        rekeyed.push([id, partsKey]);
        continue;
      }
      const data = compareStory(input);
      fresh.push({ story: id, key, parts: partsKey, data });
      byStory.set(id, data);
    }
  for (const [id, data] of await store.storyComparisons<Comparison>(unchanged)) byStory.set(id, data);
  if (opts.stats) Object.assign(opts.stats, { compared: fresh.length, reused: unchanged.length, inputs: finished });

  const comparison = emptyComparison();
  for (const s of stories) addComparison(comparison, byStory.get(s.id) ?? emptyComparison());
  const report: AnalysisReport = {
    articles: articles.map(({ original: _original, ...rest }) => rest),
    reuse,
    ...resolved,
    stories: withCopies(stories, reuse),
    ...comparison,
  };
  if (!opts.storedOnly) {
    const summary: ReportSummary = { articles: articles.length, stories: storySummaries(report), names: storyEntityNames(report) };
    await store.db.transaction(async (tx) => {
      await store.saveStoryComparisons(fresh, stories.map((s) => s.id), tx, rekeyed);
      await store.saveReportSummary(summary, tx);
    });
  }
  return report;
}

/** The stories as the stored index gives them, computed by this code: stored with the index, or computed from it. */
async function storedStories(store: Store): Promise<Story[]> {
  const [list, code] = await Promise.all([store.storyList<Story>(), codeVersion()]);
  if (list && list.code === code) return list.stories;
  const state = await store.storyState<StoryIndexHead>();
  return state ? (await loadStoryIndex(store, state)).stories() : [];
}

/** Each entity a story names, with all its names: enough to fold aliases without the whole report. */
function storyEntityNames(report: AnalysisReport): string[][] {
  const named = new Set(report.stories.flatMap((s) => s.entities));
  return report.entities
    .filter((e) => e.aliases.length && (named.has(e.name) || e.aliases.some((a) => named.has(a))))
    .map((e) => [e.name, ...e.aliases.filter((a) => a !== e.name)]);
}

/** A hash begun with the code version, what the comparison reads of the story, and its articles' metadata (bodies by their content ids). */
function storyHash(version: string, { story, articles }: Pick<StoryParts, 'story' | 'articles'>) {
  const hash = createHash('sha256').update(version).update(JSON.stringify(comparedStory(story)));
  for (const { body: _body, original: _original, ...meta } of articles) hash.update(JSON.stringify(meta));
  return hash;
}

/**
 * A digest of everything a story's comparison reads (its input, or its parts: see StoryParts) and
 * of the code: of the story only what the comparison reads (its title, reasons and entities move
 * with the rest of the corpus); bodies by their content ids. Extractions are left out: each is a
 * function of its article under the code version, and the corpus update has recomputed any that
 * older code left.
 */
function digestOf(version: string, input: StoryInput): string {
  const hash = storyHash(version, input);
  hash.update(JSON.stringify(input.resolved));
  for (const r of input.reuse) hash.update(JSON.stringify(r));
  return hash.digest('base64url');
}

/**
 * A digest of a story's parts that reads no quote, figure or attribution text: like the
 * extractions they come from, each is a function of its article (keyed by its content id) under
 * the code version, but for the name corpus resolution gave it. So only their articles, order and
 * resolved names are hashed. Copy records are hashed whole (few, and a stored record is not
 * recomputed when the code changes).
 */
function partsDigest(version: string, parts: StoryParts): string {
  const hash = storyHash(version, parts);
  const { quotes, figures, attributions, entities } = parts.resolved;
  hash.update(JSON.stringify([quotes.map((q) => [q.article, q.speaker]), figures.map((f) => [f.article, f.place]), attributions.map((a) => [a.article, a.source])]));
  hash.update(JSON.stringify(entities));
  for (const r of parts.reuse) hash.update(JSON.stringify(r));
  return hash.digest('base64url');
}

/**
 * Every stage over everything stored: the embedded `analyze`. The report covers the whole store,
 * or (`only`) the stories of the named articles as stored (their comparisons reused, not redone).
 */
export async function analyzeStore(store: Store, opts: { stats?: ReportStats; only?: string[] } = {}): Promise<AnalysisReport> {
  await processArticles(store, await store.articlesMissing('extractions'));
  await updateCorpus(store);
  await alignCandidates(store);
  const report = await buildReport(store, opts);
  return opts.only ? reportOn(report, opts.only) : report;
}
