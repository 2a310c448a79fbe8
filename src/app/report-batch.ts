// One batch of stories as the report shows them: each story keyed by what its stored results were
// computed from (report-keys.ts); a story whose key is the stored one is taken as stored (its
// reported form, summary and comparison), and only the others are read whole, built and, where
// their comparison input changed, compared again. So a run that adds a day's news to a large store
// reads the names and metadata of every story's articles, and the text of the touched stories only.
import { compareStory, copyChains, finishInput, namedEntities, partsOf, withCopiesFrom, withMovesFrom } from '../core/analyze.js';
import type { Comparison } from '../core/compare/index.js';
import { resolvedNames, recordNames, resolveRecords, type EntityResolution, type RecordNames, type ResolvedNames } from '../core/extract/index.js';
import { storiesWithOutlets, withIdentity } from '../core/outlets/index.js';
import type { Article, Entity, ReuseRecord, Story } from '../core/types.js';
import type { ArticleMeta, Store, StoredKeys, StoredNames } from '../store/index.js';
import type { StorySummary } from '../view/index.js';
import { storySummaries } from './report/slice.js';
import type { Spool } from './report/spool.js';
import { inputKey, partsKey, reportKey } from './report-keys.js';

/** A copy record's place in the report's reuse order, and its ends. */
export interface CopyLink {
  order: number;
  source: string;
  copy: string;
}

/** What every batch reads of the whole corpus (see planReport). */
export interface CorpusLinks {
  /** Copy -> the articles it copies text from (copySources), and as member reasons name them (copiedSources). */
  copies: Map<string, string[]>;
  copied: Map<string, string[]>;
  /** Copy -> its copy records' links (copy kinds only), in report order. */
  links: Map<string, CopyLink[]>;
  renames: EntityResolution['renames'];
  /** Entities by canonical name (entitiesByName). */
  byName: Map<string, Entity[]>;
  /** Host -> the corpus's outlet identity. */
  outlets: Map<string, string>;
  /** The code version, in every key. */
  version: string;
}

/** How a report came together: stories compared afresh, and stored comparisons reused. */
export interface ReportStats {
  compared: number;
  reused: number;
  /** Stories whose comparison input was built to be keyed (their report key changed): the compared and some reused. */
  inputs?: number;
  /** Stories read whole and built again (their report key changed); the others were taken as stored. */
  rebuilt?: number;
  /** Whether corpus entity resolution ran (false: its input was the last report's, its result taken as stored). */
  resolved?: boolean;
}

export interface BatchOptions {
  storedKeys: Map<string, StoredKeys>;
  /** Where every story's comparison sections are written, in story order; none when the report reads them from the store. */
  spool: Spool | undefined;
  /** Compare and store what changed; false: nothing is compared or stored (stories use their stored comparison). */
  compare: boolean;
  stats: ReportStats;
}

/** A stored extraction's names (older rows: computed from the stored extraction). */
export function namesOf(row: StoredNames<RecordNames>): RecordNames {
  return row.names ?? recordNames(row.extraction);
}

/** The copy links along the copy chains of these articles, in report order. */
export function chainOf(ids: string[], links: Map<string, CopyLink[]>): CopyLink[] {
  return copyChains(ids, (id) => links.get(id) ?? [], (l) => l.source).sort((a, b) => a.order - b.order);
}

const pairKey = (l: CopyLink) => `${l.source} ${l.copy}`;

/** The batch's stories as reported, in batch order, with their summaries (none when nothing is compared). */
export async function reportBatch(store: Store, batch: Story[], corpus: CorpusLinks, opts: BatchOptions): Promise<{ story: Story; summary?: StorySummary }[]> {
  const ids = batch.flatMap((s) => s.articles);
  const [stated, named] = await Promise.all([store.reads.articleMeta(ids), store.reads.names<RecordNames>(ids)]);
  const meta = stated.map((a) => withIdentity(a, corpus.outlets));
  const byId = new Map<string, ArticleMeta>(meta.map((a) => [a.id, a]));
  const names = new Map(named.map((row) => [row.article, resolvedNames(namesOf(row), corpus.renames)]));
  const chains = new Map(batch.map((s) => [s.id, chainOf(s.articles.filter((id) => byId.has(id)), corpus.links)]));
  const texts = await store.reads.reuseRecordTextsOf([...new Set([...chains.values()].flat())].map((l) => [l.source, l.copy]));

  const keys = new Map<string, { parts: string; report: string }>();
  for (const story of batch) {
    const members = story.articles.filter((id) => byId.has(id));
    const own = members.flatMap((id) => names.get(id) ?? []);
    const parts = partsKey(corpus.version, {
      story,
      articles: members.map((id) => byId.get(id)!),
      names: own,
      entities: namedEntities(own.flatMap((n) => [...n.entities, ...n.speakers, ...n.sources, ...n.places]), corpus.byName),
      chain: chains.get(story.id)!.map((l) => texts.get(pairKey(l))!),
    });
    const report = reportKey(parts, story, members.map((id) => corpus.copies.get(id)), members.map((id) => corpus.copied.get(id)));
    keys.set(story.id, { parts, report });
  }
  // Taken as stored: the stories whose reported form, summary and comparison were built from what they are now.
  const kept = await store.storyReports<Story, StorySummary>(batch.filter((s) => opts.storedKeys.get(s.id)?.report === keys.get(s.id)!.report).map((s) => s.id));
  const changed = batch.filter((s) => !kept.has(s.id));
  opts.stats.rebuilt = (opts.stats.rebuilt ?? 0) + changed.length;
  if (!opts.compare) opts.stats.reused += batch.length;
  else opts.stats.reused += kept.size;

  // The others' reported form from the names alone (moves weigh voices by their quotes' length).
  const voices = (id: string) => {
    const n = names.get(id);
    return n ? n.speakers.map((speaker, i) => ({ article: id, speaker, text: { length: n.quoteLengths[i]! } })) : [];
  };
  const moved = withMovesFrom(changed, meta, voices, corpus.copies);
  const reported = storiesWithOutlets(withCopiesFrom(moved, corpus.copied), meta);
  const comparisons = opts.compare ? await comparisonsOf(store, moved, { meta, names, byId, chains, texts, corpus, keys, opts }) : new Map<string, Comparison>();
  if (opts.compare && reported.length) {
    const verdicts = reported.flatMap((s) => comparisons.get(s.id)?.verdicts ?? []);
    const summaries = storySummaries({ articles: meta as Article[], stories: reported, verdicts });
    await store.db.transaction((tx) =>
      store.saveStoryComparisons(
        [],
        null,
        tx,
        reported.map((s, i) => ({ story: s.id, ...keys.get(s.id)!, reported: s, summary: summaries[i] })),
      ),
    );
    reported.forEach((s, i) => kept.set(s.id, { story: s, summary: summaries[i]! }));
  } else for (const s of reported) kept.set(s.id, { story: s, summary: null });

  // Each story's comparison sections, in story order, for a report that spools them.
  if (opts.spool) {
    const stored = await store.storyComparisons<Comparison>(batch.filter((s) => !comparisons.has(s.id)).map((s) => s.id));
    for (const s of batch) {
      const c = comparisons.get(s.id) ?? stored.get(s.id);
      if (c) for (const key of COMPARISON_SECTIONS) for (const item of c[key]) opts.spool.write(key, JSON.stringify(item));
    }
  }
  return batch.map((s) => {
    const { story, summary } = kept.get(s.id)!;
    return summary ? { story, summary } : { story };
  });
}

/** The report's sections of story comparisons. */
export const COMPARISON_SECTIONS = ['quote_groups', 'claims', 'framing', 'flags', 'timeline', 'figure_groups', 'verdicts'] as const satisfies readonly (keyof Comparison)[];

interface BuildContext {
  meta: ArticleMeta[];
  /** The articles' names with the corpus's canonical names. */
  names: Map<string, ResolvedNames>;
  byId: Map<string, ArticleMeta>;
  chains: Map<string, CopyLink[]>;
  texts: Map<string, string>;
  corpus: CorpusLinks;
  keys: Map<string, { parts: string; report: string }>;
  opts: BatchOptions;
}

/**
 * The comparison of each story whose reported form is built again: the stored one where its parts
 * key is the stored one; else its articles are read whole, its input built, and it is compared
 * again where its input key changed (stored with its keys, the reported form to be added by the
 * caller). The stories are as reported, moves split (what the comparison has always read).
 */
async function comparisonsOf(store: Store, stories: Story[], { byId, names, chains, texts, corpus, keys, opts }: BuildContext): Promise<Map<string, Comparison>> {
  const same = stories.filter((s) => opts.storedKeys.get(s.id)?.parts === keys.get(s.id)!.parts);
  const out = await store.storyComparisons<Comparison>(same.map((s) => s.id));
  opts.stats.reused += out.size;
  const rest = stories.filter((s) => !out.has(s.id));
  if (!rest.length) return out;
  const extractions = await store.extractions(rest.flatMap((s) => s.articles));
  const exById = new Map(extractions.map((e) => [e.article, e]));
  const resolved = new Map(extractions.map((e) => [e.article, resolveRecords(e, corpus.renames)]));
  const records = new Map<string, ReuseRecord>();
  const record = (l: CopyLink) => records.get(pairKey(l)) ?? records.set(pairKey(l), JSON.parse(texts.get(pairKey(l))!) as ReuseRecord).get(pairKey(l))!;
  const parts = rest.map((story) =>
    partsOf(story, {
      article: (id) => byId.get(id) as Article | undefined,
      extraction: (id) => exById.get(id),
      quotes: (id) => resolved.get(id)?.quotes ?? [],
      figures: (id) => resolved.get(id)?.figures ?? [],
      attributions: (id) => resolved.get(id)?.attributions ?? [],
      copyChains: () => chains.get(story.id)!.map(record),
      entityNames: (id) => names.get(id)?.entities ?? [],
      entities: corpus.byName,
    }),
  );
  const bodies = new Map((await store.articles(parts.flatMap((p) => p.articles.map((a) => a.id)), { original: false })).map((a) => [a.id, withIdentity(a, corpus.outlets)]));
  const fresh: Parameters<Store['saveStoryComparisons']>[0] = [];
  const unchanged: string[] = [];
  for (const p of parts) {
    // The articles as their parts have them (named by the corpus's outlet identity), with their text.
    const input = finishInput({ ...p, articles: p.articles.map((a) => bodies.get(a.id)!) });
    opts.stats.inputs = (opts.stats.inputs ?? 0) + 1;
    const key = inputKey(corpus.version, input);
    if (opts.storedKeys.get(p.story.id)?.input === key) unchanged.push(p.story.id);
    else {
      const data = compareStory(input);
      out.set(p.story.id, data);
      fresh.push({ story: p.story.id, key, ...keys.get(p.story.id)!, data, reported: null, summary: null });
    }
  }
  opts.stats.compared += fresh.length;
  opts.stats.reused += unchanged.length;
  for (const [id, data] of await store.storyComparisons<Comparison>(unchanged)) out.set(id, data);
  if (fresh.length) await store.db.transaction((tx) => store.saveStoryComparisons(fresh, null, tx));
  return out;
}
