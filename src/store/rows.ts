// Batched row writes and JSON row reads shared by the store's query groups (store.ts,
// story-tables.ts): statement sizes chosen once, here.
import type { Sql } from './db.js';

/** Rows per multi-row INSERT: well under PostgreSQL's 65,535 bind parameters. */
export const INSERT_ROWS = 500;
/** Rows per INSERT of two-column pairs passed as two arrays: one statement to parse, not thousands of placeholders. */
export const ARRAY_ROWS = 20_000;

/** Inserts two-column text rows passed as two arrays: one statement to parse per ARRAY_ROWS rows. */
export async function insertTextPairs(tx: Sql, insertInto: string, onConflict: string, rows: [string, string][]): Promise<void> {
  for (let i = 0; i < rows.length; i += ARRAY_ROWS) {
    const chunk = rows.slice(i, i + ARRAY_ROWS);
    await tx.query(`${insertInto} select * from unnest($1::text[], $2::text[]) ${onConflict}`, [
      chunk.map((r) => r[0]),
      chunk.map((r) => r[1]),
    ]);
  }
}

export function placeholders(rows: number, columns: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cols: string[] = [];
    for (let c = 1; c <= columns; c++) cols.push(`$${r * columns + c}`);
    out.push(`(${cols.join(', ')})`);
  }
  return out.join(', ');
}

/**
 * Upserts per-article JSON results with the analysis version that computed them; a third value in
 * a row goes to the table's `names` column (extractions: see Store.saveExtractions).
 */
export async function upsertJson(tx: Sql, table: string, rows: [string, unknown][] | [string, unknown, unknown][], version: string): Promise<void> {
  const named = rows.length > 0 && rows[0]!.length === 3;
  const columns = named ? 4 : 3;
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const chunk = rows.slice(i, i + INSERT_ROWS);
    await tx.query(
      `insert into ${table} (article_id, data, version${named ? ', names' : ''}) values ${placeholders(chunk.length, columns)}
       on conflict (article_id) do update set data = excluded.data, version = excluded.version${named ? ', names = excluded.names' : ''}`,
      chunk.flatMap((r) => (named ? [r[0], JSON.stringify(r[1]), version, JSON.stringify(r[2])] : [r[0], JSON.stringify(r[1]), version])),
    );
  }
}

/** Per-article JSON results by article id (all, or only the given ids). */
export async function jsonRows<T>(db: Sql, table: string, ids?: string[]): Promise<T[]> {
  const where = ids ? 'where article_id = any($1)' : '';
  const rows = await db.query<{ data: string }>(
    `select data from ${table} ${where} order by article_id`,
    ids ? [ids] : [],
  );
  return rows.map((r) => JSON.parse(r.data) as T);
}
