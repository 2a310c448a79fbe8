// Per-article results carry the analysis version that computed them: a store written by older
// analysis code has them computed again, and its articles placed again, on the next run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../store/index.js';
import { articleVersion } from './code-version.js';
import { ingestFiles } from './ingest.js';
import { analyzeStore } from './pipeline.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ARTICLES = {
  'ferry.txt': `Ferry to Skellan cancelled after engine fire\n\nThe morning ferry to Skellan was cancelled after a fire in its engine room on 9 December, the operator Nordsund Lines said.\n\n"Nobody was hurt, and the crew put the fire out within minutes," said captain Ilse Marken.`,
  'ferry-2.txt': `Skellan ferry stays in port after fire\n\nNordsund Lines kept its Skellan ferry in port after a fire broke out in the engine room on 9 December.\n\n"The crew put the fire out within minutes," captain Ilse Marken told reporters.`,
};

describe('per-article results of an older analysis version', () => {
  it('are computed again, and the articles placed again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storytrace-version-'));
    dirs.push(dir);
    const files = Object.entries(ARTICLES).map(([name, text]) => (writeFileSync(join(dir, name), text), join(dir, name)));
    const store = await Store.open({ dir: join(dir, 'store') });
    try {
      await ingestFiles(store, files);
      const fresh = await analyzeStore(store);
      const version = await articleVersion();
      const stored = await store.db.query<{ article_id: string; data: string; version: string }>('select article_id, data, version from story_features order by article_id');
      expect(stored.map((r) => r.version)).toEqual([version, version]);
      expect(JSON.parse(stored[0].data).stated).toBeTruthy();

      // As an older version left one article: features without the year-less dates, no version,
      // an extraction of other code, and a story of its own.
      const [older] = stored;
      const { stated: _stated, ...withoutStated } = JSON.parse(older.data);
      await store.db.query('update story_features set data = $1, version = null where article_id = $2', [JSON.stringify(withoutStated), older.article_id]);
      await store.db.query(`update extractions set version = 'older' where article_id = $1`, [older.article_id]);
      await store.db.query(`update story_members set story_id = 'story-of-older-code' where article_id = $1`, [older.article_id]);
      expect(await store.articlesLackingResults(version)).toEqual([older.article_id]);
      expect(await store.analysisPending(version)).toBe(true);

      const again = await analyzeStore(store);
      const [row] = await store.db.query<{ data: string; version: string }>('select data, version from story_features where article_id = $1', [older.article_id]);
      expect(row).toEqual({ data: older.data, version });
      expect(await store.articlesLackingResults(version)).toEqual([]);
      expect(await store.analysisPending(version)).toBe(false);
      expect(again.stories).toEqual(fresh.stories);
    } finally {
      await store.close();
    }
  }, 120_000);
});
