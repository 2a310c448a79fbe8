// Scale-out end to end, through the real CLI and the real pipeline: a generated corpus analysed on
// the embedded store, and queued for `storytrace worker` processes on PostgreSQL, must give the
// same analysis, also when a worker is killed with SIGKILL in the middle of a batch.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../core/types.js';
import { generateCorpus } from '../../gen/index.js';
import { Store } from '../../store/index.js';
import { repoRoot } from '../../testing/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../testing/postgres.js';
import { spawnWorker, type WorkerProcess } from '../../testing/workers.js';
import { ingestFiles } from '../ingest.js';
import { analyzeStore, buildReport } from '../pipeline.js';
import { readStatus } from './status.js';

const ARTICLES = 160;
const BATCH = 8;
const JOB_TIMEOUT = 4;

let dir: string;
let files: string[];
let embedded: Comparable;
/** Row counts of a store where every stage has run for every article. */
let complete: Record<string, number>;
const databases: TestDatabase[] = [];

/** The whole analysis, each list as a set: the order stories are listed in is not part of the result. */
type Comparable = Record<string, string[]>;
function comparable(r: AnalysisReport): Comparable {
  const stories = r.stories.map((s) => ({ ...s, articles: [...s.articles].sort() }));
  return Object.fromEntries(
    Object.entries({ ...r, stories }).map(([key, list]) => [key, (list as unknown[]).map((x) => JSON.stringify(x)).sort()]),
  );
}

function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/storytrace.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function queuedDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  databases.push(db);
  const queued = cli(['ingest', '--queue', '--db', db.url, '--batch-size', String(BATCH), '--job-timeout', String(JOB_TIMEOUT), join(dir, 'txt')]);
  expect(queued.stderr).toBe('');
  expect(queued.stdout).toContain(`${Math.ceil(ARTICLES / BATCH)} jobs queued (${ARTICLES} documents)`);
  return db;
}

async function finish(workers: WorkerProcess[]): Promise<void> {
  const codes = await Promise.all(workers.map((w) => w.exited));
  codes.forEach((code, i) => expect(code, workers[i]!.stderr()).toBe(0));
}

async function reportOf(url: string): Promise<{ report: Comparable; rows: Record<string, number> }> {
  const store = await Store.open({ url });
  try {
    const [rows] = await store.db.query<Record<string, number>>(
      `select (select count(*)::int from articles) as articles, (select count(*)::int from article_sources) as sources,
              (select count(*)::int from extractions) as extractions, (select count(*)::int from story_members) as placed,
              (select count(*)::int from story_features) as features, (select count(*)::int from reuse_records) as reuse,
              (select count(*)::int from reuse_candidates) as unaligned`,
    );
    return { report: comparable(await buildReport(store)), rows: rows! };
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-scale-'));
  mkdirSync(join(dir, 'txt'));
  const corpus = generateCorpus({ articles: ARTICLES, seed: 23 });
  files = corpus.articles.map((a) => {
    const path = join(dir, 'txt', `${a.file}.txt`);
    writeFileSync(path, a.text);
    return path;
  });
  const store = await Store.open({ dir: join(dir, 'embedded') });
  await ingestFiles(store, files);
  embedded = comparable(await analyzeStore(store));
  await store.close();
  expect(embedded.stories.length).toBeGreaterThan(5);
  expect(embedded.reuse.length).toBeGreaterThan(5);
  expect(embedded.quotes.length).toBeGreaterThan(20);
  expect(embedded.claims.length).toBeGreaterThan(5);
  complete = { articles: ARTICLES, sources: ARTICLES, extractions: ARTICLES, placed: ARTICLES, features: ARTICLES, reuse: embedded.reuse.length, unaligned: 0 };
});

afterAll(async () => {
  for (const db of databases) await db.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scale-out on PostgreSQL', () => {
  it('3 worker processes give the same stories, reuse, quotes and claims as the embedded path', async () => {
    const db = await queuedDatabase();
    await finish([1, 2, 3].map(() => spawnWorker(db.url, ['--until-idle', '--poll', '0.2'])));
    const { report, rows } = await reportOf(db.url);
    expect(report).toEqual(embedded);
    expect(rows).toEqual(complete);

    const status = cli(['status', '--db', db.url, '--json']);
    expect(status.status).toBe(0);
    const s = JSON.parse(status.stdout);
    expect(s.queues['storytrace-ingest']).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0, completed: ARTICLES / BATCH });
    expect(s.throughput.articles).toBe(ARTICLES);
    expect(s.problems).toEqual([]);
    expect(s.clients).toEqual([]);
    // Reuse alignment ran as jobs of its own, and none is left.
    expect(s.queues['storytrace-align']).toMatchObject({ created: 0, retry: 0, active: 0, failed: 0 });
    expect(s.queues['storytrace-align'].completed).toBeGreaterThanOrEqual(1);
    expect(s.store).toEqual({ articles: ARTICLES, extracted: ARTICLES, placed: ARTICLES, toAlign: 0 });
  });

  it('a worker killed with SIGKILL mid-batch loses nothing and duplicates nothing', async () => {
    const db = await queuedDatabase();
    const victim = spawnWorker(db.url, ['--poll', '0.2']);
    // Kill it while it holds an ingest job, after it has finished at least one. It is frozen
    // (SIGSTOP) before the last check, so it cannot complete the job between the check and the kill.
    const store = await Store.open({ url: db.url });
    const ingestQueue = async () => (await readStatus(store.db)).queues['storytrace-ingest']!;
    try {
      for (;;) {
        const q = await ingestQueue();
        if (q.created === 0 && q.active === 0) throw new Error('the worker finished before it could be killed');
        if (q.completed >= 1 && q.active >= 1) {
          expect((await readStatus(store.db)).clients).toContain(`${hostname()} ${victim.child.pid}`);
          victim.child.kill('SIGSTOP');
          // Let any statement it sent just before freezing (completing its job) land first.
          await new Promise((r) => setTimeout(r, 500));
          if ((await ingestQueue()).active >= 1) break;
          victim.child.kill('SIGCONT');
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      victim.child.kill('SIGKILL');
      expect(await victim.exited).toBe('SIGKILL');

      await finish([1, 2].map(() => spawnWorker(db.url, ['--until-idle', '--poll', '0.2', '--job-timeout', String(JOB_TIMEOUT)])));
      const [retried] = await store.db.query<{ n: number }>(
        `select count(*)::int as n from pgboss.job where name = 'storytrace-ingest' and retry_count > 0 and state = 'completed'`,
      );
      expect(retried!.n).toBeGreaterThanOrEqual(1);
    } finally {
      await store.close();
    }
    const { report, rows } = await reportOf(db.url);
    expect(report).toEqual(embedded);
    expect(rows).toEqual(complete);
  });
});
