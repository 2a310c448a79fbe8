// An empty, migrated embedded store for tests that need a fresh one but are not about making it.
// Creating a store runs PostgreSQL's initdb inside PGlite: about 10 s of CPU on this machine, where
// opening an existing one takes about 1.5 s. The empty store is made once (per schema and PGlite
// version, kept in the temp directory) and copied; a test that is about creating stores opens a
// new directory itself.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE, Store } from '../store/index.js';
import { repoRoot } from './hostile-run.js';

/** What decides the empty store's contents: the migrations and the PGlite that ran them. */
function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(repoRoot, 'src/store/schema.ts')));
  hash.update(readFileSync(join(repoRoot, 'node_modules/@electric-sql/pglite/package.json')));
  return hash.digest('hex').slice(0, 16);
}

let made: Promise<string> | null = null;

async function template(): Promise<string> {
  const dir = join(tmpdir(), `storytrace-empty-store-${templateKey()}`);
  if (existsSync(dir)) return dir;
  // Made beside its final name and renamed: a test file running at once never copies half a store.
  const staging = `${dir}.${process.pid}.${Date.now()}`;
  const store = await Store.open({ dir: staging });
  await store.close();
  rmSync(join(staging, LOCK_FILE), { force: true });
  try {
    renameSync(staging, dir);
  } catch {
    // Another process renamed its copy first: that one serves.
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/** Copies an empty, migrated store to dest (which must not exist) and returns dest. */
export async function emptyStoreAt(dest: string): Promise<string> {
  made ??= template();
  cpSync(await made, dest, { recursive: true });
  return dest;
}
