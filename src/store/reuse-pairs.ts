// The reuse candidate pairs still to align and the records aligned from them: the Store's
// reuse-candidate and reuse-record methods delegate here, as its band-key methods do to reuse-keys.ts.
import type { ReuseRecord } from '../core/types.js';
import type { Sql } from './db.js';
import { INSERT_ROWS, insertTextPairs, placeholders } from './rows.js';

export async function saveCandidates(tx: Sql, pairs: [string, string][]): Promise<void> {
  await insertTextPairs(tx, 'insert into reuse_candidates (article_id, earlier_id)', 'on conflict do nothing', pairs);
}

/** Articles with candidate pairs still to align, in date order (all, or only among `ids`). */
export async function articlesWithCandidates(db: Sql, ids?: string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `select a.id from articles a where exists (select 1 from reuse_candidates c where c.article_id = a.id)
     ${ids ? 'and a.id = any($1)' : ''} order by a.published nulls last, a.id`,
    ids ? [ids] : [],
  );
  return rows.map((r) => r.id);
}

export async function candidates(db: Sql, ids: string[]): Promise<[string, string][]> {
  const rows = await db.query<{ article_id: string; earlier_id: string }>(
    'select article_id, earlier_id from reuse_candidates where article_id = any($1) order by article_id, earlier_id',
    [ids],
  );
  return rows.map((r) => [r.article_id, r.earlier_id]);
}

/** Stores the records aligned from these articles' candidate pairs and drops the pairs, at once. */
export async function settleCandidates(tx: Sql, ids: string[], records: ReuseRecord[]): Promise<void> {
  const settled = await tx.query<{ article_id: string; earlier_id: string }>(
    'delete from reuse_candidates where article_id = any($1) returning article_id, earlier_id',
    [ids],
  );
  // A pair withdrawn while it was being aligned (see withdrawReusePairs) keeps no record.
  const still = new Set(settled.flatMap((r) => [`${r.article_id}\u0000${r.earlier_id}`, `${r.earlier_id}\u0000${r.article_id}`]));
  await saveRecords(tx, records.filter((r) => still.has(`${r.source}\u0000${r.copy}`)));
}

export async function saveRecords(tx: Sql, records: ReuseRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += INSERT_ROWS) {
    const chunk = records.slice(i, i + INSERT_ROWS);
    await tx.query(
      `insert into reuse_records (source_id, copy_id, data) values ${placeholders(chunk.length, 3)}
       on conflict (source_id, copy_id) do update set data = excluded.data`,
      chunk.flatMap((r) => [r.source, r.copy, JSON.stringify(r)]),
    );
  }
}

export async function records(db: Sql): Promise<ReuseRecord[]> {
  const rows = await db.query<{ data: string }>(
    'select data from reuse_records order by source_id, copy_id',
  );
  return rows.map((r) => JSON.parse(r.data) as ReuseRecord);
}
