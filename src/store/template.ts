// A new embedded store starts as a copy of an empty, initialised data directory. PGlite runs
// PostgreSQL's initdb inside WebAssembly on every new directory, which costs ~10 s of CPU (most of
// a small run, and of every test that makes a store); copying the 39 MB result costs ~0.3 s. The
// template is made once per PGlite version, from a clean shutdown, in the user's cache folder.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/** Where templates live: `$STORYTRACE_CACHE_DIR`, else `$XDG_CACHE_HOME/storytrace`, else `~/.cache/storytrace`. */
function cacheRoot(): string {
  if (process.env.STORYTRACE_CACHE_DIR) return process.env.STORYTRACE_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'storytrace');
}

/** The installed PGlite's version: a data directory made by one version is not given to another. */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === '@electric-sql/pglite' && pkg.version) return pkg.version;
  }
  throw new Error('cannot find the version of @electric-sql/pglite');
}

/** Whether `dir` already holds a PostgreSQL data directory. */
export function isDataDir(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

/** The template for this PGlite version, made now if missing (atomically: built aside, then renamed). */
async function template(): Promise<string> {
  const root = cacheRoot();
  const path = join(root, `pglite-${pgliteVersion()}-datadir`);
  if (isDataDir(path)) return path;
  mkdirSync(root, { recursive: true });
  const building = mkdtempSync(join(root, 'building-'));
  try {
    const db = await PGlite.create(building);
    await db.close();
    try {
      renameSync(building, path);
    } catch {
      // Another process made it first; theirs is as good.
      if (!isDataDir(path)) throw new Error(`cannot place the store template at ${path}`);
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
  return path;
}

/**
 * Fills the new store directory `dir` (no data directory yet) with a copy of the template. Returns
 * false when no template can be made or copied (a read-only cache, a full disk): PGlite then
 * initialises `dir` itself, as slowly as before.
 */
export async function seedFromTemplate(dir: string): Promise<boolean> {
  if (isDataDir(dir)) return false;
  let source: string;
  try {
    source = await template();
  } catch {
    return false;
  }
  try {
    cpSync(source, dir, { recursive: true });
    return true;
  } catch {
    // A half copy must not pass for a data directory: remove what was copied, keep the rest (the lock).
    for (const name of readdirSync(source)) rmSync(join(dir, name), { recursive: true, force: true });
    return false;
  }
}
