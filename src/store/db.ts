// One small SQL interface over two drivers: embedded PGlite (a directory, no server) and a
// PostgreSQL server (node-postgres pool). Every query in storytrace goes through `Sql`, so the same
// statements run on both.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdirSync } from 'node:fs';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'embedded' | 'postgres';
  /** Runs fn in one transaction: all of its writes land, or none do. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Several statements separated by semicolons, no parameters (migrations). */
  execScript(text: string): Promise<void>;
  close(): Promise<void>;
}

export type StoreLocation = { dir: string } | { url: string };

export async function connect(location: StoreLocation): Promise<Db> {
  return 'url' in location ? connectPostgres(location.url) : connectEmbedded(location.dir);
}

async function connectEmbedded(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query<T>(text, params as unknown[])).rows;
    },
  });
  return {
    kind: 'embedded',
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async execScript(text) {
      await db.exec(text);
    },
    close: () => db.close(),
  };
}

async function connectPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A server restart drops idle connections; the pool replaces them, so an error on an idle
  // client must not crash the process.
  pool.on('error', () => undefined);
  const wrap = (q: pg.Pool | pg.PoolClient): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await q.query(text, params as unknown[])).rows as T[];
    },
  });
  await pool.query('select 1');
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      // The pool listens for errors only on idle clients: without this, a server restart during a
      // transaction would crash the process instead of failing the transaction.
      const onError = () => undefined;
      client.on('error', onError);
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.off('error', onError);
        client.release();
      }
    },
    async execScript(text) {
      await pool.query(text);
    },
    close: () => pool.end(),
  };
}
