// The server's analysis thread: every stage over the store (or the stored analysis read back), so
// the CPU-heavy work never runs on the request loop. Its statements run on the thread that owns
// the store, over the port it was started with.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { type Db, remoteDb, Store } from '../../store/index.js';
import { analyzeStore, buildReport } from '../pipeline.js';
import { type ReportPart, splitReport } from './report-parts.js';

/** A run ('analyze', 'load'), or the next part of a run's report ('part'). */
export type AnalysisJob = { id: number; kind: 'analyze' | 'load' } | { id: number; kind: 'part'; part: number };

/** What the thread answers: ready once, then per run its number of parts, each part, or an error. */
export type AnalysisReply =
  | { ready: true }
  | { id: number; parts: number }
  | { id: number; part: number; data: ReportPart }
  | { id: number; error: string };

const { port, kind } = workerData as { port: MessagePort; kind: Db['kind'] };
const store = Store.attach(remoteDb(port, kind));

/** Each finished run's report parts, until the last one is taken. */
const held = new Map<number, ReportPart[]>();
const reply = (msg: AnalysisReply) => parentPort!.postMessage(msg);

parentPort!.on('message', async (job: AnalysisJob) => {
  if (job.kind === 'part') {
    const parts = held.get(job.id);
    if (!parts) return reply({ id: job.id, error: `no report part ${job.part} of run ${job.id}` });
    if (job.part === parts.length - 1) held.delete(job.id);
    return reply({ id: job.id, part: job.part, data: parts[job.part] });
  }
  try {
    const report = job.kind === 'load' ? await buildReport(store, { storedOnly: true }) : await analyzeStore(store);
    const parts = splitReport(report);
    held.set(job.id, parts);
    reply({ id: job.id, parts: parts.length });
  } catch (err) {
    reply({ id: job.id, error: (err as Error).stack ?? String(err) });
  }
});
reply({ ready: true });
