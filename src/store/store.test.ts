import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { Store } from './index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'storytrace-store-'));
  dirs.push(d);
  return d;
}

const article = (id: string, body: string, published: string | null = null): Article => ({
  id,
  source: `mem/${id}.txt`,
  outlet: null,
  url: null,
  headline: `Headline ${id}`,
  published,
  body,
  original: body,
});

describe('embedded store', () => {
  it('is idempotent by content id and keeps data across reopen', async () => {
    const dir = tempDir();
    let store = await Store.open({ dir });
    const added = await store.insertArticles([article('a', 'Alpha body.', '2020-01-02'), article('b', 'Beta body.')]);
    expect(added.sort()).toEqual(['a', 'b']);
    expect(await store.insertArticles([article('a', 'Alpha body.', '2020-01-02')])).toEqual([]);
    await store.close();

    store = await Store.open({ dir });
    const all = await store.articles();
    expect(all.map((a) => a.id)).toEqual(['a', 'b']);
    expect(all[0]!.body).toBe('Alpha body.');
    await store.close();
  });

  it('rolls back a failed batch whole', async () => {
    const store = await Store.open({ dir: tempDir() });
    await store.insertArticles([article('keep', 'Kept.')]);
    await expect(
      store.db.transaction(async (tx) => {
        await store.insertArticles([article('lost', 'Never committed.')], tx);
        throw new Error('crash mid-batch');
      }),
    ).rejects.toThrow('crash mid-batch');
    expect((await store.articles()).map((a) => a.id)).toEqual(['keep']);
    await store.close();
  });

  it('searches the full-text index once refreshed', async () => {
    const store = await Store.open({ dir: tempDir() });
    await store.insertArticles([article('x', 'The harbour bridge reopened after repairs.'), article('y', 'Wheat prices fell.')]);
    expect(await store.refreshSearchIndex()).toBe(2);
    const hits = await store.search('bridge');
    expect(hits.map((h) => h.id)).toEqual(['x']);
    expect(hits[0]!.snippet).toContain('«bridge»');
    await store.close();
  });
});
