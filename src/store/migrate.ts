// Brings a store's schema up to date: applies each migration once, one worker at a time; apart
// from store.ts, whose statements all assume it has run.
import type { Db } from './db.js';
import { migrations, migrationsTable } from './schema.js';

const MIGRATION_LOCK = 74_110_001;

export async function migrate(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // Several workers may start at once against one server: one migrates, the others wait.
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(migrationsTable);
    const done = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(done.map((r) => Number(r.version)));
    for (const [i, sql] of migrations.entries()) {
      if (applied.has(i + 1)) continue;
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version) values ($1)', [i + 1]);
    }
  });
}

/** Migration scripts hold no literals with semicolons, so a plain split is exact. */
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.replace(/--[^\n]*/g, '').trim())
    .filter(Boolean);
}
