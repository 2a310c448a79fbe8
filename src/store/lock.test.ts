// The embedded store's lock: one holder at a time, its name in the refusal, recovered from the dead.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockStore, StoreBusyError } from './lock.js';
import { tempDirs } from '../testing/temp-dirs.js';

const tempDir = tempDirs('storytrace-lock-');

/** The pid of a process that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('lockStore', () => {
  it('refuses a second holder with the first one named, and lets go on release', async () => {
    const dir = tempDir();
    const first = await lockStore(dir, { command: 'storytrace serve' });
    const holder = JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'));
    expect(holder).toMatchObject({ pid: process.pid, command: 'storytrace serve' });
    const err = await lockStore(dir, { command: 'storytrace ingest' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreBusyError);
    expect((err as Error).message).toBe(`store ${dir} is in use by storytrace serve (pid ${process.pid}); stop it, or pass --wait to go on once it is done`);
    // The refused caller says what it can do instead, knowing who holds the store.
    const advised = await lockStore(dir, { advice: (h) => `ask ${h.command} instead` }).catch((e: unknown) => e);
    expect((advised as Error).message).toBe(`store ${dir} is in use by storytrace serve (pid ${process.pid}); ask storytrace serve instead`);
    first.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    (await lockStore(dir)).release();
  });

  it('waits for the holder with wait, saying who it waits for', async () => {
    const dir = tempDir();
    const first = await lockStore(dir, { command: 'storytrace analyze' });
    const waitedFor: string[] = [];
    const second = lockStore(dir, { wait: true, pollMs: 20, onWait: (h) => waitedFor.push(h.command) });
    await new Promise((ok) => setTimeout(ok, 100));
    expect(waitedFor).toEqual(['storytrace analyze']);
    first.release();
    (await second).release();
  });

  it('takes over a lock whose holder died, and one whose pid now belongs to another process', async () => {
    const dir = tempDir();
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, JSON.stringify({ pid: deadPid(), command: 'storytrace ingest', host: hostname(), started: null, at: '' }));
    const taken = await lockStore(dir, { command: 'storytrace ingest' });
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    taken.release();
    // Our own pid with another start time: the pid was reused after the holder's crash.
    writeFileSync(path, JSON.stringify({ pid: process.pid, command: 'storytrace serve', host: hostname(), started: '1', at: '' }));
    (await lockStore(dir)).release();
  });

  it('lets exactly one of many concurrent takers win a stale lock', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid(), command: 'x', host: hostname(), started: null, at: '' }));
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => lockStore(dir)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof StoreBusyError)).toHaveLength(7);
  });
});
