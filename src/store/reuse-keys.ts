// The reuse band-key table: the corpus update registers each placed article's band keys and looks
// up only the new articles' keys (indexed), so its memory does not grow with the corpus. The
// Store's reuse-key methods delegate here.
import type { Sql } from './db.js';
import { ARRAY_ROWS } from './rows.js';

/**
 * Every stored holder of a looked-up key, up to `cap` (`markCap` for keys from `markBase` on: a
 * fingerprint needs only as many as make it a formula), in registration order.
 */
export async function keyHolders(
  db: Sql,
  keys: number[],
  cap: number,
  marks?: { base: number; cap: number },
): Promise<Map<number, { order: number; article: string }[]>> {
  const out = new Map<number, { order: number; article: string }[]>();
  for (let i = 0; i < keys.length; i += ARRAY_ROWS) {
    // float8: a 52-bit key is exact in it, and both drivers return it as a number.
    const rows = await db.query<{ key: number; seq: number; article_id: string }>(
      `select k.key::float8 as key, h.seq, o.article_id
       from unnest($1::bigint[]) k (key)
       cross join lateral (select r.seq from reuse_keys r where r.key = k.key order by r.seq
         limit (case when k.key >= $3::bigint then $4::int else $2::int end)) h
       join reuse_order o on o.seq = h.seq
       order by k.key, h.seq`,
      [keys.slice(i, i + ARRAY_ROWS), cap, marks?.base ?? Number.MAX_SAFE_INTEGER, marks?.cap ?? cap],
    );
    for (const r of rows) {
      const key = Number(r.key);
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push({ order: Number(r.seq), article: r.article_id });
    }
  }
  return out;
}

/** The next registration number (one past the last). */
export async function nextKeyOrder(db: Sql): Promise<number> {
  const [row] = await db.query<{ n: number }>('select coalesce(max(seq), 0) + 1 as n from reuse_order');
  return Number(row!.n);
}

/** Registers articles (numbered `order`) with their band keys. */
export async function registerKeys(tx: Sql, rows: { order: number; article: string; keys: number[] }[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query('insert into reuse_order (seq, article_id) select * from unnest($1::int[], $2::text[])', [
    rows.map((r) => r.order),
    rows.map((r) => r.article),
  ]);
  await insertKeys(tx, rows);
}

/** One row per band key of each article, sent as two arrays of at most ARRAY_ROWS. */
async function insertKeys(tx: Sql, rows: { order: number; keys: number[] }[]): Promise<void> {
  let keys: number[] = [];
  let orders: number[] = [];
  const flush = async () => {
    if (keys.length) await tx.query('insert into reuse_keys (key, seq) select * from unnest($1::bigint[], $2::int[])', [keys, orders]);
    keys = [];
    orders = [];
  };
  for (const r of rows) {
    for (const key of r.keys) {
      keys.push(key);
      orders.push(r.order);
    }
    if (keys.length >= ARRAY_ROWS) await flush();
  }
  await flush();
}

/**
 * Drops the registrations of articles with no story: a corpus update stopped before placing the
 * articles it registered. Registrations are made in order, so those are the latest, and the
 * update that places them again numbers them as before.
 */
export async function dropUnplaced(tx: Sql): Promise<void> {
  const rows = await tx.query<{ seq: number }>(
    `select o.seq from reuse_order o where not exists (select 1 from story_members m where m.article_id = o.article_id)`,
  );
  if (rows.length === 0) return;
  const seqs = rows.map((r) => Number(r.seq));
  await tx.query('delete from reuse_keys where seq = any($1::int[])', [seqs]);
  await tx.query('delete from reuse_order where seq = any($1::int[])', [seqs]);
}

/** Registration numbers of the given articles, where registered. */
export async function keyOrders(db: Sql, ids: string[]): Promise<Map<string, number>> {
  const rows = await db.query<{ seq: number; article_id: string }>('select seq, article_id from reuse_order where article_id = any($1)', [ids]);
  return new Map(rows.map((r) => [r.article_id, Number(r.seq)]));
}

/** Replaces the band keys of registered articles (their signatures were computed again), keeping their numbers. */
export async function replaceKeys(tx: Sql, rows: { order: number; keys: number[] }[]): Promise<void> {
  if (rows.length === 0) return;
  // No index by seq: a scan of the key table, run only after an analysis upgrade.
  await tx.query('delete from reuse_keys where seq = any($1::int[])', [rows.map((r) => r.order)]);
  await insertKeys(tx, rows);
}

/**
 * Withdraws pairs that are no longer reuse candidates (a fingerprint they shared became a formula):
 * their pending candidate rows first, then their records, either way round.
 */
export async function withdrawPairs(tx: Sql, pairs: [string, string][]): Promise<void> {
  for (let i = 0; i < pairs.length; i += ARRAY_ROWS) {
    const chunk = pairs.slice(i, i + ARRAY_ROWS);
    const params = [chunk.map((p) => p[0]), chunk.map((p) => p[1])];
    await tx.query(
      `delete from reuse_candidates c using unnest($1::text[], $2::text[]) p (x, y)
       where (c.article_id = p.x and c.earlier_id = p.y) or (c.article_id = p.y and c.earlier_id = p.x)`,
      params,
    );
    await tx.query(
      `delete from reuse_records r using unnest($1::text[], $2::text[]) p (x, y)
       where (r.source_id = p.x and r.copy_id = p.y) or (r.source_id = p.y and r.copy_id = p.x)`,
      params,
    );
  }
}
