// Damage checks of a store. The cheap one (run on open) compares keys only: rows that refer to a
// missing row, and articles without the source row every ingest writes. The full one
// (`storytrace check`) also reads every row: a row that cannot be read (a broken TOAST chunk, a
// bad page), a result that is no longer JSON, or an article whose text, outlet, date or address no
// longer match its id is reported by its key; nothing unreadable is skipped.
import type { Sql } from './db.js';
import { idMatches } from './legacy-ids.js';

export interface Damage {
  table: string;
  /** The row's key (article id, or `source -> copy` for a pair), or `*` for the whole table. */
  key: string;
  problem: string;
}

export interface CheckResult {
  /** Rows looked at, per table. */
  rows: Record<string, number>;
  damage: Damage[];
}

interface Table {
  name: string;
  /** Key columns, all text. */
  key: string[];
  /** Columns holding JSON text. */
  json?: string[];
}

const TABLES: Table[] = [
  { name: 'articles', key: ['id'] },
  { name: 'article_sources', key: ['source', 'article_id'] },
  { name: 'extractions', key: ['article_id'], json: ['data'] },
  { name: 'reuse_signatures', key: ['article_id'], json: ['data'] },
  { name: 'story_features', key: ['article_id'], json: ['data'] },
  { name: 'reuse_records', key: ['source_id', 'copy_id'], json: ['data'] },
  { name: 'reuse_candidates', key: ['article_id', 'earlier_id'] },
  { name: 'story_members', key: ['article_id'] },
  { name: 'story_state', key: ['id::text'], json: ['data'] },
  { name: 'story_rows', key: ["kind || ':' || phase || ':' || key"], json: ['data'] },
  { name: 'story_list', key: ['story_id'], json: ['data'] },
  { name: 'story_comparisons', key: ['story_id'], json: ['data'] },
  { name: 'report_summary', key: ['id::text'], json: ['data'] },
];

/** Rows that name an article the store does not hold, and articles with no source row. */
const REFERENCES: { table: string; key: string; column: string; problem: string }[] = [
  // Keyed as the table is (an input read again after its file changed names two articles).
  { table: 'article_sources', key: "source || ' -> ' || article_id", column: 'article_id', problem: 'names an article that is not stored' },
  { table: 'extractions', key: 'article_id', column: 'article_id', problem: 'result of an article that is not stored' },
  { table: 'reuse_signatures', key: 'article_id', column: 'article_id', problem: 'result of an article that is not stored' },
  { table: 'story_features', key: 'article_id', column: 'article_id', problem: 'result of an article that is not stored' },
  { table: 'story_members', key: 'article_id', column: 'article_id', problem: 'places an article that is not stored' },
  { table: 'reuse_records', key: "source_id || ' -> ' || copy_id", column: 'source_id', problem: 'copied-from article is not stored' },
  { table: 'reuse_records', key: "source_id || ' -> ' || copy_id", column: 'copy_id', problem: 'copying article is not stored' },
  { table: 'reuse_candidates', key: "article_id || ' -> ' || earlier_id", column: 'article_id', problem: 'article is not stored' },
  { table: 'reuse_candidates', key: "article_id || ' -> ' || earlier_id", column: 'earlier_id', problem: 'earlier article is not stored' },
];

function message(err: unknown): string {
  return ((err as Error).message ?? String(err)).replace(/\s+/g, ' ');
}

/** The cheap check: references between rows, by key only (no row's value is read). */
async function checkReferences(sql: Sql): Promise<Damage[]> {
  const damage: Damage[] = [];
  const keysOf = async (table: string, query: string, problem: string) => {
    try {
      damage.push(...(await sql.query<{ key: string }>(query)).map((r) => ({ table, key: r.key, problem })));
    } catch (err) {
      damage.push({ table, key: '*', problem: `cannot check: ${message(err)}` });
    }
  };
  for (const ref of REFERENCES)
    await keysOf(ref.table, `select ${ref.key} as key from ${ref.table} t where not exists (select 1 from articles a where a.id = t.${ref.column}) order by 1`, ref.problem);
  await keysOf(
    'articles',
    'select id as key from articles a where not exists (select 1 from article_sources s where s.article_id = a.id) order by 1',
    'no source row (the input it came from is not recorded)',
  );
  return damage;
}

/** Rows read per statement; a statement that fails is retried row by row to name the bad ones. */
const BATCH = 200;

/**
 * The one place the store's problems are decided, for `storytrace check` and the check every
 * command runs on open alike: one problem per damaged row (its reasons joined), so both count the
 * same and no row is named twice. `rows: false` (on open) compares keys only; the full check also
 * reads every row of every table back and checks its value.
 */
export async function checkStore(sql: Sql, opts: { rows?: boolean } = {}): Promise<CheckResult> {
  const rows: Record<string, number> = {};
  const damage: Damage[] = opts.rows === false ? [] : await checkRows(sql, rows);
  damage.push(...(await checkReferences(sql)));
  return { rows, damage: byRow(damage) };
}

/** Problems of one row merged into one, in the order first found. */
function byRow(damage: Damage[]): Damage[] {
  const rows = new Map<string, Damage>();
  for (const d of damage) {
    const id = `${d.table}\u0000${d.key}`;
    const seen = rows.get(id);
    if (!seen) rows.set(id, { ...d });
    else if (!seen.problem.split('; ').includes(d.problem)) seen.problem += `; ${d.problem}`;
  }
  return [...rows.values()];
}

/** Every row of every table read back and its value checked. */
async function checkRows(sql: Sql, rows: Record<string, number>): Promise<Damage[]> {
  const damage: Damage[] = [];
  for (const table of TABLES) {
    const keyExpr = table.key.length === 1 ? table.key[0] : `${table.key[0]} || ' -> ' || ${table.key[1]}`;
    let keys: string[];
    try {
      keys = (await sql.query<{ key: string }>(`select ${keyExpr} as key from ${table.name} order by 1`)).map((r) => r.key);
    } catch (err) {
      damage.push({ table: table.name, key: '*', problem: `cannot list rows: ${message(err)}` });
      continue;
    }
    rows[table.name] = keys.length;
    const read = (batch: string[]) => sql.query<Record<string, unknown>>(`select ${keyExpr} as key, * from ${table.name} where ${keyExpr} = any($1)`, [batch]);
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      let got: Record<string, unknown>[];
      try {
        got = await read(batch);
      } catch {
        got = [];
        for (const key of batch) {
          try {
            got.push(...(await read([key])));
          } catch (err) {
            damage.push({ table: table.name, key, problem: `unreadable: ${message(err)}` });
          }
        }
      }
      for (const row of got) damage.push(...checkRow(table, row));
    }
  }
  return damage;
}

function checkRow(table: Table, row: Record<string, unknown>): Damage[] {
  const key = String(row.key);
  const found: Damage[] = [];
  for (const column of table.json ?? []) {
    try {
      JSON.parse(String(row[column]));
    } catch (err) {
      found.push({ table: table.name, key, problem: `${column} is not valid JSON (${message(err)})` });
    }
  }
  if (table.name === 'articles' && !idMatches(row as Parameters<typeof idMatches>[0]))
    found.push({ table: table.name, key, problem: 'text, outlet, date or address no longer match its id (altered after ingest)' });
  return found;
}

/** One problem as every surface prints it. */
export function damageLine(d: Damage): string {
  return `${d.table} ${d.key}: ${d.problem}`;
}

/** "1 problem", "3 problems": the count every surface gives. */
export function problemCount(damage: Damage[]): string {
  return `${damage.length} ${damage.length === 1 ? 'problem' : 'problems'}`;
}

/** One line on damage the cheap check on open found, or null; `where` names the store for the check command. */
export function damageSummary(damage: Damage[], where: string): string | null {
  if (!damage.length) return null;
  return `the store is damaged: ${problemCount(damage)} (first: ${damageLine(damage[0])}); run storytrace check ${where}`;
}
