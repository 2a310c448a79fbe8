// The report from stored results, a batch of stories at a time: corpus entity resolution over
// every article's entity names (no text), then each batch of stories keyed by what its stored
// results were computed from, and only the stories whose key changed read whole, built and
// compared where their input changed (report-batch.ts). What is held for the whole corpus is what
// the report needs across stories: the stories, the entities, the names resolution changes and who
// copies whom; every section is then read again from the store as it is written (see
// report/stored-source.ts).
import { createHash } from 'node:crypto';
import { copiedSources, copySources, entitiesByName } from '../core/analyze.js';
import { articleEntities, resolveEntities, type ArticleEntities, type EntityResolution, type RecordNames } from '../core/extract/index.js';
import { COPY_KINDS } from '../core/reuse/index.js';
import { outletIdentities } from '../core/outlets/index.js';
import type { StoryIndexHead } from '../core/stories/index.js';
import type { Entity, ReuseRecord, Story } from '../core/types.js';
import type { Store, StoredKeys } from '../store/index.js';
import type { StorySummary } from '../view/index.js';
import { codeVersion } from './code-version.js';
import { Spool } from './report/spool.js';
import { loadStoryIndex } from './corpus-stories.js';
import { namesOf, reportBatch, type CopyLink, type CorpusLinks, type ReportStats } from './report-batch.js';

export { COMPARISON_SECTIONS, type ReportStats } from './report-batch.js';

/** Extractions or reuse records read at once. */
export const READ_BATCH = 1000;

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
  /**
   * Spool the resolved records and every story's comparison sections as they are read, for a report
   * that writes them all (the JSON, the HTML report); default true. A summary reads them from the
   * store for the stories it shows, and the plan then reads each article's names, not its extraction.
   */
  sections?: boolean;
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
  /** The resolved quotes, figures and attributions (lines `article<TAB>record`, as extracted) and every comparison section, spooled in report order; none when the plan stored nothing or was asked for no sections. */
  spool?: Spool;
  /** Removes what the plan spooled. */
  close(): void;
}

/** The report's sections of corpus-resolved extraction records. */
export const RESOLVED_SECTIONS = ['quotes', 'figures', 'attributions'] as const;

/**
 * Resolves the corpus's entities, compares the stories whose keys changed (storing their
 * comparisons a batch at a time) and stores the story list for `serve` (see ReportSummary).
 * A story's comparison, reported form and summary are stored with the key of what they were
 * computed from and built again only when it changed (its articles, their resolved names, the
 * entities they name, the copies along and among them, or the code).
 */
export async function planReport(store: Store, opts: BuildOptions = {}): Promise<ReportPlan> {
  const batchSize = opts.batch ?? READ_BATCH;
  const [clustered, storedKeys, articles, version, named] = await Promise.all([
    storedStories(store),
    opts.recompute ? new Map<string, StoredKeys>() : store.storyComparisonKeys(),
    store.articleCount(),
    codeVersion(),
    store.reads.articleOutlets(),
  ]);
  // One outlet name per host across the corpus, decided once (core/outlets), for every section.
  const outlets = outletIdentities(named);
  named.length = 0;
  // The records the report writes are spooled as they are read (see spool.ts); a report that
  // stores nothing reads them from the store as it writes them.
  const spool = opts.storedOnly || opts.sections === false ? undefined : new Spool();
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
  // Corpus resolution reads every article's entity names: from the whole extractions when the
  // report spools their records anyway, else from the names stored beside them.
  const names: ArticleEntities[] = [];
  // Resolution's input, hashed as it is read: when it is the last report's, so is its result.
  const input = createHash('sha256').update(version);
  const add = (n: ArticleEntities) => {
    names.push(n);
    input.update(`\n${n.article}\u0000${JSON.stringify(n.entities)}`);
  };
  let quotes = 0;
  if (spool) {
    for await (const batch of store.reads.extractionBatches(batchSize)) {
      for (const ex of batch) {
        add(articleEntities(ex));
        quotes += ex.quotes.length;
        for (const key of RESOLVED_SECTIONS) for (const r of ex[key]) spool.write(key, `${ex.article}\t${JSON.stringify(r)}`);
      }
    }
  } else {
    for await (const batch of store.reads.nameBatches<RecordNames>(batchSize)) {
      for (const row of batch) {
        const n = namesOf(row);
        add({ article: n.article, entities: n.entities });
        quotes += n.speakers.length;
      }
    }
  }
  const { entities, renames, resolved } = await corpusResolution(store, names, input.digest('hex'), !opts.storedOnly);
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
  const corpus: CorpusLinks = { copies: copySources(sources), copied: copiedSources(sources), links, renames, byName: entitiesByName(entities), outlets, version };
  sources.length = 0;

  const stories: Story[] = [];
  const summaries: StorySummary[] = [];
  const stats: ReportStats = { compared: 0, reused: 0, inputs: 0, rebuilt: 0, resolved };
  for (const batch of storyBatches(clustered, 2 * batchSize)) {
    const built = await reportBatch(store, batch, corpus, { storedKeys, spool, compare: !opts.storedOnly, stats });
    for (const b of built) {
      stories.push(b.story);
      if (b.summary) summaries.push(b.summary);
    }
  }
  if (opts.stats) Object.assign(opts.stats, stats);
  const plan: ReportPlan = { articles, reuse, quotes, stories, entities, renames, outlets, batch: batchSize, spool, close: () => spool?.close() };
  if (!opts.storedOnly) {
    const summary: ReportSummary = { articles, stories: summaries, names: storyEntityNames(stories, entities) };
    await store.db.transaction(async (tx) => {
      await store.saveStoryComparisons([], stories.map((s) => s.id), tx);
      await store.saveReportSummary(summary, tx);
    });
  }
  return plan;
}

/**
 * Corpus entity resolution of `names`: as stored with the last report when `key` (its input's hash)
 * is that report's, else resolved (and stored when `save`). Resolution is corpus-wide: a report
 * with nothing new is spared the whole of it; any change to any article's names resolves again.
 */
async function corpusResolution(store: Store, names: ArticleEntities[], key: string, save: boolean): Promise<EntityResolution & { resolved: boolean }> {
  const stored = await store.reportResolution<StoredResolution>(key);
  if (stored) return { entities: stored.entities, renames: new Map(stored.renames.map(([article, pairs]) => [article, new Map(pairs)])), resolved: false };
  const resolution = resolveEntities(names);
  if (save) {
    const renames = [...resolution.renames].map(([article, pairs]): [string, [string, string][]] => [article, [...pairs]]);
    await store.saveReportResolution(key, { entities: resolution.entities, renames } satisfies StoredResolution);
  }
  return { ...resolution, resolved: true };
}

/** EntityResolution as stored: its maps as entry lists. */
interface StoredResolution {
  entities: Entity[];
  renames: [string, [string, string][]][];
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
