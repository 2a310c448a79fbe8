// A store used from another thread's side of a MessagePort: statements, transactions that commit
// or roll back, database errors with their SQLSTATE, and transactions left open by a thread that died.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteDb, serveDb, Store } from './index.js';

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-thread-'));
  store = await Store.open({ dir });
  await store.db.query('create table notes (id int primary key, text text not null)');
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function bridge() {
  const { port1, port2 } = new MessageChannel();
  const served = serveDb(store.db, port1);
  return { remote: remoteDb(port2, store.db.kind), served, port2 };
}

describe('a store over a message port', () => {
  it('runs statements, commits a transaction, and rolls back one that throws', async () => {
    const { remote, served } = bridge();
    await remote.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [1, 'tide tables printed']);
    });
    await expect(
      remote.transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [2, 'never kept']);
        throw new Error('changed our mind');
      }),
    ).rejects.toThrow('changed our mind');
    expect(await remote.query('select id, text from notes order by id')).toEqual([{ id: 1, text: 'tide tables printed' }]);
    await served.stop();
  });

  it('passes a database error on with its SQLSTATE', async () => {
    const { remote, served } = bridge();
    const err = (await remote.query('insert into notes values ($1, $2)', [1, 'again']).catch((e: unknown) => e)) as Error & { code?: string };
    expect(err.message).toMatch(/duplicate key/);
    expect(err.code).toBe('23505');
    await served.stop();
  });

  it('rolls back what a vanished thread left open, so the store still answers', async () => {
    const { remote, served } = bridge();
    let inside!: () => void;
    const entered = new Promise<void>((ok) => (inside = ok));
    void remote
      .transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [3, 'half written']);
        inside();
        await new Promise(() => undefined);
      })
      .catch(() => undefined);
    await entered;
    await served.stop();
    expect(await store.db.query('select id from notes order by id')).toEqual([{ id: 1 }]);
  });
});
