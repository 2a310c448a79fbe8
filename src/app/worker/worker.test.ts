// The queue plumbing on a real PostgreSQL: batches reach the per-article stage, the corpus stage
// never runs twice at once, failures and input errors show in status. The stages here record what
// they are given; the real pipeline runs through the workers in scale.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawDoc } from '../../core/types.js';
import { Store } from '../../store/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.js';
import { privatePostgresAvailable, startPrivatePostgres } from '../../testing/private-postgres.js';
import type { WorkerStages } from './jobs.js';
import { enqueueDocs, enqueueFiles, openQueue } from './queue.js';
import { readStatus, renderStatus } from './status.js';
import { type RunningWorker, startWorker } from './worker.js';

const doc = (i: number, text = `Report number ${i}.\n\nThe council met on day ${i} and voted on item ${i * 7}.`): RawDoc => ({
  source: `mem/${i}.txt`,
  format: 'txt',
  text,
  meta: {},
});

/** Stages that record their calls and hold each corpus update open a moment, to expose overlap. */
function recordingStages(fail?: (ids: string[], store: Store) => Promise<boolean>, beforeWrite?: (call: number) => void | Promise<void>) {
  const seen = { processed: new Set<string>(), aligned: [] as string[], corpusRuns: 0, corpusOverlap: 0, lastCorpusSaw: 0, firstCorpusSaw: -1 };
  let running = 0;
  let calls = 0;
  const stages: WorkerStages = {
    async processArticles(store, ids) {
      if (fail && (await fail(ids, store))) throw new Error('extraction blew up on purpose');
      await beforeWrite?.(++calls);
      // A real stage writes its results: a write cut off by a server restart must fail the job.
      await store.db.query('select count(*) from articles where id = any($1)', [ids]);
      for (const id of ids) seen.processed.add(id);
    },
    async processStoredArticles(store, articles) {
      await this.processArticles(store, articles.map((a) => a.id));
    },
    async updateCorpus(store, hooks) {
      running++;
      if (running > 1) seen.corpusOverlap++;
      seen.corpusRuns++;
      seen.lastCorpusSaw = await store.articleCount();
      if (seen.firstCorpusSaw < 0) seen.firstCorpusSaw = seen.lastCorpusSaw;
      // Hands every article on to alignment, as if each had reuse candidates.
      await hooks.candidatesSaved?.((await store.articles()).map((a) => a.id));
      await new Promise((r) => setTimeout(r, 40));
      running--;
    },
    async alignCandidates(_store, ids) {
      seen.aligned.push(...ids);
      return ids.length;
    },
  };
  return { stages, seen };
}

let db: TestDatabase;
const dirs: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

async function runUntilIdle(workers: RunningWorker[]): Promise<void> {
  await Promise.all(workers.map((w) => w.untilIdle()));
  await Promise.all(workers.map((w) => w.stop()));
}

describe('worker queue', () => {
  it('takes every batch through the stages, with corpus updates one at a time, and ends with one that saw everything', async () => {
    const boss = await openQueue(db.url);
    const sent = await enqueueDocs(boss, Array.from({ length: 40 }, (_, i) => doc(i)), { docs: 4, chars: 1e6 });
    await boss.stop({ graceful: false });
    expect(sent).toEqual({ jobs: 10, docs: 40 });

    const { stages, seen } = recordingStages();
    const workers = await Promise.all([1, 2, 3].map(() => startWorker({ url: db.url, stages, pollSeconds: 0.2, concurrency: 2 })));
    await runUntilIdle(workers);

    const store = await Store.open({ url: db.url });
    const ids = (await store.articles()).map((a) => a.id);
    await store.close();
    expect(ids).toHaveLength(40);
    expect([...seen.processed].sort()).toEqual([...ids].sort());
    // Every article the corpus update handed on was aligned by some worker.
    expect(new Set(seen.aligned)).toEqual(new Set(ids));
    expect(seen.corpusOverlap).toBe(0);
    expect(seen.corpusRuns).toBeGreaterThan(0);
    expect(seen.lastCorpusSaw).toBe(40);
    // With the default lag the corpus update waited for the ingest queue to drain: one pass over everything.
    expect(seen.firstCorpusSaw).toBe(40);
  });

  it('places articles while ingest jobs are still queued once they have waited longer than the corpus lag', async () => {
    const lagged = await createTestDatabase();
    try {
      const boss = await openQueue(lagged.url);
      await enqueueDocs(boss, Array.from({ length: 40 }, (_, i) => doc(i)), { docs: 4, chars: 1e6 });
      await boss.stop({ graceful: false });
      const { stages, seen } = recordingStages(undefined, () => new Promise((r) => setTimeout(r, 150)));
      await runUntilIdle([await startWorker({ url: lagged.url, stages, pollSeconds: 0.2, corpusLagSeconds: 0 })]);
      expect(seen.firstCorpusSaw).toBeGreaterThan(0);
      expect(seen.firstCorpusSaw).toBeLessThan(40);
      expect(seen.lastCorpusSaw).toBe(40);
      expect(seen.corpusOverlap).toBe(0);
    } finally {
      await lagged.drop();
    }
  });

  it('reports an empty status on a database no queue has touched yet', async () => {
    const fresh = await createTestDatabase();
    try {
      const store = await Store.open({ url: fresh.url });
      const status = await readStatus(store.db);
      await store.close();
      expect(status.queues['storytrace-ingest']).toEqual({ created: 0, retry: 0, active: 0, completed: 0, failed: 0, cancelled: 0 });
      expect(status.problems).toEqual([]);
      expect(status.throughput).toEqual({ lastMinute: 0, overall: null, articles: 0 });
      expect(status.clients).toEqual([]);
      expect(renderStatus(status)).toContain('no batch completed yet');
    } finally {
      await fresh.drop();
    }
  });

  it('reads paths queued by path, and reports failed jobs and unreadable inputs in status', async () => {
    const other = await createTestDatabase();
    try {
      const dir = mkdtempSync(join(tmpdir(), 'storytrace-queue-'));
      dirs.push(dir);
      const files = [0, 1, 2, 3].map((i) => {
        const path = join(dir, `${i}.txt`);
        writeFileSync(path, i === 3 ? 'POISON pill.\n\nThis batch always fails.' : doc(i).text!);
        return path;
      });
      const boss = await openQueue(other.url, { retryLimit: 0 });
      await enqueueFiles(boss, [files[0]!, files[1]!, join(dir, 'missing.txt')], 3);
      await enqueueFiles(boss, [files[3]!], 1);
      await boss.stop({ graceful: false });

      const { stages, seen } = recordingStages(async (ids, store) =>
        (await store.articles(ids)).some((a) => a.body.includes('POISON')),
      );
      await runUntilIdle([await startWorker({ url: other.url, stages, pollSeconds: 0.2 })]);
      expect(seen.processed.size).toBe(2);

      const store = await Store.open({ url: other.url });
      const status = await readStatus(store.db);
      await store.close();
      expect(status.queues['storytrace-ingest']).toMatchObject({ completed: 1, failed: 1, created: 0, active: 0 });
      expect(status.problems).toHaveLength(1);
      expect(status.problems[0]!.error).toContain('extraction blew up on purpose');
      expect(status.inputErrors.count).toBe(1);
      expect(status.inputErrors.recent[0]!.source).toContain('missing.txt');
      expect(status.throughput.articles).toBe(2);
      expect(status.store).toEqual({ articles: 3, extracted: 0, placed: 0, toAlign: 0 });
      const text = renderStatus(status);
      expect(text).toContain('extraction blew up on purpose');
      expect(text).toMatch(/storytrace-ingest\s+0\s+0\s+0\s+1\s+1/);
    } finally {
      await other.drop();
    }
  });

  it.runIf(privatePostgresAvailable())('survives a PostgreSQL restart mid-run: loops wait, failed writes are retried', async () => {
    const server = await startPrivatePostgres();
    try {
      const boss = await openQueue(server.url);
      await enqueueDocs(boss, Array.from({ length: 60 }, (_, i) => doc(i)), { docs: 3, chars: 1e6 });
      await boss.stop({ graceful: false });

      // The fifth batch's stage stops the server just before it writes, so that write surely fails.
      let restarted: Promise<void> | undefined;
      const { stages, seen } = recordingStages(undefined, (call) => {
        if (call === 5) restarted = server.restart(1.5);
      });
      const log: string[] = [];
      const workers = await Promise.all(
        [1, 2].map(() => startWorker({ url: server.url, stages, pollSeconds: 0.2, log: (l) => log.push(l) })),
      );
      await runUntilIdle(workers);
      await restarted;

      const store = await Store.open({ url: server.url });
      const ids = (await store.articles()).map((a) => a.id);
      const [retried] = await store.db.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'storytrace-ingest' and retry_count > 0`,
      );
      await store.close();
      expect(ids).toHaveLength(60);
      expect([...seen.processed].sort()).toEqual([...ids].sort());
    // Every article the corpus update handed on was aligned by some worker.
    expect(new Set(seen.aligned)).toEqual(new Set(ids));
      expect(seen.lastCorpusSaw).toBe(60);
      // The restart really cut a job off mid-run: it failed and was run again.
      expect(retried!.n).toBeGreaterThan(0);
      expect(log.some((l) => /job .* failed: .*ECONNREFUSED|terminat/.test(l))).toBe(true);
    } finally {
      server.stop();
    }
  });
});
