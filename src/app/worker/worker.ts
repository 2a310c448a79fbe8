// A worker process: job loops over the queue, written here rather than with pg-boss's work() so
// that every queue call is awaited and retried. A database restart then only pauses the loops:
// fetch finds nothing while the server is down, and a job's completion is retried until the
// server answers again (or the job has expired and been handed to another worker anyway).
import type PgBoss from 'pg-boss';
import { Store } from '../../store/index.js';
import { runIngestJob, withCorpusLock, type WorkerStages } from './jobs.js';
import {
  ALIGN_JOB_ARTICLES,
  ALIGN_QUEUE,
  type AlignJob,
  CORPUS_QUEUE,
  DEFAULT_QUEUE_OPTIONS,
  enqueueAlignment,
  INGEST_QUEUE,
  type IngestJob,
  openQueue,
  type QueueOptions,
  requestCorpusUpdate,
} from './queue.js';
import { ingestBacklog, pendingJobs } from './status.js';

export const DEFAULT_CORPUS_LAG_SECONDS = 300;

export interface WorkerOptions extends QueueOptions {
  url: string;
  stages: WorkerStages;
  /** Ingest batches (and align jobs) in flight at once in this process (the stages interleave at database waits). */
  concurrency?: number;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number;
  /**
   * Longest an article may wait unplaced while ingest jobs are still queued. Until then the corpus
   * update waits for the ingest queue to drain, so a corpus queued at once is placed in one pass,
   * in the same order as the embedded path, and gives the same stories.
   */
  corpusLagSeconds?: number;
  maxBytes?: number;
  log?: (line: string) => void;
}

/** What this process has done, for `--until-idle` summaries and the scale benchmark. */
export interface WorkerStats {
  jobs: number;
  articles: number;
  /** Time in the per-article stages (ingest jobs), summed over this process's loops. */
  ingestMs: number;
  /** Time in corpus updates: the serial part of the work, which bounds the speed-up from more workers. */
  corpusMs: number;
  /** CPU time of the process during corpus updates. */
  corpusCpuMs: number;
  /** Time in reuse alignment jobs (parallel, like the per-article stages). */
  alignMs: number;
  /** Time jobs spent on queue calls: fetching them, completing them, requesting corpus updates. */
  queueMs: number;
  /** CPU time of the whole process (user + system): on a busy machine, the figure wall time hides. */
  cpuMs: number;
}

export interface RunningWorker {
  stats(): WorkerStats;
  /** Resolves once no job is waiting, retrying or running (with the count of jobs left failed). */
  untilIdle(): Promise<{ failed: number }>;
  /** Lets the jobs in hand finish, then disconnects. */
  stop(): Promise<void>;
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const log = opts.log ?? (() => undefined);
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const store = await Store.open({ url: opts.url });
  const boss = await openQueue(opts.url, {
    ...opts,
    connections: opts.connections ?? concurrency + DEFAULT_QUEUE_OPTIONS.connections,
    onError: (err) => log(`queue: ${err.message}`),
  });
  const pollMs = (opts.pollSeconds ?? 1) * 1000;
  const loops = new JobLoops(boss, pollMs, log);

  const ingest = async (data: IngestJob) => {
    const started = performance.now();
    const result = await runIngestJob(store, data, opts.stages, opts.maxBytes);
    const ms = performance.now() - started;
    loops.stats.articles += result.articles;
    loops.stats.ingestMs += ms;
    await loops.timed(() => requestCorpusUpdate(boss));
    return { ...result, ms: Math.round(ms) };
  };
  const lagSeconds = opts.corpusLagSeconds ?? DEFAULT_CORPUS_LAG_SECONDS;
  const corpus = async () => {
    const backlog = await ingestBacklog(store.db);
    if (backlog.jobs > 0 && backlog.oldestUnplacedSeconds < lagSeconds) {
      // Not yet: look again shortly (the stately queue keeps at most one such request waiting).
      await loops.timed(() => requestCorpusUpdate(boss, Math.max(1, Math.ceil(2 * pollMs / 1000))));
      return { deferred: true };
    }
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    // The serial step is every other worker's bottleneck: this process takes no other job meanwhile.
    loops.serialRunning = true;
    try {
      await withCorpusLock(opts.url, () =>
        opts.stages.updateCorpus(store, {
          candidatesSaved: (ids) => loops.timed(() => enqueueAlignment(boss, ids, ALIGN_JOB_ARTICLES)),
        }),
      );
    } finally {
      loops.serialRunning = false;
    }
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    loops.stats.corpusMs += ms;
    loops.stats.corpusCpuMs += (cpu.user + cpu.system) / 1000;
    return { ms: Math.round(ms) };
  };
  const align = async (data: AlignJob) => {
    const started = performance.now();
    const pairs = await opts.stages.alignCandidates(store, data.articles);
    const ms = performance.now() - started;
    loops.stats.alignMs += ms;
    return { pairs, ms: Math.round(ms) };
  };

  const running = [
    ...Array.from({ length: concurrency }, () => loops.run(INGEST_QUEUE, ingest, true)),
    ...Array.from({ length: concurrency }, () => loops.run(ALIGN_QUEUE, align, true)),
    loops.run(CORPUS_QUEUE, corpus),
  ];
  log(`worker started: ${concurrency} ingest and ${concurrency} align loop(s), and a corpus loop`);
  return {
    stats: () => {
      const { jobs, articles, ingestMs, corpusMs, corpusCpuMs, alignMs, queueMs } = loops.stats;
      const cpu = process.cpuUsage();
      return {
        jobs,
        articles,
        ingestMs: Math.round(ingestMs),
        corpusMs: Math.round(corpusMs),
        corpusCpuMs: Math.round(corpusCpuMs),
        alignMs: Math.round(alignMs),
        queueMs: Math.round(queueMs),
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      };
    },
    async untilIdle() {
      for (;;) {
        const jobs = await pendingJobs(store.db).catch(() => null);
        if (jobs && jobs.pending === 0) return { failed: jobs.failed };
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    async stop() {
      loops.stop();
      await Promise.all(running);
      await boss.stop({ graceful: false, close: true });
      await store.close();
      log('worker stopped');
    },
  };
}

class JobLoops {
  readonly stats: Omit<WorkerStats, 'cpuMs'> = { jobs: 0, articles: 0, ingestMs: 0, corpusMs: 0, corpusCpuMs: 0, alignMs: 0, queueMs: 0 };
  /** Set while this process runs the serial corpus update; loops that defer to it fetch nothing then. */
  serialRunning = false;
  private stopping = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly boss: PgBoss,
    private readonly pollMs: number,
    private readonly log: (line: string) => void,
  ) {}

  stop(): void {
    this.stopping = true;
    for (const wake of this.sleepers) wake();
  }

  async run<T extends object>(queue: string, handle: (data: T) => Promise<object>, defersToSerial = false): Promise<void> {
    while (!this.stopping) {
      if (defersToSerial && this.serialRunning) {
        await this.sleep(this.pollMs);
        continue;
      }
      const asked = performance.now();
      // pg-boss's fetch already answers [] when the database cannot be reached; anything else it
      // throws must not end the loop either.
      const [job] = await this.boss.fetch<T>(queue, { batchSize: 1 }).catch((err: Error) => {
        this.log(`queue: ${err.message}`);
        return [];
      });
      // Looking at an empty queue is idle time, not a cost of the jobs.
      if (!job) {
        await this.sleep(this.pollMs);
        continue;
      }
      this.stats.queueMs += performance.now() - asked;
      let settle: () => Promise<unknown>;
      try {
        const result = await handle(job.data);
        settle = () => this.boss.complete(queue, job.id, result);
      } catch (err) {
        this.log(`${queue} job ${job.id} failed: ${(err as Error).message}`);
        settle = () => this.boss.fail(queue, job.id, err as object);
      }
      this.stats.jobs++;
      await this.timed(() => this.retryUntil(settle, Date.now() + job.expireInSeconds * 1000));
    }
  }

  async timed<R>(call: () => Promise<R>): Promise<R> {
    const started = performance.now();
    try {
      return await call();
    } finally {
      this.stats.queueMs += performance.now() - started;
    }
  }

  /** Retries a queue call with backoff until it succeeds or the deadline passes (the job has expired by then). */
  private async retryUntil(call: () => Promise<unknown>, deadline: number): Promise<void> {
    for (let wait = 250; ; wait = Math.min(wait * 2, 5000)) {
      try {
        await call();
        return;
      } catch (err) {
        if (Date.now() + wait > deadline) {
          this.log(`queue: giving up on a job update (${(err as Error).message}); the job will be retried`);
          return;
        }
        await this.sleep(wait, true);
      }
    }
  }

  /** An interruptible pause; `always` pauses even while stopping (to finish settling a job). */
  private sleep(ms: number, always = false): Promise<void> {
    if (this.stopping && !always) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      if (!always) this.sleepers.add(wake);
    });
  }
}
