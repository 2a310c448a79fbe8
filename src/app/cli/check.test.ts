// `storytrace check` on a sound store, on one damaged on purpose, and on a store that is not there;
// the cheap check on open says so when another command opens a damaged store.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { lockStore } from '../../store/lock.js';

const bin = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/storytrace.js');
const dir = mkdtempSync(join(tmpdir(), 'storytrace-check-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });

describe('storytrace check', () => {
  it('says a sound store is sound, names each damaged row, and warns on open', async () => {
    const store = join(dir, 'store');
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'Dredging approved\n\nThe harbour board voted on Tuesday to dredge the eastern channel before winter.');
    writeFileSync(b, 'Ferry fares rise\n\nThe island ferry will charge two pounds more from March, its operator said on Monday.');
    expect(run('ingest', '--store', store, a, b).status).toBe(0);

    const sound = run('check', '--store', store);
    expect(sound.stdout).toBe('checked 4 rows in 13 tables: no damage found\n');
    expect(sound.stderr).toBe('');
    expect(sound.status).toBe(0);

    const db = await Store.open({ dir: store });
    const [first, second] = await db.articles(undefined, { original: false }).then((all) => [a, b].map((f) => all.find((x) => x.source === f)!));
    await db.db.query(`update articles set body = body || ' And a line added later.' where id = $1`, [first.id]);
    await db.db.transaction(async (tx) => {
      await tx.query('set local session_replication_role = replica');
      await tx.query('delete from articles where id = $1', [second.id]);
    });
    await db.close();

    const damaged = run('check', '--store', store);
    const orphan = `article_sources ${b} -> ${second.id}: names an article that is not stored`;
    expect(damaged.stderr.split('\n').filter(Boolean).sort()).toEqual([`storytrace: ${orphan}`, `storytrace: articles ${first.id}: text, outlet, date or address no longer match its id (altered after ingest)`]);
    expect(damaged.stdout).toBe('checked 3 rows in 13 tables: 2 problems\n');
    expect(damaged.status).toBe(1);

    // Other commands go on, saying what the cheap check on open found: the key damage, in the
    // same words and counted as check counts it (an altered text needs check's full read).
    const c = join(dir, 'c.txt');
    writeFileSync(c, 'Crane collapse\n\nA crane fell onto the north quay on Sunday night; nobody was hurt, the port police said.');
    const ingest = run('ingest', '--store', store, c);
    expect(ingest.stderr).toBe(`storytrace: the store is damaged: 1 problem (first: ${orphan}); run storytrace check --store ${store}\n`);
    expect(ingest.status).toBe(0);
  }, 180_000);

  it('names the store and says its database files are damaged when they do not open', () => {
    const store = join(dir, 'broken-catalog');
    const file = join(dir, 'quay.txt');
    writeFileSync(file, 'Quay lights replaced\n\nThe lamps along the west quay were replaced on Friday after a storm broke most of them, the harbour office said.');
    expect(run('ingest', '--store', store, file).status).toBe(0);
    // pg_class, the catalog of every table, overwritten with garbage in each database.
    for (const db of readdirSync(join(store, 'base'))) {
      const catalog = join(store, 'base', db, '1259');
      if (existsSync(catalog)) writeFileSync(catalog, Buffer.alloc(statSync(catalog).size, 0xa5));
    }
    const res = run('check', '--store', store);
    const lines = res.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`storytrace: store ${store} is damaged: its database files do not open (`)).toBe(true);
    expect(lines[0]!.endsWith('); restore it from a copy, or ingest again into a new store')).toBe(true);
    expect(res.stdout).toBe('');
    expect(res.status).toBe(1);
    // Any other command stops, naming the store in the same words.
    const search = run('ingest', '--store', store, file);
    expect(search.stderr).toContain(`storytrace: store ${store} is damaged: its database files do not open`);
    expect(search.status).toBe(2);
  }, 120_000);

  it('refuses a store that is not there instead of making an empty one', () => {
    const missing = join(dir, 'nothing-here');
    const res = run('check', '--store', missing);
    expect(res.stderr).toBe(`storytrace: no store at ${missing}\n`);
    expect(res.status).toBe(2);
  }, 60_000);

  it('refused while another process holds the store, says what to do for a check (not an upload)', () => {
    const store = join(dir, 'held');
    const file = join(dir, 'held.txt');
    writeFileSync(file, 'Pier reopens\n\nThe old pier reopened to walkers on Saturday after a year of repairs, the town council said.');
    expect(run('ingest', '--store', store, file).status).toBe(0);
    return lockStore(store, { command: 'storytrace serve' }).then((lock) => {
      try {
        const res = run('check', '--store', store);
        expect(res.stderr).toBe(
          `storytrace: store ${store} is in use by storytrace serve (pid ${process.pid}); stop it and run check then, or pass --wait to check once it has stopped\n`,
        );
        expect(res.status).toBe(2);
        // Each refused command is told what it can do: an ingest can send its files to the server.
        const ingest = run('ingest', '--store', store, file);
        expect(ingest.stderr).toContain('send the files to it with `storytrace ingest --server <its URL> <paths...>`');
      } finally {
        lock.release();
      }
    });
  }, 60_000);
});
