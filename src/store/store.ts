// All of storytrace's SQL: one set of statements for both drivers. The story stage's tables are
// queried in story-tables.ts, batched writes are built in rows.ts.
import type {
  Article,
  ArticleExtraction,
  ReuseRecord,
} from '../core/types.js';
import { checkStore, type Damage } from './check.js';
import { adoptLegacyIds } from './legacy-ids.js';
import { connectOnThread } from './owner.js';
import { connect, type Db, type Sql, type StoreLocation } from './db.js';
import type { LockOptions } from './lock.js';
import { INSERT_ROWS, jsonRows, placeholders, upsertJson } from './rows.js';
import { migrate } from './migrate.js';
import { META_COLUMNS, ReportReads } from './report-reads.js';
import * as reuseKeys from './reuse-keys.js';
import * as reusePairs from './reuse-pairs.js';
import * as stories from './story-tables.js';

export class Store {
  /** The report's batched reads. */
  readonly reads: ReportReads;

  private constructor(readonly db: Db) {
    this.reads = new ReportReads(db);
  }

  /**
   * Opens (and migrates) the store; an embedded one is locked until close (StoreBusyError when held).
   * `thread`: an embedded store runs its statements on a thread of its own (a server's, so that no
   * statement holds its request loop); ignored for PostgreSQL, which is another process already.
   */
  static async open(location: StoreLocation, lock?: LockOptions, opts: { thread?: boolean } = {}): Promise<Store> {
    const db = opts.thread && 'dir' in location ? await connectOnThread(location.dir, lock) : await connect(location, lock);
    const store = new Store(db);
    try {
      await migrate(db);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
    return store;
  }

  /** A store over a Db that is already open and migrated (another thread's view of this store). */
  static attach(db: Db): Store {
    return new Store(db);
  }

  /** The cheap damage check (keys only): rows referring to missing articles, articles with no source row. */
  async quickCheck(): Promise<Damage[]> {
    return (await checkStore(this.db, { rows: false })).damage;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  /**
   * Inserts articles that are not stored yet (by id); returns the ids that were new. An article an
   * older store holds under its text-only id takes that id (adoptLegacyIds: the article's id changes).
   */
  async insertArticles(articles: Article[], tx: Sql = this.db): Promise<string[]> {
    const added: string[] = [];
    for (let i = 0; i < articles.length; i += INSERT_ROWS) {
      const slice = articles.slice(i, i + INSERT_ROWS);
      await adoptLegacyIds(slice, tx);
      const chunk = dedupeById(slice);
      const rows = await tx.query<{ id: string }>(
        `insert into articles (id, source, outlet, url, headline, published, language, body, original,
           published_source, published_note, credits, flags, url_as_written, published_month)
         values ${placeholders(chunk.length, 15)}
         on conflict (id) do nothing returning id`,
        chunk.flatMap((a) => [
          a.id, a.source, a.outlet, a.url, a.headline, a.published, a.language, a.body, a.original,
          a.published_source ?? null, a.published_note ?? null, JSON.stringify(a.credits ?? []), JSON.stringify(a.flags ?? []), a.url_as_written ?? null, a.published_month ?? null,
        ]),
      );
      added.push(...rows.map((r) => r.id));
      await tx.query(
        `insert into article_sources (source, article_id) values ${placeholders(chunk.length, 2)}
         on conflict (source, article_id) do nothing`,
        chunk.flatMap((a) => [a.source, a.id]),
      );
    }
    return added;
  }

  /**
   * Articles in a stable order (date, then id; undated last), optionally only the given ids.
   * `original: false` leaves the stored original out (as '') where only the clean body matters.
   */
  async articles(ids?: string[], opts: { original?: boolean } = {}): Promise<Article[]> {
    if (ids && ids.length === 0) return [];
    const where = ids ? 'where id = any($1)' : '';
    const original = opts.original === false ? "'' as original" : 'original';
    return this.db.query<Article>(
      `select ${META_COLUMNS}, body, ${original}
       from articles ${where}
       order by published nulls last, id`,
      ids ? [ids] : [],
    );
  }

  async articleCount(): Promise<number> {
    const [row] = await this.db.query<{ n: string }>('select count(*) as n from articles');
    return Number(row?.n ?? 0);
  }

  /** `version`: the analysis version that computed these per-article results (likewise below). */
  /** `names`: each extraction's names as the report reads them (extract's recordNames), in the same order. */
  async saveExtractions(extractions: ArticleExtraction[], names: unknown[], version: string, tx: Sql = this.db): Promise<void> {
    await upsertJson(tx, 'extractions', extractions.map((e, i) => [e.article, e, names[i]]), version);
  }

  /**
   * Extractions stored before their names were kept (see saveExtractions), `limit` at a time:
   * each with what `names` gives for it written beside it. Returns how many were filled.
   */
  async fillExtractionNames(names: (ex: ArticleExtraction) => unknown, limit = 1000): Promise<number> {
    let filled = 0;
    for (;;) {
      const rows = await this.db.query<{ article_id: string; data: string }>('select article_id, data from extractions where names is null limit $1', [limit]);
      if (!rows.length) return filled;
      const named = rows.map((r) => JSON.stringify(names(JSON.parse(r.data) as ArticleExtraction)));
      await this.db.query('update extractions e set names = k.names from unnest($1::text[], $2::text[]) as k(id, names) where e.article_id = k.id', [
        rows.map((r) => r.article_id),
        named,
      ]);
      filled += rows.length;
    }
  }

  async extractions(ids?: string[]): Promise<ArticleExtraction[]> {
    return jsonRows<ArticleExtraction>(this.db, 'extractions', ids);
  }

  /** Ids of stored articles that the named per-article table has no row for yet. */
  async articlesMissing(table: 'extractions' | 'reuse_signatures' | 'story_features' | 'story_members'): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `select a.id from articles a left join ${table} t on t.article_id = a.id
       where t.article_id is null order by a.published nulls last, a.id`,
    );
    return rows.map((r) => r.id);
  }

  /** Every article id, in date order (undated last), then id. */
  async articleIds(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>('select id from articles order by published nulls last, id');
    return rows.map((r) => r.id);
  }

  /**
   * Ids of articles lacking a per-article result (extraction, reuse signature or story features)
   * computed by this analysis version: missing, or left by older code.
   */
  async articlesLackingResults(version: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `select id from articles except
       (select article_id from extractions where version = $1
        intersect select article_id from reuse_signatures where version = $1
        intersect select article_id from story_features where version = $1)`,
      [version],
    );
    return rows.map((r) => r.id);
  }

  async saveReuseSignatures(signatures: [string, unknown][], version: string, tx: Sql = this.db): Promise<void> {
    await upsertJson(tx, 'reuse_signatures', signatures, version);
  }

  /** Stored reuse signatures of the given articles, by article id. */
  async reuseSignaturesOf<T>(ids: string[]): Promise<T[]> {
    return jsonRows<T>(this.db, 'reuse_signatures', ids);
  }

  /**
   * The first `cap` registered holders of each of the keys (`marks.cap` for keys from `marks.base`
   * on), in registration order (the corpus update's reuse lookup).
   */
  async reuseKeyHolders(
    keys: number[],
    cap: number,
    marks?: { base: number; cap: number },
  ): Promise<Map<number, { order: number; article: string }[]>> {
    return reuseKeys.keyHolders(this.db, keys, cap, marks);
  }

  /** Drops the candidate rows and records of pairs that are no longer reuse candidates. */
  async withdrawReusePairs(pairs: [string, string][], tx: Sql = this.db): Promise<void> {
    await reuseKeys.withdrawPairs(tx, pairs);
  }

  /** The number the next registered article gets. */
  async nextReuseKeyOrder(): Promise<number> {
    return reuseKeys.nextKeyOrder(this.db);
  }

  /** Registers articles with their band keys: later articles' lookups find them. */
  async registerReuseKeys(rows: { order: number; article: string; keys: number[] }[], tx: Sql = this.db): Promise<void> {
    await reuseKeys.registerKeys(tx, rows);
  }

  /** Forgets registrations of articles not placed in a story (an interrupted corpus update's). */
  async dropUnplacedReuseKeys(tx: Sql = this.db): Promise<void> {
    await reuseKeys.dropUnplaced(tx);
  }

  /** Registration numbers of the given articles, where registered. */
  async reuseKeyOrders(ids: string[]): Promise<Map<string, number>> {
    return reuseKeys.keyOrders(this.db, ids);
  }

  /** New band keys for registered articles whose signatures were computed again. */
  async replaceReuseKeys(rows: { order: number; keys: number[] }[], tx: Sql = this.db): Promise<void> {
    await reuseKeys.replaceKeys(tx, rows);
  }

  async saveStoryFeatures(features: [string, unknown][], version: string, tx: Sql = this.db): Promise<void> {
    await upsertJson(tx, 'story_features', features, version);
  }

  /** What story placement reads of each article: metadata and stored features, no body. */
  async storyInputs<F>(ids: string[]): Promise<{ article: Pick<Article, 'id' | 'published' | 'outlet' | 'headline'>; features: F }[]> {
    const rows = await this.db.query<{ id: string; published: string | null; outlet: string | null; headline: string | null; data: string }>(
      `select a.id, a.published, a.outlet, a.headline, f.data from articles a join story_features f on f.article_id = a.id
       where a.id = any($1) order by a.published nulls last, a.id`,
      [ids],
    );
    return rows.map(({ data, ...article }) => ({ article, features: JSON.parse(data) as F }));
  }

  async saveReuseCandidates(pairs: [string, string][], tx: Sql = this.db): Promise<void> {
    await reusePairs.saveCandidates(tx, pairs);
  }

  /** Articles with candidate pairs still to align, in date order (all, or only among `ids`). */
  async articlesWithCandidates(ids?: string[]): Promise<string[]> {
    return reusePairs.articlesWithCandidates(this.db, ids);
  }

  async reuseCandidates(ids: string[]): Promise<[string, string][]> {
    return reusePairs.candidates(this.db, ids);
  }

  /** Stores the records aligned from these articles' candidate pairs and drops the pairs, at once. */
  async settleReuseCandidates(ids: string[], records: ReuseRecord[], tx: Sql): Promise<void> {
    await reusePairs.settleCandidates(tx, ids, records);
  }

  async saveReuseRecords(records: ReuseRecord[], tx: Sql = this.db): Promise<void> {
    await reusePairs.saveRecords(tx, records);
  }

  async reuseRecords(): Promise<ReuseRecord[]> {
    return reusePairs.records(this.db);
  }

  /** The story index's head (everything but its threads and posting lists), as it stands. */
  async storyState<T>(): Promise<T | null> {
    return stories.storyStateRow<T>(this.db, stories.STORY_STATE);
  }

  /**
   * The head of the story index as it stood after the last dated article (undated articles are
   * placed after every dated one): an article dated later than every stored one is placed from
   * it, and only the undated articles are placed again.
   */
  async datedStoryState<T>(): Promise<T | null> {
    return stories.storyStateRow<T>(this.db, stories.DATED_STORY_STATE);
  }

  /** The story index's stored threads or posting lists, in key order, a page at a time: as it stands, or (`dated`) after the last dated article. */
  storyRows<T>(kind: stories.StoryRowKind, dated = false): AsyncIterable<T> {
    return stories.storyRows<T>(this.db, kind, dated);
  }

  /** Threads of the story index by seq: as the update running set them aside, else as stored (`dated`: after the last dated article). */
  storyThreads<T>(seqs: number[], dated = false, tx: Sql = this.db): Promise<T[]> {
    return stories.storyThreads<T>(tx, seqs, dated);
  }

  /** Keeps threads (seq, state) an update sends out of its heap until it stores the index (`saveStoryIndex` drops them). */
  async setAsideThreads(threads: [number, unknown][]): Promise<void> {
    await stories.setAsideThreads(this.db, threads);
  }

  /** Drops the threads a crashed update set aside. */
  async clearSetAside(): Promise<void> {
    await stories.clearSetAside(this.db);
  }

  /**
   * Stores what an update changed of the story index (its head, the rows of the threads and
   * posting lists that changed, and when it passed the last dated article, the index as of then),
   * the changed memberships, and the story list the index gives (`storyList` returns it while the
   * index is the one stored with it).
   */
  async saveStoryIndex(save: stories.StoryIndexSave, tx: Sql = this.db): Promise<void> {
    await stories.saveStoryIndex(tx, save);
  }

  /** The story list stored with the story index, if the index is still the one it was stored with. */
  async storyList<T>(): Promise<{ code: string; stories: T[] } | null> {
    return stories.storyList<T>(this.db);
  }

  /** How many placed articles (with a story) have a date, and the id of the latest of them in placement order. */
  async placedDated(): Promise<{ count: number; last: string | null }> {
    return stories.placedDated(this.db);
  }

  /** Ids of the articles without a date, in placement order (by id). */
  async undatedArticleIds(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>('select id from articles where published is null order by id');
    return rows.map((r) => r.id);
  }

  async storyMembers(): Promise<Map<string, string>> {
    return stories.storyMembers(this.db);
  }

  /** The keys each stored story comparison was computed on, by story id. */
  async storyComparisonKeys(): Promise<Map<string, stories.StoredKeys>> {
    return stories.storyComparisonKeys(this.db);
  }

  /** Stored comparisons of the given stories, by story id. */
  async storyComparisons<T>(ids: string[]): Promise<Map<string, T>> {
    return stories.storyComparisons<T>(this.db, ids);
  }

  /** See story-tables.ts saveStoryComparisons. */
  async saveStoryComparisons(
    rows: (stories.StoryReportRow & { key: string; data: unknown })[],
    live: string[] | null,
    tx: Sql = this.db,
    rekeyed: stories.StoryReportRow[] = [],
  ): Promise<void> {
    await stories.saveStoryComparisons(tx, rows, live, rekeyed);
  }

  /** The reported story and summary stored with each of the given stories' comparison, by story id. */
  async storyReports<S, M>(ids: string[]): Promise<Map<string, { story: S; summary: M | null }>> {
    return stories.storyReports<S, M>(this.db, ids);
  }

  async saveReportSummary(summary: unknown, tx: Sql = this.db): Promise<void> {
    await tx.query(
      'insert into report_summary (id, data) values (1, $1) on conflict (id) do update set data = excluded.data',
      [JSON.stringify(summary)],
    );
  }

  async reportSummary<T>(): Promise<T | null> {
    const [row] = await this.db.query<{ data: string }>('select data from report_summary where id = 1');
    return row ? (JSON.parse(row.data) as T) : null;
  }

  /**
   * The corpus resolution the last report was built on (row 2 of report_summary), stored as
   * `{key, value}`: `value` when its key is `key`, else null (resolution's input changed since).
   */
  async reportResolution<T>(key: string): Promise<T | null> {
    const [row] = await this.db.query<{ data: string }>('select data from report_summary where id = 2');
    if (!row || !row.data.startsWith(`{"key":${JSON.stringify(key)},`)) return null;
    return (JSON.parse(row.data) as { value: T }).value;
  }

  async saveReportResolution(key: string, value: unknown, tx: Sql = this.db): Promise<void> {
    await tx.query(
      'insert into report_summary (id, data) values (2, $1) on conflict (id) do update set data = excluded.data',
      [JSON.stringify({ key, value })],
    );
  }

  /**
   * Whether stored articles await a stage: unextracted, unplaced, with candidate pairs to align,
   * or with story features of another analysis version than `version`.
   */
  async analysisPending(version: string): Promise<boolean> {
    const [row] = await this.db.query<{ pending: boolean }>(
      `select exists (select 1 from articles a left join story_members m on m.article_id = a.id where m.article_id is null)
           or exists (select 1 from reuse_candidates)
           or exists (select 1 from story_features where version is distinct from $1) as pending`,
      [version],
    );
    return Boolean(row?.pending);
  }

  /** Fills the full-text index for articles not indexed yet; kept off the ingest path. */
  async refreshSearchIndex(): Promise<number> {
    const rows = await this.db.query<{ n: string }>(
      `with added as (
         insert into search_index (article_id, doc)
         select a.id, setweight(to_tsvector('english', coalesce(a.headline, '')), 'A') ||
                      setweight(to_tsvector('english', a.body), 'B')
         from articles a left join search_index s on s.article_id = a.id
         where s.article_id is null
         on conflict (article_id) do nothing
         returning 1)
       select count(*) as n from added`,
    );
    return Number(rows[0]?.n ?? 0);
  }

  async search(query: string, limit = 20): Promise<{ id: string; headline: string | null; rank: number; snippet: string }[]> {
    return this.db.query(
      `select a.id, a.headline, ts_rank(s.doc, q) as rank,
              ts_headline('english', a.body, q, 'MaxFragments=2, MinWords=5, MaxWords=20, StartSel=«, StopSel=»') as snippet
       from search_index s join articles a on a.id = s.article_id,
            websearch_to_tsquery('english', $1) q
       where s.doc @@ q order by rank desc, a.id limit $2`,
      [query, limit],
    );
  }

}

function dedupeById(articles: Article[]): Article[] {
  const seen = new Map<string, Article>();
  for (const a of articles) if (!seen.has(a.id)) seen.set(a.id, a);
  return [...seen.values()];
}
