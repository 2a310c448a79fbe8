// The server's analysis thread: every stage over the store (or the stored analysis read back), so
// the CPU-heavy work never runs on the request loop. Its statements run on the thread that owns
// the store, over the port it was started with.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { type Db, remoteDb, Store } from '../../store/index.js';
import { analyzeStore, buildReport } from '../pipeline.js';

export interface AnalysisJob {
  id: number;
  kind: 'analyze' | 'load';
}

const { port, kind } = workerData as { port: MessagePort; kind: Db['kind'] };
const store = Store.attach(remoteDb(port, kind));

parentPort!.on('message', async (job: AnalysisJob) => {
  try {
    const report = job.kind === 'load' ? await buildReport(store, { storedOnly: true }) : await analyzeStore(store);
    parentPort!.postMessage({ id: job.id, report });
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).stack ?? String(err) });
  }
});
parentPort!.postMessage({ ready: true });
