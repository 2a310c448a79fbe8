// Whether ../shared (the seeds, truth, benchmark pages and failure cases beside the repository) is
// here. A fresh clone has no ../shared: the tests that read it skip and say why in one line, so
// `npm test` passes; CI has it and runs them all.
import { existsSync } from 'node:fs';
import { sharedDir } from './fixtures.js';

export const sharedPresent: boolean = existsSync(sharedDir);

/** The one line a skipped test file or eval prints when ../shared is absent. */
export const sharedAbsentLine = `skipped: ${sharedDir} (the shared corpus, truth and cases beside the repository) is absent`;

/**
 * True when ../shared is absent, after printing the one-line reason: call once per test file and
 * pass the result to `describe.skipIf`, and keep the file's reads of ../shared behind it.
 */
export function skipWithoutShared(): boolean {
  if (!sharedPresent) console.log(sharedAbsentLine);
  return !sharedPresent;
}
