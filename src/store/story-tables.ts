// The story stage's tables: the persisted story index (and its dated copy and story list),
// memberships, and per-story comparisons. The Store's story methods delegate here, so store.ts
// keeps the article and per-article tables.
import { createHash } from 'node:crypto';
import type { Sql } from './db.js';
import { ARRAY_ROWS, INSERT_ROWS, insertTextPairs, placeholders } from './rows.js';

/** story_state rows: the story index, and the index as it stood after the last dated article. */
export const STORY_STATE = 1;
export const DATED_STORY_STATE = 2;
/** The stories the index gives (with the code that computed them), stored with it: consolidation is not run again to read them. */
const STORY_LIST = 3;

export async function storyStateRow<T>(db: Sql, id: number): Promise<T | null> {
  const [row] = await db.query<{ data: string }>('select data from story_state where id = $1', [id]);
  return row ? (JSON.parse(row.data) as T) : null;
}

/** See Store.saveStoryState. */
export async function saveStoryState(tx: Sql, state: unknown, members: [string, string][], extra: { dated?: string; stories?: unknown }): Promise<void> {
  const upsert = `insert into story_state (id, data) values ($1, $2) on conflict (id) do update set data = excluded.data`;
  const text = JSON.stringify(state);
  await tx.query(upsert, [STORY_STATE, text]);
  if (extra.dated !== undefined) await tx.query(upsert, [DATED_STORY_STATE, extra.dated]);
  if (extra.stories !== undefined)
    await tx.query(upsert, [STORY_LIST, JSON.stringify({ state: createHash('md5').update(text).digest('hex'), stories: extra.stories })]);
  await insertTextPairs(
    tx,
    'insert into story_members (article_id, story_id)',
    'on conflict (article_id) do update set story_id = excluded.story_id',
    members,
  );
}

/** The story list stored with the story index, if the index is still the one it was stored with. */
export async function storyList<T>(db: Sql): Promise<T | null> {
  const [state] = await db.query<{ digest: string }>('select md5(data) as digest from story_state where id = $1', [STORY_STATE]);
  const list = await storyStateRow<{ state: string; stories: T }>(db, STORY_LIST);
  return state && list && list.state === state.digest ? list.stories : null;
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
  input: string;
  parts: string | null;
}

/** The keys each stored story comparison was computed on, by story id. */
export async function storyComparisonKeys(db: Sql): Promise<Map<string, StoredKeys>> {
  const rows = await db.query<{ story_id: string; input_key: string; parts_key: string | null }>('select story_id, input_key, parts_key from story_comparisons');
  return new Map(rows.map((r) => [r.story_id, { input: r.input_key, parts: r.parts_key }]));
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

/**
 * Stores story comparisons with their keys, gives stories whose input did not change the new key
 * of their parts (`rekeyed`: story id, parts key), and drops the comparisons of stories not in `live`.
 */
export async function saveStoryComparisons(
  tx: Sql,
  rows: { story: string; key: string; parts: string; data: unknown }[],
  live: string[],
  rekeyed: [string, string][] = [],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const chunk = rows.slice(i, i + INSERT_ROWS);
    await tx.query(
      `insert into story_comparisons (story_id, input_key, parts_key, data) values ${placeholders(chunk.length, 4)}
       on conflict (story_id) do update set input_key = excluded.input_key, parts_key = excluded.parts_key, data = excluded.data`,
      chunk.flatMap((r) => [r.story, r.key, r.parts, JSON.stringify(r.data)]),
    );
  }
  for (let i = 0; i < rekeyed.length; i += ARRAY_ROWS) {
    const chunk = rekeyed.slice(i, i + ARRAY_ROWS);
    await tx.query(
      `update story_comparisons c set parts_key = k.parts from unnest($1::text[], $2::text[]) as k(story, parts) where c.story_id = k.story`,
      [chunk.map((r) => r[0]), chunk.map((r) => r[1])],
    );
  }
  await tx.query('delete from story_comparisons where not (story_id = any($1))', [live]);
}
