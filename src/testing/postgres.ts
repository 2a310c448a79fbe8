// Throwaway databases on the loopback PostgreSQL server for tests and benchmarks: each gets its own
// uniquely named database and drops it afterwards, so parallel runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const adminUrl = process.env.STORYTRACE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(prefix = 'storytrace_test'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // `with (force)` ends sessions a killed worker's pool may still hold open.
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
