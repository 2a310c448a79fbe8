// One writer per embedded store. PGlite keeps no lock of its own, and two processes writing one data
// directory corrupt it, so every open takes `<dir>/storytrace.lock`, created with O_EXCL (atomic
// on every local filesystem) and naming its holder. A lock whose holder process is gone (crash,
// SIGKILL) is stale and taken over; the takeover itself is guarded by a second O_EXCL file so
// two processes recovering at once cannot both win.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'storytrace.lock';

export interface LockHolder {
  pid: number;
  /** What the holder runs, e.g. `storytrace serve`. */
  command: string;
  host: string;
  /** The holder's start time as the kernel counts it (/proc/<pid>/stat field 22), so a reused pid is not taken for the holder. */
  started: string | null;
  at: string;
}

export interface LockOptions {
  /** Recorded for whoever finds the store busy. */
  command?: string;
  /** Wait for the holder to finish instead of failing at once. */
  wait?: boolean;
  /** Called once when waiting starts. */
  onWait?: (holder: LockHolder) => void;
  /** Poll interval while waiting, in ms. */
  pollMs?: number;
  /** What the refused caller can do instead, given who holds the store (the end of StoreBusyError's message). */
  advice?: (holder: LockHolder) => string;
}

/** The store is held by a live process; `message` is the one line to show. */
export class StoreBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder,
    advice = 'stop it, or pass --wait to go on once it is done',
  ) {
    super(`store ${dir} is in use by ${holder.command} (pid ${holder.pid}); ${advice}`);
    this.name = 'StoreBusyError';
  }
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

function startTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(holder: LockHolder): boolean {
  // A lock from another machine (a shared filesystem) cannot be checked: it is taken as live.
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const now = startTime(holder.pid);
  return !(holder.started && now && now !== holder.started);
}

function readHolder(path: string): LockHolder | null | 'missing' {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : null;
  }
}

function createExclusive(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** A lock file that a holder is still writing is young; past this age an unreadable one is debris. */
const UNREADABLE_GRACE_MS = 5_000;

/** Removes the lock at `path` if it is stale, under the recovery guard. */
function recoverStale(path: string, seen: string): void {
  const guard = `${path}.recover`;
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: startTime(process.pid) });
  if (!createExclusive(guard, mine)) {
    const other = readHolder(guard);
    // A recovery interrupted by a crash leaves the guard behind: clear it once its owner is gone.
    if (other === 'missing' || (other && !alive(other)) || (!other && ageMs(guard) > UNREADABLE_GRACE_MS)) {
      try {
        unlinkSync(guard);
      } catch {
        /* another process cleared it */
      }
    }
    return;
  }
  try {
    // Still the very lock judged stale (not one a faster process created meanwhile)?
    let now: string | null = null;
    try {
      now = readFileSync(path, 'utf8');
    } catch {
      /* gone already */
    }
    if (now === seen) unlinkSync(path);
  } finally {
    unlinkSync(guard);
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Takes the lock of the store directory `dir` (which must exist). Throws StoreBusyError when a
 * live process holds it, unless `wait` is set; then resolves once the holder has let go.
 */
export async function lockStore(dir: string, opts: LockOptions = {}): Promise<StoreLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    command: opts.command ?? process.argv.slice(1).join(' '),
    host: hostname(),
    started: startTime(process.pid),
    at: new Date().toISOString(),
  };
  const content = JSON.stringify(me);
  let told = false;
  for (;;) {
    if (createExclusive(path, content)) break;
    let seen: string;
    try {
      seen = readFileSync(path, 'utf8');
    } catch {
      continue; // released between our two calls
    }
    const holder = readHolder(path);
    if (holder === 'missing') continue;
    const stale = holder ? !alive(holder) : ageMs(path) > UNREADABLE_GRACE_MS;
    if (stale) {
      recoverStale(path, seen);
      await sleep(10);
      continue;
    }
    const shown: LockHolder = holder ?? { pid: 0, command: 'another process', host: '', started: null, at: '' };
    if (!opts.wait) throw new StoreBusyError(dir, shown, opts.advice?.(shown));
    if (!told) opts.onWait?.(shown);
    told = true;
    await sleep(opts.pollMs ?? 200);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path);
    } catch {
      /* already gone */
    }
  };
  // A process that exits without closing its store (a fatal error) still lets go.
  process.on('exit', release);
  return { path, release };
}
