// The report from stored results, a batch of stories at a time: corpus entity resolution over
// every article's entity names (no text), then each batch of stories with its articles'
// metadata, extractions and copy records, compared where its key changed. What is held for the
// whole corpus is what the report needs across stories: the stories, the entities, the names
// resolution changes and who copies whom; every section is then read again from the store as it
// is written (see report/stored-source.ts).
import { createHash } from 'node:crypto';
import {
  comparedStory,
  compareStory,
  copiedSources,
  copyChains,
  copySources,
  emptyComparison,
  entitiesByForm,
  finishInput,
  partsOf,
  withCopiesFrom,
  withMovesFrom,
  type StoryInput,
  type StoryParts,
} from '../core/analyze.js';
import type { Comparison } from '../core/compare/index.js';
import { articleEntities, resolveEntities, resolveRecords, type ArticleEntities, type EntityResolution } from '../core/extract/index.js';
import { COPY_KINDS } from '../core/reuse/index.js';
import { outletIdentities, storiesWithOutlets, withIdentity } from '../core/outlets/index.js';
import type { StoryIndexHead } from '../core/stories/index.js';
import type { Article, Entity, ReuseRecord, Story } from '../core/types.js';
import type { ArticleMeta, Store, StoredKeys } from '../store/index.js';
import type { StorySummary } from '../view/index.js';
import { storySummaries } from './report/slice.js';
import { codeVersion } from './code-version.js';
import { Spool } from './report/spool.js';
import { loadStoryIndex } from './corpus-stories.js';

/** Extractions or reuse records read at once. */
export const READ_BATCH = 1000;

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
  /** Records read at once (READ_BATCH); stories are handled about twice as many articles at a time. */
  batch?: number;
}

/** What a report holds for the whole corpus; everything else is read from the store as it is written. */
export interface ReportPlan {
  articles: number;
  reuse: number;
  quotes: number;
  /** The stories as reported (threads split into moves, copies among members named). */
  stories: Story[];
  entities: Entity[];
  renames: EntityResolution['renames'];
  /** Host -> the corpus's outlet identity (core/outlets): every article the report shows is named by it. */
  outlets: Map<string, string>;
  /** Records read at once. */
  batch: number;
  /** The resolved quotes, figures and attributions (lines `article<TAB>record`, as extracted) and every comparison section, spooled in report order; none when the plan stored nothing. */
  spool?: Spool;
  /** Removes what the plan spooled. */
  close(): void;
}

/** The report's sections of corpus-resolved extraction records. */
export const RESOLVED_SECTIONS = ['quotes', 'figures', 'attributions'] as const;
/** The report's sections of story comparisons. */
export const COMPARISON_SECTIONS = ['quote_groups', 'claims', 'framing', 'flags', 'timeline', 'figure_groups', 'verdicts'] as const satisfies readonly (keyof Comparison)[];

/** A copy record's place in the report's reuse order, and its ends. */
interface CopyLink {
  order: number;
  source: string;
  copy: string;
}

/**
 * Resolves the corpus's entities, compares the stories whose keys changed (storing their
 * comparisons a batch at a time) and stores the story list for `serve` (see ReportSummary).
 * A story's comparison is stored with the key of the inputs it was computed on and recomputed
 * only when they changed (its articles, their resolved names, the copies among them, or the code).
 */
export async function planReport(store: Store, opts: BuildOptions = {}): Promise<ReportPlan> {
  const batchSize = opts.batch ?? READ_BATCH;
  const [clustered, storedKeys, articles, version, named] = await Promise.all([
    storedStories(store),
    opts.recompute || opts.storedOnly ? new Map<string, StoredKeys>() : store.storyComparisonKeys(),
    store.articleCount(),
    codeVersion(),
    store.reads.articleOutlets(),
  ]);
  // One outlet name per host across the corpus, decided once (core/outlets), for every section.
  const outlets = outletIdentities(named);
  named.length = 0;
  // The records the report writes are spooled as they are read (see spool.ts); a report that
  // stores nothing reads them from the store as it writes them.
  const spool = opts.storedOnly ? undefined : new Spool();
  try {
    return await plan(store, opts, spool, { clustered, storedKeys, articles, version, batchSize, outlets });
  } catch (err) {
    spool?.close();
    throw err;
  }
}

async function plan(
  store: Store,
  opts: BuildOptions,
  spool: Spool | undefined,
  { clustered, storedKeys, articles, version, batchSize, outlets }: { clustered: Story[]; storedKeys: Map<string, StoredKeys>; articles: number; version: string; batchSize: number; outlets: Map<string, string> },
): Promise<ReportPlan> {
  const names: ArticleEntities[] = [];
  let quotes = 0;
  for await (const batch of store.reads.extractionBatches(batchSize)) {
    for (const ex of batch) {
      names.push(articleEntities(ex));
      quotes += ex.quotes.length;
      if (spool) for (const key of RESOLVED_SECTIONS) for (const r of ex[key]) spool.write(key, `${ex.article}\t${JSON.stringify(r)}`);
    }
  }
  const { entities, renames } = resolveEntities(names);
  names.length = 0;

  // Who copies whom, without the records' passages: the stories' moves and copies, and the copy
  // chains a story's comparison follows, need it across stories.
  const sources: Pick<ReuseRecord, 'kind' | 'source' | 'copy' | 'update'>[] = [];
  const links = new Map<string, CopyLink[]>();
  let reuse = 0;
  for await (const batch of store.reads.reuseBatches(batchSize)) {
    for (const r of batch) {
      sources.push({ kind: r.kind, source: r.source, copy: r.copy, update: r.update });
      if (COPY_KINDS.has(r.kind)) (links.get(r.copy) ?? links.set(r.copy, []).get(r.copy)!).push({ order: reuse, source: r.source, copy: r.copy });
      reuse++;
    }
  }
  const copies = copySources(sources);
  const copied = copiedSources(sources);
  sources.length = 0;

  const byForm = entitiesByForm(entities);
  const stories: Story[] = [];
  const summaries: StorySummary[] = [];
  const stats: ReportStats = { compared: 0, reused: 0, inputs: 0 };
  for (const batch of storyBatches(clustered, 2 * batchSize)) {
    const ids = batch.flatMap((s) => s.articles);
    const [stated, extractions] = await Promise.all([store.reads.articleMeta(ids), store.extractions(ids)]);
    const meta = stated.map((a) => withIdentity(a, outlets));
    const byId = new Map<string, Article>(meta.map((a) => [a.id, a as Article]));
    const exById = new Map(extractions.map((e) => [e.article, e]));
    const resolved = new Map(extractions.map((e) => [e.article, resolveRecords(e, renames)]));
    const moved = withMovesFrom(batch, meta, (id) => resolved.get(id)?.quotes ?? [], copies);
    const chains = new Map(moved.map((s) => [s.id, chainOf(s.articles.filter((id) => byId.has(id)), links)]));
    const records = await store.reads.reuseRecordsOf([...new Set(moved.flatMap((s) => chains.get(s.id)!))].map((l) => [l.source, l.copy]));
    const parts = moved.map((story) =>
      partsOf(story, {
        article: (id) => byId.get(id),
        extraction: (id) => exById.get(id),
        quotes: (id) => resolved.get(id)?.quotes ?? [],
        figures: (id) => resolved.get(id)?.figures ?? [],
        attributions: (id) => resolved.get(id)?.attributions ?? [],
        copyChains: () => chains.get(story.id)!.map((l) => records.get(`${l.source} ${l.copy}`)!),
        entities: byForm,
      }),
    );
    const verdicts: Comparison['verdicts'] = [];
    if (!spool) stats.reused += batch.length;
    else {
      const byStory = await compareBatch(store, parts, storedKeys, version, stats, outlets);
      for (const p of parts) {
        const c = byStory.get(p.story.id) ?? emptyComparison();
        for (const key of COMPARISON_SECTIONS) for (const item of c[key]) spool.write(key, JSON.stringify(item));
        for (const v of c.verdicts) verdicts.push(v);
      }
    }
    const reported = storiesWithOutlets(withCopiesFrom(moved, copied), meta);
    for (const s of reported) stories.push(s);
    if (!opts.storedOnly) for (const s of storySummaries({ articles: meta as Article[], stories: reported, verdicts })) summaries.push(s);
  }
  if (opts.stats) Object.assign(opts.stats, stats);
  const plan: ReportPlan = { articles, reuse, quotes, stories, entities, renames, outlets, batch: batchSize, spool, close: () => spool?.close() };
  if (spool) {
    const summary: ReportSummary = { articles, stories: summaries, names: storyEntityNames(stories, entities) };
    await store.db.transaction(async (tx) => {
      await store.saveStoryComparisons([], stories.map((s) => s.id), tx);
      await store.saveReportSummary(summary, tx);
    });
  }
  return plan;
}

/** Consecutive stories holding about `articles` articles together. */
function* storyBatches(stories: Story[], articles: number): Generator<Story[]> {
  let batch: Story[] = [];
  let size = 0;
  for (const s of stories) {
    batch.push(s);
    size += s.articles.length;
    if (size >= articles) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length) yield batch;
}

/** The copy links along the copy chains of these articles, in report order. */
function chainOf(ids: string[], links: Map<string, CopyLink[]>): CopyLink[] {
  return copyChains(ids, (id) => links.get(id) ?? [], (l) => l.source).sort((a, b) => a.order - b.order);
}

/**
 * Keys each story's parts (cheap: no text is read), then, only where that changed, its input
 * (its articles' text is read for it), and compares the stories whose input changed. Stores what
 * changed; returns every story's comparison (stored ones read back).
 */
async function compareBatch(
  store: Store,
  parts: StoryParts[],
  storedKeys: Map<string, StoredKeys>,
  version: string,
  stats: ReportStats,
  outlets: Map<string, string>,
): Promise<Map<string, Comparison>> {
  const fresh: { story: string; key: string; parts: string; data: Comparison }[] = [];
  const rekeyed: [string, string][] = [];
  const unchanged: string[] = [];
  const changed: { parts: StoryParts; partsKey: string }[] = [];
  for (const p of parts) {
    const stored = storedKeys.get(p.story.id);
    const partsKey = partsDigest(version, p);
    // With recompute the stored keys are empty (planReport), so no key matches and every story is compared again.
    if (stored?.parts === partsKey) unchanged.push(p.story.id);
    else changed.push({ parts: p, partsKey });
  }
  if (changed.length) {
    const texts = await store.articles(
      changed.flatMap((c) => c.parts.articles.map((a) => a.id)),
      { original: false },
    );
    // The articles as their parts have them (named by the corpus's outlet identity), with their text.
    const bodies = new Map(texts.map((a) => [a.id, withIdentity(a, outlets)]));
    for (const { parts: p, partsKey } of changed) {
      const id = p.story.id;
      const input = finishInput({ ...p, articles: p.articles.map((a) => bodies.get(a.id)!) });
      stats.inputs = (stats.inputs ?? 0) + 1;
      const key = digestOf(version, input);
      if (storedKeys.get(id)?.input === key) {
        unchanged.push(id);
        rekeyed.push([id, partsKey]);
        continue;
      }
      fresh.push({ story: id, key, parts: partsKey, data: compareStory(input) });
    }
  }
  stats.compared += fresh.length;
  stats.reused += unchanged.length;
  if (fresh.length || rekeyed.length) await store.db.transaction((tx) => store.saveStoryComparisons(fresh, null, tx, rekeyed));
  const byStory = new Map<string, Comparison>(fresh.map((f) => [f.story, f.data]));
  for (const [id, data] of await store.storyComparisons<Comparison>(unchanged)) byStory.set(id, data);
  return byStory;
}

/** The stories as the stored index gives them, computed by this code: stored with the index, or computed from it. */
export async function storedStories(store: Store): Promise<Story[]> {
  const [list, code] = await Promise.all([store.storyList<Story>(), codeVersion()]);
  if (list && list.code === code) return list.stories;
  const state = await store.storyState<StoryIndexHead>();
  return state ? (await loadStoryIndex(store, state)).stories() : [];
}

/** Each entity a story names, with all its names: enough to fold aliases without the whole report. */
function storyEntityNames(stories: Story[], entities: Entity[]): string[][] {
  const named = new Set(stories.flatMap((s) => s.entities));
  return entities
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
