// One small SQL interface over two drivers: embedded PGlite (a directory, no server) and a
// PostgreSQL server (node-postgres pool). Every query in storytrace goes through `Sql`, so the same
// statements run on both.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { lockStore, type LockOptions } from './lock.js';
import { seedFromTemplate } from './template.js';

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
  /**
   * A port for another thread's `remoteDb`, served by the thread that runs this store's
   * statements. Absent where they run on this thread (then serve a port with `serveDb`).
   */
  channel?(): Promise<MessagePort>;
}

export type StoreLocation = { dir: string } | { url: string };

/**
 * An embedded store whose database files do not open (a damaged catalog or control file): the
 * message names the store and says so, where PGlite says only that it failed to initialize.
 */
export class StoreDamagedError extends Error {
  constructor(
    readonly dir: string,
    readonly detail: string,
  ) {
    super(`store ${dir} is damaged: its database files do not open (${detail}); restore it from a copy, or ingest again into a new store`);
    this.name = 'StoreDamagedError';
  }
}

/** `lock` applies to the embedded store only: a PostgreSQL server arbitrates its own clients. */
export async function connect(location: StoreLocation, lock: LockOptions = {}): Promise<Db> {
  return 'url' in location ? connectPostgres(location.url) : connectEmbedded(location.dir, lock);
}

function connectEmbedded(dir: string, lockOptions: LockOptions): Promise<Db> {
  return openLocked(dir, lockOptions, openPglite);
}

/**
 * Takes the lock of the embedded store `dir` (made if missing), fills a new one from the template
 * and opens it with `open` (on this thread, or on a thread of its own); the Db's close lets go of
 * the lock. Errors: StoreBusyError when another process holds it; StoreDamagedError when its
 * database files do not open; the template's own. The lock is released on any of them.
 */
export async function openLocked(dir: string, lockOptions: LockOptions, open: (dir: string) => Promise<Db>): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const lock = await lockStore(dir, lockOptions);
  let db: Db;
  try {
    await seedFromTemplate(dir);
  } catch (err) {
    lock.release();
    throw err;
  }
  try {
    db = await open(dir);
  } catch (err) {
    lock.release();
    // Locked and seeded, the directory holds a store: PostgreSQL not starting on it is damage.
    throw new StoreDamagedError(dir, err instanceof Error ? err.message : String(err));
  }
  return {
    ...db,
    async close() {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/**
 * PGlite over the data directory `dir`, which must exist and be locked by this process (`connect`
 * takes the lock; the store thread opens a directory its parent thread has locked).
 */
export async function openPglite(dir: string): Promise<Db> {
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

const sessionOptions = new Map<string, Promise<string | undefined>>();

/**
 * The connection URL with `postgresSessionOptions` added (as the `options` parameter), unless the
 * URL already sets options of its own.
 */
export async function tunedPostgresUrl(url: string): Promise<string> {
  const options = await postgresSessionOptions(url);
  if (!options) return url;
  try {
    const parsed = new URL(url);
    if (parsed.searchParams.has('options')) return url;
    parsed.searchParams.set('options', options);
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * Startup options for every storytrace connection to a PostgreSQL server: lz4 for the TOAST
 * compression of the long values storytrace writes (texts, per-article results, queued documents)
 * when the server has it (built in by Debian, RHEL and the official images since PostgreSQL 14).
 * Measured here: half the server CPU per article of the default pglz. Older data stays readable.
 */
function postgresSessionOptions(url: string): Promise<string | undefined> {
  let options = sessionOptions.get(url);
  if (!options) {
    options = (async () => {
      const client = new pg.Client({ connectionString: url });
      client.on('error', () => undefined);
      await client.connect();
      try {
        const { rows } = await client.query<{ lz4: boolean }>(
          `select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`,
        );
        return rows[0]?.lz4 ? '-c default_toast_compression=lz4' : undefined;
      } finally {
        await client.end().catch(() => undefined);
      }
    })();
    // A failed probe (server down) is not remembered: the next connection attempt asks again.
    options.catch(() => sessionOptions.delete(url));
    sessionOptions.set(url, options);
  }
  return options;
}

async function connectPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: await tunedPostgresUrl(url), max: 4 });
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
