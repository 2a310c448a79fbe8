// The CI subset of hostile inputs: 200 of them and 20 tiny files (plus the FIFO, /dev/zero link and
// link loop for the command line) through `storytrace ingest` and through the upload API of a
// running server. Nothing thrown, every refusal one line, no good article lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { startServer } from '../app/server/index.js';
import { Store } from '../store/index.js';
import { writeHostileSet, wrongRefusals } from './hostile-inputs.js';
import { throughCli, throughUpload } from './hostile-run.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The two halves share nothing but the inputs: they run at once (the CLI in its own process).
describe.concurrent('hostile inputs (CI subset)', () => {
  const set = writeHostileSet(join(dir, 'in'), { count: 200, tiny: 20, special: true });

  it('storytrace ingest refuses what it must, one line each, and loses no good article', async ({ expect }) => {
    const run = await throughCli(set, join(dir, 'cli-store'), { maxBytes: '4MB', timeBudgetS: 20 });
    expect(run.lost).toEqual([]);
    expect(run.stored).toBeGreaterThanOrEqual(set.expected.length);
    // Some inputs refused, the rest stored: exit 1, never a crash (133) or a fatal error (2).
    expect(run.exitCode).toBe(1);
    for (const line of run.errors) expect(line).toMatch(/^storytrace: [^\u0000-\u001f\u007f]+$/);
    expect(run.errors.some((l) => l.startsWith(`storytrace: ${join(set.dir, 'fifo.txt')}: not a regular file`))).toBe(true);
    expect(run.errors.some((l) => l.startsWith(`storytrace: ${join(set.dir, 'zero.txt')}: not a regular file`))).toBe(true);
    // Each kind refused for its own reason, naming the input (and record) once; the others read whole.
    expect(wrongRefusals(set.files, run.errors, (f) => `storytrace: ${f}`)).toEqual([]);
  }, 240_000);

  it('the upload API of a running server refuses what it must and loses no good article', async ({ expect }) => {
    const storeDir = join(dir, 'upload-store');
    const store = await Store.open({ dir: storeDir });
    // The uploads follow each other closely: their analysis is asked for by each and runs once, after the last.
    const server = await startServer({ store, port: 0, maxFileBytes: 4 * 2 ** 20, budgetMs: 20_000, log: () => undefined, analysisTiming: { quietMs: 3_000, maxDelayMs: 120_000 } });
    const stop = async () => {
      await server.cache.settled();
      await server.close();
      await store.close();
      return null;
    };
    const run = await throughUpload(set, { url: server.url, storeDir, stop }, { perRequest: 50, tinyPerRequest: 20 });
    expect(run.lost).toEqual([]);
    expect(run.stored).toBeGreaterThanOrEqual(set.expected.length);
    for (const line of run.errors) expect(line).not.toMatch(/[\u0000-\u001f\u007f]|request refused/);
    expect(wrongRefusals(set.files, run.errors, (f) => `upload/${basename(f)}`)).toEqual([]);
  }, 240_000);
});
