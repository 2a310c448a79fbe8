// Scale-out: ingest batches and corpus updates as jobs on a pg-boss queue in the shared PostgreSQL,
// run by any number of `storytrace worker` processes.
export { runIngestJob, withCorpusLock, type WorkerStages } from './jobs.js';
export {
  ALIGN_QUEUE,
  CORPUS_QUEUE,
  DEFAULT_BATCH,
  enqueueDocs,
  enqueueFiles,
  INGEST_QUEUE,
  type IngestJob,
  type IngestResult,
  openQueue,
  type QueueOptions,
} from './queue.js';
export { pendingJobs, readStatus, renderStatus, type QueueStatus } from './status.js';
export { startWorker, type RunningWorker, type WorkerOptions, type WorkerStats } from './worker.js';
