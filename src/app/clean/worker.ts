// The cleaning thread: one job at a time from CleanPool.
import { parentPort } from 'node:worker_threads';
import { readAndClean } from './read-clean.js';

const WARM_UP_TEXT = 'Harbour works resume\n\nPORTVILLE, 3 March 2024 (Wire) — Work on the harbour wall resumed on Monday, the port authority said.';
const WARM_UP_HTML = `<html><head><title>Harbour works resume</title></head><body><article><h1>Harbour works resume</h1><p>${WARM_UP_TEXT.split('\n\n')[1]}</p></article></body></html>`;

export interface CleanRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
  maxBytes?: number;
}

parentPort!.on('message', (job: CleanRequest) => {
  parentPort!.postMessage({ id: job.id, result: readAndClean(job.name, job.bytes, job.maxBytes) });
});
// Loading the modules, and the tables the cleaners build on first use (language profiles, date
// locales, the HTML parser), takes a while: a small page and a small text are cleaned once before the
// thread says it is ready, so the time budget measures an input's own work, not the thread's start.
readAndClean('warm-up.html', new TextEncoder().encode(WARM_UP_HTML));
readAndClean('warm-up.txt', new TextEncoder().encode(WARM_UP_TEXT));
parentPort!.postMessage({ ready: true });
