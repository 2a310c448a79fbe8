// The cleaning thread: one job at a time from CleanPool.
import { parentPort } from 'node:worker_threads';
import { readAndClean } from './read-clean.js';

export interface CleanRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  maxBytes?: number;
}

parentPort!.on('message', (job: CleanRequest) => {
  parentPort!.postMessage({ id: job.id, result: readAndClean(job.name, job.bytes, job.maxBytes) });
});
// Loading the modules takes a while: the time budget starts once the thread can work.
parentPort!.postMessage({ ready: true });
