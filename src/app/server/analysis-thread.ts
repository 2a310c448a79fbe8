// Runs the server's analysis on a thread of its own: a long analysis (or a hostile article's)
// leaves the request loop free, so /api/health and every reader keep answering. The thread is
// started on first use and replaced if it dies. Its statements go to the store's own thread when
// the store has one (serve), else to this thread over a port.
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { AnalysisReport } from '../../core/types.js';
import { serveDb, type Store } from '../../store/index.js';
import type { AnalysisJob, AnalysisReply } from './analysis-worker.js';
import { joinReport, type ReportPart } from './report-parts.js';

const WORKER_URL = new URL('./analysis-worker.mjs', import.meta.url);

interface Pending {
  ok: (report: AnalysisReport) => void;
  fail: (err: Error) => void;
  /** The report's parts received so far, of `total` (see report-parts.ts). */
  parts: ReportPart[];
  total?: number;
}

export class AnalysisThread {
  private worker: Promise<Worker> | null = null;
  private served: { stop(): Promise<void> } | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly store: Store) {}

  /** Every stage over the store ('analyze') or the stored analysis read back ('load'). */
  run(kind: 'analyze' | 'load'): Promise<AnalysisReport> {
    return new Promise((ok, fail) => {
      const id = this.nextId++;
      this.pending.set(id, { ok, fail, parts: [] });
      this.start().then(
        (worker) => {
          worker.ref();
          worker.postMessage({ id, kind } satisfies AnalysisJob);
        },
        (err: Error) => this.settle(id, err),
      );
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
    await this.served?.stop();
    for (const id of [...this.pending.keys()]) this.settle(id, new Error('analysis thread closed'));
  }

  private settle(id: number, result: AnalysisReport | Error): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (!p) return;
    if (result instanceof Error) p.fail(result);
    else p.ok(result);
  }

  /**
   * The port the analysis thread sends its statements to: from the store's own thread when it has
   * one (they never pass through the request loop), else served from this thread.
   */
  private async port(): Promise<MessagePort> {
    if (this.store.db.channel) return this.store.db.channel();
    const { port1, port2 } = new MessageChannel();
    this.served = serveDb(this.store.db, port1);
    port1.unref();
    return port2;
  }

  private start(): Promise<Worker> {
    const current = (this.worker ??= this.port().then(
      (port) =>
        new Promise<Worker>((ready, fail) => {
          const worker = new Worker(WORKER_URL, { workerData: { port, kind: this.store.db.kind }, transferList: [port] });
          worker.on('message', (msg: AnalysisReply) => {
            if ('ready' in msg) return ready(worker);
            const p = this.pending.get(msg.id);
            if ('error' in msg) this.settle(msg.id, new Error(msg.error));
            else if (p) {
              if ('parts' in msg) p.total = msg.parts;
              else p.parts.push(msg.data);
              // Each part is asked for once the last has been decoded: requests are answered in between.
              if (p.parts.length < p.total!) worker.postMessage({ id: msg.id, kind: 'part', part: p.parts.length } satisfies AnalysisJob);
              else this.settle(msg.id, joinReport(p.parts));
            }
            // An idle thread does not keep the process alive.
            if (this.pending.size === 0) worker.unref();
          });
          const died = (err: Error) => {
            fail(err);
            // Its transactions are rolled back by whoever serves its port (the port closes with it).
            void this.served?.stop();
            if (this.worker && current === this.worker) this.worker = null;
            for (const id of [...this.pending.keys()]) this.settle(id, err);
          };
          worker.on('error', died);
          worker.on('exit', (code) => died(new Error(`analysis thread stopped (exit ${code})`)));
        }),
    ));
    return current;
  }
}
