import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Store } from './index.js';

const dirs: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
const saved = process.env.STORYTRACE_CACHE_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.STORYTRACE_CACHE_DIR;
  else process.env.STORYTRACE_CACHE_DIR = saved;
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const article = (id: string) => ({ id, source: `mem/${id}.txt`, outlet: null, url: null, headline: id, published: null, language: null, body: `Body of ${id}.`, original: `Body of ${id}.` });

describe('new embedded stores from the template', () => {
  it('makes the template once, and each store copied from it is its own database', async () => {
    const cache = temp('storytrace-cache-');
    process.env.STORYTRACE_CACHE_DIR = cache;
    const one = await Store.open({ dir: temp('storytrace-a-') });
    expect(readdirSync(cache).filter((n) => n.endsWith('-datadir'))).toHaveLength(1);
    expect(readdirSync(cache).some((n) => n.startsWith('building-'))).toBe(false);
    const two = await Store.open({ dir: temp('storytrace-b-') });
    try {
      await one.insertArticles([article('only-in-one')]);
      expect(await two.insertArticles([article('only-in-one')])).toEqual(['only-in-one']);
      expect(await one.insertArticles([article('only-in-one')])).toEqual([]);
    } finally {
      await one.close();
      await two.close();
    }
  }, 120_000);

  it('still opens a new store when the cache folder cannot be made', async () => {
    const blocker = join(temp('storytrace-cache-'), 'a-file');
    writeFileSync(blocker, 'not a folder');
    chmodSync(blocker, 0o444);
    process.env.STORYTRACE_CACHE_DIR = join(blocker, 'cache');
    const dir = temp('storytrace-c-');
    const store = await Store.open({ dir });
    try {
      expect(await store.insertArticles([article('x')])).toEqual(['x']);
      expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);
});
