// The story stage's tables: the persisted story index (and its dated copy and story list),
// memberships, and per-story comparisons. The Store's story methods delegate here, so store.ts
// keeps the article and per-article tables.
import { createHash } from 'node:crypto';
import type { Sql } from './db.js';
import { ARRAY_ROWS, INSERT_ROWS, insertTextPairs, placeholders } from './rows.js';

/** story_state rows: the story index's head, and the head as it stood after the last dated article. */
export const STORY_STATE = 1;
export const DATED_STORY_STATE = 2;
/** The story list's code and the digest of the head it was stored with (its stories are rows of story_list). */
const STORY_LIST = 3;

/** story_rows kinds: a thread (keyed by its seq), a feature's posting list (keyed by the feature). */
export type StoryRowKind = 'thread' | 'posting';
const KIND: Record<StoryRowKind, number> = { thread: 0, posting: 1 };
/** Rows read per statement when the index is loaded. */
const READ_ROWS = 2_000;
/**
 * story_rows phase of the threads an update set aside as they left its heap (see resident.ts):
 * read back by that update only, dropped when it stores the index (and left over by a crashed one,
 * dropped when the next one starts).
 */
const ASIDE = 2;

/** Writes one story_state row (its id, its JSON). */
const UPSERT_STATE = 'insert into story_state (id, data) values ($1, $2) on conflict (id) do update set data = excluded.data';

export async function storyStateRow<T>(db: Sql, id: number): Promise<T | null> {
  const [row] = await db.query<{ data: string }>('select data from story_state where id = $1', [id]);
  return row ? (JSON.parse(row.data) as T) : null;
}

/**
 * The stored rows of one kind, in key order, a page at a time: of the index as of the last dated
 * article (`dated`: phase 0), or as it stands (phase 0 overlaid by phase 1; rows gone there left out).
 */
export async function* storyRows<T>(db: Sql, kind: StoryRowKind, dated: boolean): AsyncIterable<T> {
  for (let after = -(2 ** 31); ; ) {
    const rows = await db.query<{ key: number; data: string | null }>(
      `select key, data from story_rows r where kind = $1 and key > $2 and (
         case when $3::boolean then phase = 0
              else phase = 1 or (phase = 0 and not exists (select 1 from story_rows o where o.kind = r.kind and o.phase = 1 and o.key = r.key)) end)
       order by key limit ${READ_ROWS}`,
      [KIND[kind], after, dated],
    );
    for (const r of rows) if (r.data !== null) yield JSON.parse(r.data) as T;
    if (rows.length < READ_ROWS) return;
    after = rows[rows.length - 1]!.key;
  }
}

/** Threads by seq: as set aside by the update running, else as stored (`dated`: after the last dated article). */
export async function storyThreads<T>(db: Sql, seqs: number[], dated: boolean): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < seqs.length; i += ARRAY_ROWS) {
    const rows = await db.query<{ data: string | null }>(
      `select distinct on (key) data from story_rows where kind = $1 and key = any($2) and phase = any($3) order by key, phase desc`,
      [KIND.thread, seqs.slice(i, i + ARRAY_ROWS), dated ? [0, ASIDE] : [0, 1, ASIDE]],
    );
    for (const r of rows) if (r.data !== null) out.push(JSON.parse(r.data) as T);
  }
  return out;
}

/** Sets threads aside (seq, state) for the update running: see ASIDE. */
export async function setAsideThreads(db: Sql, threads: [number, unknown][]): Promise<void> {
  for (let i = 0; i < threads.length; i += INSERT_ROWS) await writeRows(db, 'thread', ASIDE, threads.slice(i, i + INSERT_ROWS));
}

/** Drops what an update set aside. */
export async function clearSetAside(db: Sql): Promise<void> {
  await db.query('delete from story_rows where phase = $1', [ASIDE]);
}

/** Changed rows of one kind: key and value, or null for a row that is gone. */
export type RowChanges = Iterable<[number, unknown]> | AsyncIterable<[number, unknown]>;

/** What an update of the story index stores (see Store.saveStoryIndex). */
export interface StoryIndexSave {
  /** Every row replaced: the index was built afresh. */
  fresh: boolean;
  /** The index as it stands: head, and its rows changed since it was loaded or since the checkpoint. */
  head: unknown;
  rows: Record<StoryRowKind, RowChanges>;
  /** The index after the last dated article, when this update placed from before that point. */
  checkpoint?: { head: unknown; rows: Record<StoryRowKind, RowChanges> };
  /** Memberships to store besides those of the list's changed stories: article id, story id. */
  members?: [string, string][];
  /**
   * The story list the index gives, with the code that computed it. The memberships of each
   * story whose stored row changes are written with it: an article whose story changed is in a
   * story that is new or changed, so no map of every article's story is needed to find them.
   */
  list?: { code: string; stories: Iterable<{ id: string; articles: string[] }> | AsyncIterable<{ id: string; articles: string[] }> };
}

/** See Store.saveStoryIndex. */
export async function saveStoryIndex(tx: Sql, save: StoryIndexSave): Promise<void> {
  if (save.fresh) {
    // What this update set aside stays until the end: its rows and list may read it.
    await tx.query('delete from story_rows where phase <> $1', [ASIDE]);
    await tx.query('delete from story_list');
  }
  const head = JSON.stringify(save.head);
  if (save.checkpoint) {
    // What undated articles changed after the old checkpoint is placed again from the new one.
    await tx.query('delete from story_rows where phase = 1');
    for (const kind of ['thread', 'posting'] as const) await writeRows(tx, kind, 0, save.checkpoint.rows[kind]);
    await tx.query(UPSERT_STATE, [DATED_STORY_STATE, JSON.stringify(save.checkpoint.head)]);
  }
  for (const kind of ['thread', 'posting'] as const) await writeRows(tx, kind, 1, save.rows[kind]);
  await tx.query(UPSERT_STATE, [STORY_STATE, head]);
  if (save.list) await saveStoryList(tx, save.list.stories, { code: save.list.code, state: createHash('md5').update(head).digest('hex') });
  if (save.members) await saveMembers(tx, save.members);
  await clearSetAside(tx);
}

async function saveMembers(tx: Sql, members: [string, string][]): Promise<void> {
  await insertTextPairs(tx, 'insert into story_members (article_id, story_id)', 'on conflict (article_id) do update set story_id = excluded.story_id', members);
}

/** Writes changed rows, INSERT_ROWS at a time (each serialised as it is written). Phase 0 drops a row that is gone; phase 1 marks it. */
async function writeRows(tx: Sql, kind: StoryRowKind, phase: 0 | 1 | typeof ASIDE, rows: RowChanges): Promise<void> {
  let keys: number[] = [];
  let data: (string | null)[] = [];
  let gone: number[] = [];
  const flush = async () => {
    if (gone.length) await tx.query('delete from story_rows where kind = $1 and phase = 0 and key = any($2)', [KIND[kind], gone]);
    if (keys.length)
      await tx.query(
        `insert into story_rows (kind, phase, key, data) select $1, $2, k, d from unnest($3::int[], $4::text[]) as t(k, d)
         on conflict (kind, phase, key) do update set data = excluded.data`,
        [KIND[kind], phase, keys, data],
      );
    keys = [];
    data = [];
    gone = [];
  };
  for await (const [key, value] of rows) {
    if (value === null && phase === 0) gone.push(key);
    else {
      keys.push(key);
      data.push(value === null ? null : JSON.stringify(value));
    }
    if (keys.length + gone.length >= INSERT_ROWS) await flush();
  }
  await flush();
}

/** Writes the stories whose content or place in the list changed, and drops those no longer in it. */
async function saveStoryList(tx: Sql, stories: Iterable<{ id: string; articles: string[] }> | AsyncIterable<{ id: string; articles: string[] }>, meta: { code: string; state: string }): Promise<void> {
  const stored = new Map(
    (await tx.query<{ story_id: string; pos: number; digest: string }>('select story_id, pos, digest from story_list')).map((r) => [r.story_id, r]),
  );
  const live = new Set<string>();
  let rows: [string, number, string, string][] = [];
  let moved: [string, number][] = [];
  let members: [string, string][] = [];
  const flush = async (all = false) => {
    if (rows.length >= INSERT_ROWS || (all && rows.length)) {
      await saveMembers(tx, members);
      members = [];
      await tx.query(
        `insert into story_list (story_id, pos, digest, data) select * from unnest($1::text[], $2::int[], $3::text[], $4::text[])
         on conflict (story_id) do update set pos = excluded.pos, digest = excluded.digest, data = excluded.data`,
        [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
      );
      rows = [];
    }
    if (moved.length >= ARRAY_ROWS || (all && moved.length)) {
      await tx.query('update story_list l set pos = m.pos from unnest($1::text[], $2::int[]) as m(id, pos) where l.story_id = m.id', [
        moved.map((m) => m[0]),
        moved.map((m) => m[1]),
      ]);
      moved = [];
    }
  };
  let pos = -1;
  for await (const story of stories) {
    pos++;
    live.add(story.id);
    const text = JSON.stringify(story);
    const digest = createHash('md5').update(text).digest('hex');
    const old = stored.get(story.id);
    if (old?.digest !== digest) {
      rows.push([story.id, pos, digest, text]);
      for (const id of story.articles) members.push([id, story.id]);
    }
    else if (old.pos !== pos) moved.push([story.id, pos]);
    await flush();
  }
  await flush(true);
  const gone = [...stored.keys()].filter((id) => !live.has(id));
  for (let i = 0; i < gone.length; i += ARRAY_ROWS) await tx.query('delete from story_list where story_id = any($1)', [gone.slice(i, i + ARRAY_ROWS)]);
  await tx.query(UPSERT_STATE, [STORY_LIST, JSON.stringify(meta)]);
}

/** The story list stored with the story index (and the code that computed it), if the index is still the one it was stored with. */
export async function storyList<T>(db: Sql): Promise<{ code: string; stories: T[] } | null> {
  const [state] = await db.query<{ digest: string }>('select md5(data) as digest from story_state where id = $1', [STORY_STATE]);
  const meta = await storyStateRow<{ state?: string; code?: string }>(db, STORY_LIST);
  if (!state || !meta || meta.state !== state.digest || typeof meta.code !== 'string') return null;
  const rows = await db.query<{ data: string }>('select data from story_list order by pos');
  return { code: meta.code, stories: rows.map((r) => JSON.parse(r.data) as T) };
}

/** How many placed articles (with a story) have a date, and the id of the latest of them in placement order. */
export async function placedDated(db: Sql): Promise<{ count: number; last: string | null }> {
  const [row] = await db.query<{ n: string; last: string | null }>(
    `select count(*) as n, (select a.id from articles a join story_members m on m.article_id = a.id
                            where a.published is not null order by a.published desc, a.id desc limit 1) as last
     from articles a join story_members m on m.article_id = a.id where a.published is not null`,
  );
  return { count: Number(row?.n ?? 0), last: row?.last ?? null };
}

export async function storyMembers(db: Sql): Promise<Map<string, string>> {
  const rows = await db.query<{ article_id: string; story_id: string }>(
    'select article_id, story_id from story_members',
  );
  return new Map(rows.map((r) => [r.article_id, r.story_id]));
}

/** The keys each stored story comparison was computed on: of its input, and of its parts. */
export interface StoredKeys {
  /** Of the comparison's input. */
  input: string;
  /** Of its parts (checked first: no text is read for it). */
  parts: string | null;
  /** Of what the reported story and summary stored with it were built from (none stored: null). */
  report: string | null;
}

/** The keys each stored story comparison was computed on, by story id. */
export async function storyComparisonKeys(db: Sql): Promise<Map<string, StoredKeys>> {
  const rows = await db.query<{ story_id: string; input_key: string; parts_key: string | null; report_key: string | null }>(
    'select story_id, input_key, parts_key, case when reported is null then null else report_key end as report_key from story_comparisons',
  );
  return new Map(rows.map((r) => [r.story_id, { input: r.input_key, parts: r.parts_key, report: r.report_key }]));
}

/** The reported story and its summary stored with each of the given stories' comparison (where stored), by story id. */
export async function storyReports<S, M>(db: Sql, ids: string[]): Promise<Map<string, { story: S; summary: M | null }>> {
  const out = new Map<string, { story: S; summary: M | null }>();
  for (let i = 0; i < ids.length; i += ARRAY_ROWS) {
    const rows = await db.query<{ story_id: string; reported: string; summary: string | null }>(
      'select story_id, reported, summary from story_comparisons where story_id = any($1) and reported is not null',
      [ids.slice(i, i + ARRAY_ROWS)],
    );
    for (const r of rows) out.set(r.story_id, { story: JSON.parse(r.reported) as S, summary: r.summary === null ? null : (JSON.parse(r.summary) as M) });
  }
  return out;
}

/** Stored comparisons of the given stories, by story id. */
export async function storyComparisons<T>(db: Sql, ids: string[]): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < ids.length; i += ARRAY_ROWS) {
    const rows = await db.query<{ story_id: string; data: string }>(
      'select story_id, data from story_comparisons where story_id = any($1)',
      [ids.slice(i, i + ARRAY_ROWS)],
    );
    for (const r of rows) out.set(r.story_id, JSON.parse(r.data) as T);
  }
  return out;
}

/** JSON text, or SQL null for null (a comparison stored before its story's reported form). */
const jsonOrNull = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** A story's reported form and summary, stored with its comparison under the keys they were built on (null: not yet). */
export interface StoryReportRow {
  story: string;
  parts: string;
  report: string;
  reported: unknown;
  summary: unknown;
}

/**
 * Stores story comparisons with their keys (and each story's reported form and summary), gives
 * stories whose input did not change the new key of their parts with their new reported form and
 * summary (`rekeyed`), and drops the comparisons of stories not in `live` (none when `live` is
 * null: a report storing its comparisons a batch at a time drops them at its end).
 */
export async function saveStoryComparisons(
  tx: Sql,
  rows: (StoryReportRow & { key: string; data: unknown })[],
  live: string[] | null,
  rekeyed: StoryReportRow[] = [],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const chunk = rows.slice(i, i + INSERT_ROWS);
    await tx.query(
      `insert into story_comparisons (story_id, input_key, parts_key, report_key, data, reported, summary) values ${placeholders(chunk.length, 7)}
       on conflict (story_id) do update set input_key = excluded.input_key, parts_key = excluded.parts_key, report_key = excluded.report_key,
         data = excluded.data, reported = excluded.reported, summary = excluded.summary`,
      chunk.flatMap((r) => [r.story, r.key, r.parts, r.report, JSON.stringify(r.data), jsonOrNull(r.reported), jsonOrNull(r.summary)]),
    );
  }
  for (let i = 0; i < rekeyed.length; i += ARRAY_ROWS) {
    const chunk = rekeyed.slice(i, i + ARRAY_ROWS);
    await tx.query(
      `update story_comparisons c set parts_key = k.parts, report_key = k.report, reported = k.reported, summary = k.summary
       from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) as k(story, parts, report, reported, summary) where c.story_id = k.story`,
      [chunk.map((r) => r.story), chunk.map((r) => r.parts), chunk.map((r) => r.report), chunk.map((r) => JSON.stringify(r.reported)), chunk.map((r) => JSON.stringify(r.summary))],
    );
  }
  if (live) await tx.query('delete from story_comparisons where not (story_id = any($1))', [live]);
}
