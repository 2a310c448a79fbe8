import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { createTestDatabase } from '../testing/postgres.js';
import { connect } from './db.js';
import { Store } from './index.js';
import { migrations, migrationsTable } from './schema.js';
import { tempDirs } from '../testing/temp-dirs.js';

const tempDir = tempDirs('storytrace-store-');

const article = (id: string, body: string, published: string | null = null): Article => ({
  id,
  source: `mem/${id}.txt`,
  outlet: null,
  url: null,
  headline: `Headline ${id}`,
  published,
  language: null,
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

describe('schema upgrades', () => {
  it('moves a store written under the first schema (jsonb results) to the current one, losing nothing', async () => {
    const dir = tempDir();
    const db = await connect({ dir });
    await db.execScript(migrationsTable);
    await db.execScript(migrations[0]!);
    await db.query('insert into schema_migrations (version) values (1)');
    await db.query(`insert into articles (id, source, body, original) values ('a', 'mem/a.txt', 'Alpha body.', 'Alpha body.')`);
    const extraction = { article: 'a', sentences: [[0, 11]], entities: [], quotes: [], figures: [], attributions: [] };
    await db.query('insert into extractions (article_id, data) values ($1, $2)', ['a', JSON.stringify(extraction)]);
    await db.query(`insert into story_state (id, data) values (1, '{"version": 1, "stories": []}')`);
    await db.close();

    const store = await Store.open({ dir });
    expect(await store.extractions()).toEqual([extraction]);
    // A story index of the old form (one JSON value) is left for the corpus update to rebuild.
    expect(await store.storyState()).toEqual({ version: 0 });
    expect(await store.articlesMissing('story_features')).toEqual(['a']);
    // An article stored without its source row (a changed file read again, before sources were
    // keyed by source and article) gets it back from the source it was stored with.
    expect(await store.db.query('select source, article_id from article_sources')).toEqual([{ source: 'mem/a.txt', article_id: 'a' }]);
    await store.close();
  });
});

describe('PostgreSQL store', () => {
  it('compresses long values with lz4 when the server has it', async () => {
    const pg = await createTestDatabase();
    try {
      const store = await Store.open({ url: pg.url });
      const [server] = await store.db.query<{ lz4: boolean }>(
        `select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`,
      );
      // A long, compressible body: stored compressed, with the session's method.
      await store.insertArticles([article('long', 'The council met again. '.repeat(400))]);
      const [row] = await store.db.query<{ method: string }>(`select pg_column_compression(body) as method from articles`);
      expect(row!.method).toBe(server!.lz4 ? 'lz4' : 'pglz');
      expect((await store.articles())[0]!.body).toBe('The council met again. '.repeat(400));
      await store.close();
    } finally {
      await pg.drop();
    }
  });
});
