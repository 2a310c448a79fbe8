// An embedded store on a thread of its own. PGlite is a WebAssembly instance: each statement runs
// synchronously on the thread that holds it, so on a server's request thread a large read or write
// (the analysis thread's, sent over a port) holds every request for its whole length. Here the
// request thread and the analysis thread are both clients over ports, and the lock stays with
// this thread (it is the process's).
import { MessageChannel, Worker } from 'node:worker_threads';
import { type Db, openLocked } from './db.js';
import type { LockOptions } from './lock.js';
import { remoteDb } from './thread.js';

const WORKER_URL = new URL('./owner-worker.mjs', import.meta.url);

/**
 * Opens the embedded store in `dir` (made if missing) on a new thread and returns a Db whose
 * statements run there. Errors: StoreBusyError when another process holds the store (as
 * `connect`); StoreDamagedError when its database files do not open. `close` closes the
 * store on its thread, ends the thread and lets go of the lock.
 */
export function connectOnThread(dir: string, lockOptions: LockOptions = {}): Promise<Db> {
  return openLocked(dir, lockOptions, openOnThread);
}

/** PGlite over `dir` (locked by this process) on a thread of its own. */
async function openOnThread(dir: string): Promise<Db> {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_URL, { workerData: { dir, port: port2 }, transferList: [port2] });
  await new Promise<void>((ready, fail) => {
    worker.once('message', (msg: { ready?: true; error?: string }) => (msg.error !== undefined ? fail(new Error(msg.error)) : ready()));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`the store thread stopped before opening ${dir} (exit ${code})`)));
  }).catch(async (err: unknown) => {
    await worker.terminate();
    throw err;
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  // A crash of the store thread fails every statement in flight (remoteDb sees its port close).
  worker.on('error', () => port1.close());
  worker.on('exit', () => port1.close());
  const db = remoteDb(port1, 'embedded');
  return {
    kind: 'embedded',
    query: (text, params) => db.query(text, params),
    transaction: (fn) => db.transaction(fn),
    execScript: (text) => db.execScript(text),
    channel: () => db.channel(),
    async close() {
      await db.closeStore().catch(() => undefined);
      await worker.terminate();
    },
  };
}
