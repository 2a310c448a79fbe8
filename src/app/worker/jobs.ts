// What a worker does with each job. Every write is idempotent (articles keyed by content hash,
// per-article results upserted), so a job retried after its worker was killed changes nothing that
// the first attempt already stored and completes what it did not.
import pg from 'pg';
import { readInput } from '../../core/ingest/index.js';
import { cleanDocs } from '../clean/index.js';
import type { Article, InputError, RawDoc } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { readInputBytes } from '../inputs.js';
import type { IngestJob, IngestResult } from './queue.js';

/** The pipeline stages a worker runs; both must be idempotent. */
export interface WorkerStages {
  /** Per-article stages for stored articles (extraction, reuse signatures): any worker, any order. */
  processArticles(store: Store, ids: string[]): Promise<unknown>;
  /** The same for articles in hand, exactly as stored. */
  processStoredArticles(store: Store, articles: Article[]): Promise<unknown>;
  /**
   * The serial cross-article step over what is stored: run by one worker at a time. Calls
   * `candidatesSaved` with the articles whose reuse candidate pairs are ready to align.
   */
  updateCorpus(store: Store, hooks: { candidatesSaved?(articleIds: string[]): Promise<void> }): Promise<unknown>;
  /** Reuse alignment of the given articles' stored candidate pairs: any worker, any order. */
  alignCandidates(store: Store, articleIds: string[]): Promise<number>;
}

/** Session-level advisory lock key held while the corpus update runs. */
const CORPUS_LOCK = 74_110_002;

export async function runIngestJob(
  store: Store,
  job: IngestJob,
  stages: WorkerStages,
  maxBytes?: number,
): Promise<IngestResult> {
  const { docs, errors } = 'files' in job ? await readFiles(job.files, maxBytes) : { docs: job.docs, errors: [] };
  const articles = cleanDocs(docs, errors);
  const added = await store.db.transaction((tx) => store.insertArticles(articles, tx));
  // Every article of the batch, not only the new ones: a retried batch finds its articles stored
  // by the killed attempt but perhaps not yet processed. The new ones are in hand as stored (the
  // first of each id, as insertArticles keeps); others are read back, since the stored copy of a
  // known text may carry another source's metadata.
  const firstOf = new Map<string, Article>();
  for (const a of articles) if (!firstOf.has(a.id)) firstOf.set(a.id, a);
  const fresh = new Set(added);
  const known = [...firstOf.keys()].filter((id) => !fresh.has(id));
  if (fresh.size > 0) await stages.processStoredArticles(store, added.map((id) => firstOf.get(id)!));
  if (known.length > 0) await stages.processArticles(store, known);
  return { documents: docs.length, articles: firstOf.size, added: added.length, errors };
}

async function readFiles(files: string[], maxBytes?: number): Promise<{ docs: RawDoc[]; errors: InputError[] }> {
  const docs: RawDoc[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readInputBytes(file);
    } catch (err) {
      errors.push({ source: file, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    const read = readInput(file, bytes, { maxBytes });
    docs.push(...read.docs);
    errors.push(...read.errors);
  }
  return { docs, errors };
}

/**
 * Runs fn (the corpus update) under a session-level advisory lock on its own connection. The
 * stately queue already runs one corpus job at a time; the lock also covers a job that outlived
 * its timeout and was handed to a second worker while the first still runs, and any other process
 * (an `analyze --db` run) that updates the corpus of the same database. A dead process's session,
 * and its lock, end with its connection.
 */
export async function withCorpusLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'storytrace-corpus-lock' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [CORPUS_LOCK]);
    return await fn();
  } finally {
    await client.end().catch(() => undefined);
  }
}
