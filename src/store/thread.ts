// One open store used from another thread: an embedded store lives in one thread (PGlite is a
// WebAssembly instance, not shareable), so a thread that must do CPU-heavy work over it (the
// server's analysis) sends its statements to the owning thread over a MessagePort. Transactions
// stay open on the owner's side until the other thread ends them. The owner can also hand out more
// ports (each served the same way) and close the store when asked.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { Db, Sql } from './db.js';

type Request =
  | { id: number; op: 'query'; text: string; params?: unknown[]; tx?: number }
  | { id: number; op: 'begin' }
  | { id: number; op: 'end'; tx: number; commit: boolean }
  | { id: number; op: 'script'; text: string }
  | { id: number; op: 'channel' }
  | { id: number; op: 'close' };

/** A request before it is given its id. */
type Ask = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

type Reply = { id: number; rows?: unknown[]; tx?: number; port?: MessagePort; error?: { message: string; code?: string } };

export interface ServeOptions {
  /** What a 'close' request does once the port's open transactions are rolled back (the owner closes the store). */
  close?: () => Promise<void>;
}

/** Raised inside the owner's transaction to roll it back when the other thread asks. */
const ROLLBACK = Symbol('rollback');

/**
 * On the owning thread: runs the statements that arrive on port against db. `stop`, or the other
 * side of the port going away (its thread died), rolls back the transactions it left open, so the
 * store can close.
 */
export function serveDb(db: Db, port: MessagePort, opts: ServeOptions = {}): { stop(): Promise<void> } {
  const open = new Map<number, { sql: Sql; end: (commit: boolean) => void; settled: Promise<void> }>();
  let nextTx = 1;
  const begin = async (): Promise<number> => {
    const tx = nextTx++;
    let ready!: (sql: Sql) => void;
    let end!: (commit: boolean) => void;
    const gotSql = new Promise<Sql>((ok) => (ready = ok));
    const ended = new Promise<boolean>((ok) => (end = ok));
    const done = db.transaction(async (sql) => {
      ready(sql);
      if (!(await ended)) throw ROLLBACK;
    });
    const settled = done.then(
      () => undefined,
      (err: unknown) => {
        if (err !== ROLLBACK) throw err;
      },
    );
    // BEGIN itself can fail: then fn never runs and the failure is the answer.
    const sql = await Promise.race([gotSql, settled.then(() => Promise.reject(new Error('transaction ended before it began')))]);
    open.set(tx, { sql, end, settled });
    return tx;
  };
  const rollBackOpen = async () => {
    const left = [...open.values()];
    open.clear();
    for (const entry of left) entry.end(false);
    await Promise.all(left.map((entry) => entry.settled.catch(() => undefined)));
  };
  port.on('message', async (msg: Request) => {
    let reply: Reply;
    const transfer: MessagePort[] = [];
    try {
      if (msg.op === 'query') {
        const sql = msg.tx === undefined ? db : open.get(msg.tx)?.sql;
        if (!sql) throw new Error(`transaction ${msg.tx} is not open`);
        reply = { id: msg.id, rows: await sql.query(msg.text, msg.params) };
      } else if (msg.op === 'begin') {
        reply = { id: msg.id, tx: await begin() };
      } else if (msg.op === 'end') {
        const entry = open.get(msg.tx);
        if (!entry) throw new Error(`transaction ${msg.tx} is not open`);
        open.delete(msg.tx);
        entry.end(msg.commit);
        await entry.settled;
        reply = { id: msg.id };
      } else if (msg.op === 'script') {
        await db.execScript(msg.text);
        reply = { id: msg.id };
      } else if (msg.op === 'channel') {
        const { port1, port2 } = new MessageChannel();
        serveDb(db, port1);
        port1.unref();
        transfer.push(port2);
        reply = { id: msg.id, port: port2 };
      } else {
        if (!opts.close) throw new Error('this port cannot close the store');
        await rollBackOpen();
        await opts.close();
        reply = { id: msg.id };
      }
    } catch (err) {
      const e = err as Error & { code?: unknown };
      reply = { id: msg.id, error: { message: e.message ?? String(err), code: typeof e.code === 'string' ? e.code : undefined } };
    }
    port.postMessage(reply, transfer);
  });
  port.on('close', () => void rollBackOpen());
  return {
    async stop() {
      port.close();
      await rollBackOpen();
    },
  };
}

/** On the other thread: a Db whose statements run on the thread that serves port. */
export function remoteDb(port: MessagePort, kind: Db['kind']): Db & { channel(): Promise<MessagePort>; closeStore(): Promise<void> } {
  let nextId = 1;
  const waiting = new Map<number, { ok: (r: Reply) => void; fail: (e: Error) => void }>();
  // The serving thread gone (it died, or closed the store): nothing will answer what is asked.
  let closed = false;
  port.on('close', () => {
    closed = true;
    const gone = [...waiting.values()];
    waiting.clear();
    for (const w of gone) w.fail(new Error('the thread that holds the store has stopped'));
  });
  port.on('message', (msg: Reply) => {
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (!w) return;
    if (msg.error) w.fail(Object.assign(new Error(msg.error.message), msg.error.code ? { code: msg.error.code } : {}));
    else w.ok(msg);
  });
  const ask = (req: Ask): Promise<Reply> =>
    new Promise((ok, fail) => {
      if (closed) return fail(new Error('the thread that holds the store has stopped'));
      const id = nextId++;
      waiting.set(id, { ok, fail });
      port.postMessage({ ...req, id });
    });
  const sql = (tx?: number): Sql => ({
    async query<T>(text: string, params?: unknown[]) {
      return (await ask({ op: 'query', text, params, tx })).rows as T[];
    },
  });
  return {
    kind,
    ...sql(),
    async transaction(fn) {
      const { tx } = await ask({ op: 'begin' });
      let result;
      try {
        result = await fn(sql(tx!));
      } catch (err) {
        await ask({ op: 'end', tx: tx!, commit: false }).catch(() => undefined);
        throw err;
      }
      await ask({ op: 'end', tx: tx!, commit: true });
      return result;
    },
    async execScript(text) {
      await ask({ op: 'script', text });
    },
    async channel() {
      return (await ask({ op: 'channel' })).port!;
    },
    async closeStore() {
      await ask({ op: 'close' });
    },
    async close() {
      port.close();
    },
  };
}
