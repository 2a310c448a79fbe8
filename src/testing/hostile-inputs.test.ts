// The CI subset of hostile inputs: 200 of them (and the FIFO, /dev/zero link and link loop)
// through the CLI's ingest path. Nothing thrown, every refusal one line, no good article lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CleanPool } from '../app/clean/index.js';
import { ingestFiles } from '../app/ingest.js';
import { resolveInputs } from '../app/inputs.js';
import { Store } from '../store/index.js';
import { missingMarkers, writeHostileSet } from './hostile-inputs.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bodies(store: Store): Promise<string[]> {
  return (await store.articles(undefined, { original: false })).map((a) => a.body);
}

describe('hostile inputs (CI subset)', () => {
  const set = writeHostileSet(join(dir, 'in'), { count: 200, tiny: 20, special: true });

  it('the ingest path refuses what it must, one line each, and loses no good article', async () => {
    const { files, errors: resolveErrors } = await resolveInputs([set.dir]);
    expect(resolveErrors).toEqual([]);
    const store = await Store.open({ dir: join(dir, 'cli-store') });
    const pool = new CleanPool({ budgetMs: 20_000 });
    try {
      const summary = await ingestFiles(store, files, { maxBytes: 4 * 2 ** 20, pool });
      for (const e of summary.errors) expect(e.message).not.toMatch(/[\n\r]/);
      const refusedFiles = new Set(summary.errors.map((e) => e.source.replace(/#.*$/, '')));
      expect(refusedFiles).toContain(join(set.dir, 'fifo.txt'));
      expect(refusedFiles).toContain(join(set.dir, 'zero.txt'));
      expect(missingMarkers(set.expected, await bodies(store))).toEqual([]);
      expect(summary.added.length).toBeGreaterThanOrEqual(set.expected.length);
    } finally {
      await pool.close();
      await store.close();
    }
  }, 180_000);
});
