// Cleaning off the calling thread: a server's request loop (and /api/health) stays responsive while
// a large or hostile upload is read, and an input past its time budget, or one that exhausts the
// thread's memory, is refused alone: its thread is stopped and replaced.
import { Worker } from 'node:worker_threads';
import type { CleanResult } from './read-clean.js';
import type { CleanRequest } from './worker.js';

export interface CleanPoolOptions {
  /** Threads (default 1). */
  size?: number;
  /** Wall-clock time one input may take to read and clean, in ms (default 60 s). */
  budgetMs?: number;
  /** Heap per thread, in MB (default 2048): a bomb ends its thread, not the process. */
  maxHeapMb?: number;
}

interface Job {
  request: CleanRequest;
  done: (result: CleanResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_URL = new URL('./worker.mjs', import.meta.url);

export class CleanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  readonly budgetMs: number;

  constructor(private readonly opts: CleanPoolOptions = {}) {
    this.budgetMs = opts.budgetMs ?? 60_000;
  }

  /** Reads and cleans one input; never rejects (a failure is the input's one-line error). */
  clean(name: string, bytes: Uint8Array, maxBytes?: number): Promise<CleanResult> {
    if (this.closed) throw new Error('clean pool closed');
    return new Promise((done) => {
      this.queue.push({ request: { id: this.nextId++, name, bytes, maxBytes }, done });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const slot = this.slots.find((s) => s.ready && !s.job);
      if (!slot) {
        if (this.slots.length < (this.opts.size ?? 1)) this.spawn();
        break;
      }
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => this.fail(slot, `took longer than ${formatSeconds(this.budgetMs)} to read and clean; refused`), this.budgetMs);
      slot.worker.postMessage(job.request);
    }
    // Threads starting or working keep the process alive; idle ones do not.
    for (const s of this.slots) {
      if (s.job || !s.ready) s.worker.ref();
      else s.worker.unref();
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 2048 } });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on('message', (msg: { ready: true } | { id: number; result: CleanResult }) => {
      if ('ready' in msg) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const job = slot.job;
      if (!job || job.request.id !== msg.id) return;
      this.finish(slot, msg.result);
    });
    worker.on('error', (err) => this.fail(slot, `cannot clean: ${(err as Error).message.replace(/\s+/g, ' ')}`));
    worker.on('exit', () => this.fail(slot, 'cannot clean: the cleaning thread stopped'));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, result: CleanResult): void {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job!;
    slot.job = null;
    slot.timer = null;
    job.done(result);
    this.dispatch();
  }

  /** Ends the slot's job with an error and replaces its thread. */
  private fail(slot: Slot, message: string): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    const refuse = (job: Job) => job.done({ documents: 0, articles: [], errors: [{ source: job.request.name, message }] });
    if (slot.job) refuse(slot.job);
    // A thread that cannot even start would fail again: the waiting inputs get its error.
    if (!slot.ready) this.queue.splice(0).forEach(refuse);
    if (!this.closed) this.dispatch();
  }
}

function formatSeconds(ms: number): string {
  return `${ms / 1000} s`;
}
