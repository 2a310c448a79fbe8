// Composes the stages over what is in the store, in three steps that the embedded path and the
// queue workers share:
//   processArticles: per-article stages (extraction, reuse signature), stored, parallel-safe;
//   updateCorpus:    cross-article stages for articles not yet placed (reuse alignment against the
//                    corpus, story assignment), stored; must run serialised;
//   buildReport:     read-only assembly of the whole analysis.
// A run after new articles arrive only does the new work; stored results are reused.
import { assembleReport } from '../core/analyze.js';
import { extractArticle } from '../core/extract/index.js';
import { REUSE_SCHEME, ReuseIndex, reuseSignature, type ReuseSignature } from '../core/reuse/index.js';
import { StoryIndex, type StoryIndexState } from '../core/stories/index.js';
import type { AnalysisReport, ReuseRecord } from '../core/types.js';
import type { Store } from '../store/index.js';

/** Articles per transaction in the per-article step: bounds memory and lost work on a crash. */
const PROCESS_BATCH = 500;

export async function processArticles(store: Store, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += PROCESS_BATCH) {
    const articles = await store.articles(ids.slice(i, i + PROCESS_BATCH), { original: false });
    const extractions = articles.map(extractArticle);
    const signatures: [string, ReuseSignature][] = articles.map((a) => [a.id, reuseSignature(a)]);
    await store.db.transaction(async (tx) => {
      await store.saveExtractions(extractions, tx);
      await store.saveReuseSignatures(signatures, tx);
    });
  }
}

/** Places every unplaced article: reuse against the whole corpus, then its story. Returns how many. */
export async function updateCorpus(store: Store): Promise<number> {
  const pendingIds = await store.articlesMissing('story_members');
  if (pendingIds.length === 0) return 0;
  const missing = new Set([...(await store.articlesMissing('extractions')), ...(await store.articlesMissing('reuse_signatures'))]);
  await processArticles(store, pendingIds.filter((id) => missing.has(id)));

  const pendingSet = new Set(pendingIds);
  let signatures = await store.reuseSignatures<ReuseSignature>();
  // Signatures stored under an older sketch scheme cannot be compared with new ones: redo them.
  const outdated = signatures.filter((s) => s.data.scheme !== REUSE_SCHEME).map((s) => s.article_id);
  if (outdated.length) {
    await processArticles(store, outdated);
    signatures = await store.reuseSignatures<ReuseSignature>();
  }
  const reuse = new ReuseIndex({ keepArticles: false });
  reuse.addSignatures(signatures.filter((s) => !pendingSet.has(s.article_id)).map((s) => s.data));
  const bySig = new Map(signatures.map((s) => [s.article_id, s.data]));

  const state = await store.storyState<StoryIndexState>();
  const stories = state ? StoryIndex.fromJSON(state) : new StoryIndex();
  const records: ReuseRecord[] = [];
  for (let i = 0; i < pendingIds.length; i += PROCESS_BATCH) {
    const batch = await store.articles(pendingIds.slice(i, i + PROCESS_BATCH), { original: false });
    const batchSigs = batch.map((a) => bySig.get(a.id)!);
    const earlier = await store.articles(reuse.candidatesFor(batch, batchSigs), { original: false });
    records.push(...reuse.add(batch, { signatures: batchSigs, earlier }));
    // Pending ids come in date order (undated last), the order assignBatch places a batch in.
    stories.assignBatch(batch, await store.extractions(batch.map((a) => a.id)));
  }
  // A newcomer can merge two stories, which moves earlier articles too: store every change.
  const stored = await store.storyMembers();
  const members: [string, string][] = [];
  for (const story of stories.stories()) {
    for (const id of story.articles) if (stored.get(id) !== story.id) members.push([id, story.id]);
  }
  await store.db.transaction(async (tx) => {
    await store.saveReuseRecords(records, tx);
    await store.saveStoryState(stories.toJSON(), members, tx);
  });
  return pendingIds.length;
}

export async function buildReport(store: Store): Promise<AnalysisReport> {
  const articles = await store.articles(undefined, { original: false });
  const [reuse, extractions, state] = await Promise.all([
    store.reuseRecords(),
    store.extractions(),
    store.storyState<StoryIndexState>(),
  ]);
  return assembleReport(articles, extractions, reuse, state ? StoryIndex.fromJSON(state).stories() : []);
}

/** Every stage over everything stored: the embedded `analyze`. */
export async function analyzeStore(store: Store): Promise<AnalysisReport> {
  await processArticles(store, await store.articlesMissing('extractions'));
  await updateCorpus(store);
  return buildReport(store);
}
