// The store thread (see owner.ts): opens PGlite over a directory its parent has locked and runs the
// statements that arrive on its port, and on the ports it hands out, until asked to close.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { openPglite } from './db.js';
import { serveDb } from './thread.js';

const { dir, port } = workerData as { dir: string; port: MessagePort };
try {
  const db = await openPglite(dir);
  serveDb(db, port, { close: () => db.close() });
  parentPort!.postMessage({ ready: true });
} catch (err) {
  parentPort!.postMessage({ error: (err as Error).message ?? String(err) });
}
