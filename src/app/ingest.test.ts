// The ingest shell reports what the store holds: an article the store refuses is an error naming
// its source, never an id of the summary.
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { Store } from '../store/index.js';
import { tempDirs } from '../testing/temp-dirs.js';
import { ingestInputs } from './ingest.js';

const tempDir = tempDirs('storytrace-ingest-');
const input = (name: string, place: string) => ({
  name,
  read: async () => Buffer.from(`${place} ferry pier to close\n\nThe ${place} council voted on Tuesday to close the old ferry pier, harbour master Dana Kellor said.`),
});

describe('ingestInputs', () => {
  it('lists an article the store refuses as an error, not among the ids read', async () => {
    const store = await Store.open({ dir: tempDir() });
    try {
      // A store that refuses one row as PostgreSQL refuses bad data (SQLSTATE class 22).
      const refusing = Object.create(store) as Store;
      refusing.insertArticles = async (articles: Article[], tx) => {
        if (articles.some((a) => a.body.includes('Kessa'))) throw Object.assign(new Error('invalid byte sequence\nfor encoding "UTF8"'), { code: '22021' });
        return store.insertArticles(articles, tx);
      };
      const summary = await ingestInputs(refusing, [input('velmar.txt', 'Velmar'), input('kessa.txt', 'Kessa'), input('northshire.txt', 'Northshire')]);
      expect(summary.errors).toEqual([{ source: 'kessa.txt', message: 'cannot store: invalid byte sequence for encoding "UTF8"' }]);
      expect(summary.added).toHaveLength(2);
      expect(summary.ids).toEqual(summary.added);
      expect(summary.duplicates).toBe(0);
    } finally {
      await store.close();
    }
  });
});
