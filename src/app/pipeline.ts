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
import { extractArticle, recordNames } from '../core/extract/index.js';
import { alignPairs, reuseSignature, type ReuseSignature } from '../core/reuse/index.js';
import { STORY_STATE_VERSION, StoryIndex, storyFeatures, type StoryFeatures, type StoryIndexHead } from '../core/stories/index.js';
import type { AnalysisReport, Article } from '../core/types.js';
import type { Store } from '../store/index.js';
import { articleVersion, codeVersion } from './code-version.js';
import { storeReuseCandidates } from './corpus-reuse.js';
import { changedPieces, loadStoryIndex, threadSource } from './corpus-stories.js';
import { planReport, type BuildOptions, type ReportPlan, type ReportStats } from './report-plan.js';
import { collectReport, storedSource } from './report/stored-source.js';

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
      await store.saveExtractions(extractions, extractions.map(recordNames), version, tx);
      await store.saveReuseSignatures(signatures, version, tx);
      await store.saveStoryFeatures(features, version, tx);
    });
  }
}

export interface CorpusUpdateHooks {
  /** Called as new candidate pairs are stored (a batch at a time), with the articles that have some (date order). */
  candidatesSaved?(articleIds: string[]): Promise<void>;
  /** Called after each batch placed and before the first undated article, with how many of the story index's threads are in the heap. */
  storyHeap?(stats: { inHeap: number; threads: number }): void;
  /** Called after the story list is stored, with the most of the index's threads at hand at once while it was assembled. */
  storyList?(stats: { held: number; threads: number }): void;
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

  // The first features load while reuse candidates are found.
  const inputs = (from: number) =>
    from < placeIds.length ? prefetch(store.storyInputs<StoryFeatures>(placeIds.slice(from, from + PROCESS_BATCH))) : null;
  let next = inputs(0);

  // Stored (and handed on for alignment) batch by batch while the stories are placed: the
  // database works on one while this process works on the other.
  const candidatesStored = prefetch(storeReuseCandidates(store, pendingIds, lacking, hooks.candidatesSaved));

  // Date order (undated last): the order the embedded path always placed articles in. Only the
  // threads a newcomer can still join are loaded; the others come from their rows when needed.
  await store.clearSetAside();
  const source = threadSource(store, fromDated);
  const newest = start ? (start.last?.published ?? (await store.datedStoryState<StoryIndexHead>())?.last?.published ?? null) : null;
  const stories = start ? await loadStoryIndex(store, start, fromDated, newest) : new StoryIndex();
  // The index after the last dated article, kept when this run places from before that point.
  const keepDated = start === null || start.last === null || start.last.published !== null;
  let checkpointed = false;
  // Undated articles can join threads of any time: the closed threads an undated article could
  // score with are loaded for it, and leave the heap again after its batch. The story list reads
  // the threads out of the heap from the store a window at a time.
  const markDated = () => {
    if (!checkpointed) hooks.storyHeap?.(stories.heapStats());
    if (keepDated && !checkpointed) stories.checkpoint();
    checkpointed = true;
  };
  for (let from = 0; next; from += PROCESS_BATCH) {
    const batch = await next;
    // The next batch loads while this one is placed.
    next = inputs(from + PROCESS_BATCH);
    const cut = batch.findIndex((p) => p.article.published === null);
    if (cut < 0) await stories.placeAll(batch, source);
    else {
      await stories.placeAll(batch.slice(0, cut), source);
      markDated();
      await stories.placeAll(batch.slice(cut), source);
    }
    hooks.storyHeap?.(stories.heapStats());
  }
  markDated();
  await candidatesStored;
  // A newcomer can merge two stories, which moves earlier articles too: the store writes the
  // memberships of every story that changed. The list is written as it is assembled, a story at a
  // time: all of it at once was the update's peak of memory. Threads out of the heap are read
  // within the transaction (what this update set aside stays until its end).
  const code = await codeVersion();
  await store.db.transaction((tx) => {
    const inTx = threadSource(store, fromDated, tx);
    return store.saveStoryIndex({ ...changedPieces(stories, start === null, inTx), list: { code, stories: stories.storiesFrom(inTx) } }, tx);
  });
  hooks.storyList?.(stories.listStats());
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

export type { BuildOptions, ReportPlan, ReportStats, ReportSummary } from './report-plan.js';

/**
 * The whole report in memory, assembled from the stored results (see planReport): for the server's
 * index and small corpora; the CLI writes the report from the store as it reads it (storedSource).
 */
export async function buildReport(store: Store, opts: BuildOptions = {}): Promise<AnalysisReport> {
  const plan = await planReport(store, opts);
  try {
    return await collectReport(storedSource(store, plan));
  } finally {
    plan.close();
  }
}

/** Every stage over everything stored, and the report of the whole store (in memory). */
export async function analyzeStore(store: Store, opts: { stats?: ReportStats } = {}): Promise<AnalysisReport> {
  await runStages(store);
  return buildReport(store, { stats: opts.stats });
}

/** Every stage over everything stored, up to the report's plan: its sections are then read from the store as written (storedSource); close the plan after. */
export async function analyzeStored(store: Store, opts: Pick<BuildOptions, 'stats' | 'batch' | 'sections'> = {}): Promise<ReportPlan> {
  await runStages(store);
  return planReport(store, opts);
}

async function runStages(store: Store): Promise<void> {
  await processArticles(store, await store.articlesMissing('extractions'));
  // A store whose extractions predate their stored names gets them once, so reports read names alone.
  await store.fillExtractionNames(recordNames);
  await updateCorpus(store);
  await alignCandidates(store);
}
