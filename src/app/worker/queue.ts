// The job queue: pg-boss on the same PostgreSQL as the store, so scaling out needs no service
// beyond the database. Three queues: ingest batches and reuse alignment (any number run at once,
// on any machine), and the serial cross-article corpus update (stately: at most one queued and one
// running, so it never races).
import { hostname } from 'node:os';
import PgBoss from 'pg-boss';
import type { InputError, RawDoc } from '../../core/types.js';
import { tunedPostgresUrl } from '../../store/index.js';

export const INGEST_QUEUE = 'storytrace-ingest';
export const CORPUS_QUEUE = 'storytrace-corpus';
export const ALIGN_QUEUE = 'storytrace-align';
/** The one key of the corpus queue: stately admits one queued and one active job per key. */
export const CORPUS_KEY = 'corpus';
/** Prefix of the application_name of every process connected to the queue. */
export const QUEUE_CLIENT = 'storytrace-queue';

/** A batch of input: documents carried in the job (no shared filesystem needed) or paths every worker can read. */
export type IngestJob = { docs: RawDoc[] } | { files: string[] };

/** Articles per align job: a few seconds of work, so the jobs spread over the workers. */
export const ALIGN_JOB_ARTICLES = 250;

/** Articles whose stored reuse candidate pairs a job aligns. */
export interface AlignJob {
  articles: string[];
}

/** Stored as the job's output: what `status` sums for throughput and lists as input errors. */
export interface IngestResult {
  documents: number;
  articles: number;
  added: number;
  errors: InputError[];
}

export interface QueueOptions {
  /**
   * Seconds a job may stay active before its worker is presumed dead and the job is retried. A
   * setting of the queues: when given, it replaces the stored one for jobs queued from then on.
   */
  jobTimeoutSeconds?: number;
  /** Attempts after the first before a job is left failed (a queue setting, like the timeout). */
  retryLimit?: number;
  /** How often some live worker looks for expired jobs; default half the job timeout, at most 30 s. */
  maintenanceSeconds?: number;
  /** Pool size for the queue's own connections. */
  connections?: number;
  /** Errors from the queue's background work (maintenance during a database outage, ...). */
  onError?: (err: Error) => void;
}

export const DEFAULT_QUEUE_OPTIONS = {
  jobTimeoutSeconds: 900,
  retryLimit: 8,
  connections: 4,
} as const;

/** Starts pg-boss on the database (installing its schema once) and makes sure both queues exist. */
export async function openQueue(url: string, opts: QueueOptions = {}): Promise<PgBoss> {
  const timeout = opts.jobTimeoutSeconds ?? DEFAULT_QUEUE_OPTIONS.jobTimeoutSeconds;
  const boss = new PgBoss({
    connectionString: await tunedPostgresUrl(url),
    // Names the process, so `status` can list who is connected to the queue.
    application_name: `${QUEUE_CLIENT} ${hostname()} ${process.pid}`.slice(0, 63),
    max: opts.connections ?? DEFAULT_QUEUE_OPTIONS.connections,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? Math.max(1, Math.min(30, Math.floor(timeout / 2))),
    // Completed batches carry their documents: archive them soon so the job table stays small.
    archiveCompletedAfterSeconds: 3600,
  });
  // pg-boss re-emits pool and maintenance errors; an EventEmitter 'error' with no listener would kill the process.
  boss.on('error', (err) => opts.onError?.(err));
  await boss.start();
  const settings = {
    retryLimit: opts.retryLimit,
    expireInSeconds: opts.jobTimeoutSeconds,
  };
  await ensureQueue(boss, { name: INGEST_QUEUE, policy: 'standard' }, settings);
  await ensureQueue(boss, { name: CORPUS_QUEUE, policy: 'stately' }, settings);
  await ensureQueue(boss, { name: ALIGN_QUEUE, policy: 'standard' }, settings);
  return boss;
}

/** Creates the queue with defaults, or applies explicitly given settings to the existing one. */
async function ensureQueue(
  boss: PgBoss,
  queue: { name: string; policy: PgBoss.QueuePolicy },
  settings: { retryLimit?: number; expireInSeconds?: number },
): Promise<void> {
  const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined));
  if (await boss.getQueue(queue.name)) {
    // updateQueue would reset an omitted policy to 'standard': always pass it.
    if (Object.keys(given).length > 0) await boss.updateQueue(queue.name, { ...queue, ...given });
    return;
  }
  const full = {
    ...queue,
    retryLimit: DEFAULT_QUEUE_OPTIONS.retryLimit,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: DEFAULT_QUEUE_OPTIONS.jobTimeoutSeconds,
    ...given,
  };
  try {
    await boss.createQueue(queue.name, full);
  } catch (err) {
    // Several workers start at once: the loser of a concurrent create finds the queue there.
    if (!(await boss.getQueue(queue.name))) throw err;
  }
}

export interface BatchLimits {
  /** Documents per job. */
  docs: number;
  /** Approximate characters of document text per job, so a job row stays a manageable size. */
  chars: number;
}

export const DEFAULT_BATCH: BatchLimits = { docs: 200, chars: 8 * 2 ** 20 };

/**
 * Enqueues documents as ingest jobs, cut by count and size in input order. Streams: only one
 * batch is held in memory, so a corpus larger than memory can be queued.
 */
export async function enqueueDocs(
  boss: PgBoss,
  docs: Iterable<RawDoc> | AsyncIterable<RawDoc>,
  limits: BatchLimits = DEFAULT_BATCH,
): Promise<{ jobs: number; docs: number }> {
  let batch: RawDoc[] = [];
  let chars = 0;
  const sent = { jobs: 0, docs: 0 };
  const flush = async () => {
    await boss.insert([{ name: INGEST_QUEUE, data: { docs: batch } satisfies IngestJob }]);
    sent.jobs++;
    sent.docs += batch.length;
    batch = [];
    chars = 0;
  };
  for await (const doc of docs) {
    const size = (doc.text?.length ?? 0) + (doc.html?.length ?? 0);
    if (batch.length > 0 && (batch.length >= limits.docs || chars + size > limits.chars)) await flush();
    batch.push(doc);
    chars += size;
  }
  if (batch.length > 0) await flush();
  return sent;
}

/** Enqueues paths in jobs of `perJob` files, for workers that all see the same filesystem. */
export async function enqueueFiles(boss: PgBoss, files: string[], perJob: number): Promise<{ jobs: number }> {
  let jobs = 0;
  for (let i = 0; i < files.length; i += perJob) {
    await boss.insert([{ name: INGEST_QUEUE, data: { files: files.slice(i, i + perJob) } satisfies IngestJob }]);
    jobs++;
  }
  return { jobs };
}

/** Queues the alignment of these articles' candidate pairs, `perJob` articles a job. */
export async function enqueueAlignment(boss: PgBoss, articles: string[], perJob: number): Promise<void> {
  const jobs: { name: string; data: AlignJob }[] = [];
  for (let i = 0; i < articles.length; i += perJob) jobs.push({ name: ALIGN_QUEUE, data: { articles: articles.slice(i, i + perJob) } });
  for (let i = 0; i < jobs.length; i += 1000) await boss.insert(jobs.slice(i, i + 1000));
}

/** Asks for a corpus update, now or after `delaySeconds`; a no-op while one is already queued (stately policy). */
export async function requestCorpusUpdate(boss: PgBoss, delaySeconds = 0): Promise<void> {
  await boss.send(CORPUS_QUEUE, {}, { singletonKey: CORPUS_KEY, startAfter: delaySeconds });
}
