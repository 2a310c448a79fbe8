// Public surface of input cleaning in the app shell: inline, or on worker threads with a time budget.
export { CleanPool, type CleanPoolOptions } from './pool.js';
export { cleanDocs, readAndClean, type CleanResult } from './read-clean.js';
