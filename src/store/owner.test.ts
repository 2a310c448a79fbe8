// An embedded store on a thread of its own: the same statements, transactions and errors as on the
// opening thread, a long statement that no longer holds the opening thread's event loop, ports
// for other threads, and the lock held until close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteDb, Store, StoreBusyError } from './index.js';

const root = mkdtempSync(join(tmpdir(), 'storytrace-owner-'));
const dir = join(root, 'store');
let store: Store;

beforeAll(async () => {
  store = await Store.open({ dir }, {}, { thread: true });
  await store.db.query('create table notes (id int primary key, text text not null)');
}, 60_000);

afterAll(async () => {
  await store?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The longest gap between 5 ms ticks of this thread's event loop while fn runs. */
async function worstTick(fn: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  return Math.max(worst, performance.now() - last);
}

// A statement that keeps PGlite busy for a while (a few hundred ms here).
const LONG = 'select count(*) as n from generate_series(1, 4000000) g where g % 7 = 3';

describe('an embedded store on its own thread', () => {
  it('runs statements and transactions and passes errors on with their SQLSTATE', async () => {
    await store.db.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [1, 'buoy readings filed']);
    });
    await expect(
      store.db.transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [2, 'never kept']);
        throw new Error('changed our mind');
      }),
    ).rejects.toThrow('changed our mind');
    expect(await store.db.query('select id, text from notes order by id')).toEqual([{ id: 1, text: 'buoy readings filed' }]);
    const err = (await store.db.query('insert into notes values ($1, $2)', [1, 'again']).catch((e: unknown) => e)) as Error & { code?: string };
    expect(err.code).toBe('23505');
  });

  it('leaves the opening thread free while a long statement runs', async () => {
    const local = await Store.open({ dir: join(root, 'local') });
    try {
      const onThisThread = await worstTick(() => local.db.query(LONG));
      const onItsOwn = await worstTick(() => store.db.query(LONG));
      // On this thread the loop waits for the whole statement; on its own thread it keeps ticking.
      expect(onThisThread).toBeGreaterThan(150);
      expect(onItsOwn).toBeLessThan(onThisThread / 3);
    } finally {
      await local.close();
    }
  }, 60_000);

  it('hands out ports whose statements run on the store thread too', async () => {
    const other = remoteDb(await store.db.channel!(), 'embedded');
    await other.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [3, 'tide gauge replaced']);
    });
    expect(await store.db.query('select text from notes where id = 3')).toEqual([{ text: 'tide gauge replaced' }]);
    await other.close();
  });

  it('holds the lock until closed, then lets go', async () => {
    await expect(Store.open({ dir })).rejects.toBeInstanceOf(StoreBusyError);
    await store.close();
    const again = await Store.open({ dir }, {}, { thread: true });
    expect(await again.db.query('select count(*)::int as n from notes')).toEqual([{ n: 2 }]);
    store = again;
  }, 60_000);
});
