// `storytrace status`: queue depth, failed jobs with their errors, throughput and store progress,
// read straight from pg-boss's tables and the store on the shared database.
import type { Sql } from '../../store/index.js';
import { plural } from '../../view/index.js';
import { ALIGN_QUEUE, CORPUS_QUEUE, INGEST_QUEUE, QUEUE_CLIENT } from './queue.js';

const QUEUES = [INGEST_QUEUE, CORPUS_QUEUE, ALIGN_QUEUE];
const STATES = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled'] as const;
type JobState = (typeof STATES)[number];

export interface JobProblem {
  queue: string;
  id: string;
  state: 'failed' | 'retry';
  retries: number;
  at: string;
  error: string;
}

export interface QueueStatus {
  queues: Record<string, Record<JobState, number>>;
  /** Jobs left failed after their last retry, and jobs waiting to retry, newest first. */
  problems: JobProblem[];
  /** Inputs that could not be read or cleaned (the batch went on without them). */
  inputErrors: { count: number; recent: { source: string; message: string }[] };
  throughput: {
    /** Articles per second over the last minute. */
    lastMinute: number;
    /** Articles per second from the first batch started to the last one completed. */
    overall: number | null;
    articles: number;
  };
  /** `toAlign`: articles whose reuse candidate pairs are not aligned yet. */
  store: { articles: number; extracted: number; placed: number; toAlign: number };
  /** Processes connected to the queue now (workers and enqueuers), as 'host pid'. */
  clients: string[];
}

export async function readStatus(db: Sql): Promise<QueueStatus> {
  const [installed] = await db.query<{ ok: boolean }>(`select to_regclass('pgboss.job') is not null as ok`);
  const queues = Object.fromEntries(QUEUES.map((q) => [q, Object.fromEntries(STATES.map((s) => [s, 0]))])) as QueueStatus['queues'];
  const status: QueueStatus = {
    queues,
    problems: [],
    inputErrors: { count: 0, recent: [] },
    throughput: { lastMinute: 0, overall: null, articles: 0 },
    store: await storeProgress(db),
    clients: await queueClients(db),
  };
  if (!installed?.ok) return status;

  const counts = await db.query<{ name: string; state: JobState; n: number }>(
    `select name, state, count(*)::int as n from pgboss.job where name = any($1) group by name, state`,
    [QUEUES],
  );
  for (const c of counts) queues[c.name]![c.state] = c.n;

  // Completed and failed jobs move to pgboss.archive after a while; both tables count.
  const jobs = `(select name, id, state, retry_count, started_on, completed_on, created_on, output from pgboss.job
                 union all
                 select name, id, state, retry_count, started_on, completed_on, created_on, output from pgboss.archive) j`;
  const problems = await db.query<{ name: string; id: string; state: 'failed' | 'retry'; retry_count: number; at: Date; output: unknown }>(
    `select name, id, state, retry_count, coalesce(completed_on, started_on, created_on) as at, output from ${jobs}
     where name = any($1) and state in ('failed', 'retry') order by at desc limit 20`,
    [QUEUES],
  );
  status.problems = problems.map((p) => ({
    queue: p.name,
    id: p.id,
    state: p.state,
    retries: p.retry_count,
    at: new Date(p.at).toISOString(),
    error: errorText(p.output),
  }));

  const [done] = await db.query<{ articles: string; recent: string; first: Date | null; last: Date | null; errors: string }>(
    `select coalesce(sum((output->>'articles')::int), 0) as articles,
            coalesce(sum((output->>'articles')::int) filter (where completed_on > now() - interval '60 seconds'), 0) as recent,
            min(started_on) as first, max(completed_on) as last,
            coalesce(sum(jsonb_array_length(output->'errors')), 0) as errors
     from ${jobs} where name = $1 and state = 'completed'`,
    [INGEST_QUEUE],
  );
  const seconds = done?.first && done.last ? (new Date(done.last).getTime() - new Date(done.first).getTime()) / 1000 : 0;
  status.throughput = {
    articles: Number(done?.articles ?? 0),
    lastMinute: Number(done?.recent ?? 0) / 60,
    overall: seconds > 0 ? Number(done!.articles) / seconds : null,
  };
  status.inputErrors.count = Number(done?.errors ?? 0);
  if (status.inputErrors.count > 0) {
    status.inputErrors.recent = await db.query(
      `select e->>'source' as source, e->>'message' as message
       from ${jobs}, jsonb_array_elements(output->'errors') e
       where name = $1 and state = 'completed' order by completed_on desc limit 10`,
      [INGEST_QUEUE],
    );
  }
  return status;
}

async function queueClients(db: Sql): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `select distinct application_name as name from pg_stat_activity
     where datname = current_database() and application_name like $1 order by 1`,
    [`${QUEUE_CLIENT} %`],
  );
  return rows.map((r) => r.name.slice(QUEUE_CLIENT.length + 1));
}

async function storeProgress(db: Sql): Promise<QueueStatus['store']> {
  const [row] = await db.query<{ articles: string; extracted: string; placed: string; to_align: string }>(
    `select (select count(*) from articles) as articles, (select count(*) from extractions) as extracted,
            (select count(*) from story_members) as placed,
            (select count(distinct article_id) from reuse_candidates) as to_align`,
  );
  return {
    articles: Number(row?.articles ?? 0),
    extracted: Number(row?.extracted ?? 0),
    placed: Number(row?.placed ?? 0),
    toAlign: Number(row?.to_align ?? 0),
  };
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object') {
    const o = output as { message?: unknown; value?: { message?: unknown } };
    const message = o.message ?? o.value?.message;
    if (typeof message === 'string') return message;
    return JSON.stringify(output);
  }
  return output == null ? '(no error recorded)' : String(output);
}

/**
 * Ingest jobs waiting, retrying or running, and (only when there are some: it scans the articles)
 * how long the oldest article not yet placed in a story has waited.
 */
export async function ingestBacklog(db: Sql): Promise<{ jobs: number; oldestUnplacedSeconds: number }> {
  const [count] = await db.query<{ jobs: number }>(
    `select count(*)::int as jobs from pgboss.job where name = $1 and state in ('created', 'retry', 'active')`,
    [INGEST_QUEUE],
  );
  const jobs = count?.jobs ?? 0;
  if (jobs === 0) return { jobs, oldestUnplacedSeconds: 0 };
  const [age] = await db.query<{ seconds: number | null }>(
    `select extract(epoch from now() - min(a.ingested_at))::float8 as seconds from articles a
     where not exists (select 1 from story_members m where m.article_id = a.id)`,
  );
  return { jobs, oldestUnplacedSeconds: age?.seconds ?? 0 };
}

/**
 * Jobs still to run or running, and jobs left failed. No pending job means every queued batch has
 * been fully processed: an ingest job requests its corpus update before it completes.
 */
export async function pendingJobs(db: Sql): Promise<{ pending: number; failed: number }> {
  const [row] = await db.query<{ pending: number; failed: number }>(
    `select count(*) filter (where state in ('created', 'retry', 'active'))::int as pending,
            count(*) filter (where state = 'failed')::int as failed
     from pgboss.job where name = any($1)`,
    [QUEUES],
  );
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0 };
}

export function renderStatus(s: QueueStatus): string {
  const lines: string[] = ['queue                 waiting  retry  active  completed  failed'];
  for (const [name, q] of Object.entries(s.queues)) {
    lines.push(
      `${name.padEnd(20)} ${pad(q.created, 8)} ${pad(q.retry, 6)} ${pad(q.active, 7)} ${pad(q.completed, 10)} ${pad(q.failed, 7)}`,
    );
  }
  const t = s.throughput;
  lines.push(
    '',
    `throughput: ${t.lastMinute.toFixed(1)} articles/s over the last minute; ` +
      (t.overall === null ? 'no batch completed yet' : `${t.overall.toFixed(1)} articles/s overall (${plural(t.articles, 'article')})`),
    `store: ${plural(s.store.articles, 'article')}, ${s.store.extracted} extracted, ${s.store.placed} placed in stories, ` +
      `${s.store.toAlign} with reuse candidates still to align`,
    `connected to the queue: ${s.clients.length === 0 ? 'no worker' : s.clients.map((c) => `[${c}]`).join(' ')}`,
  );
  if (s.problems.length > 0) {
    lines.push('', 'failed or retrying jobs (newest first):');
    for (const p of s.problems) lines.push(`  ${p.at} ${p.queue} ${p.id} ${p.state} after ${p.retries} retries: ${oneLine(p.error)}`);
  }
  if (s.inputErrors.count > 0) {
    lines.push('', `input errors: ${s.inputErrors.count} (most recent):`);
    for (const e of s.inputErrors.recent) lines.push(`  ${e.source}: ${oneLine(e.message)}`);
  }
  return lines.join('\n') + '\n';
}

const pad = (n: number, width: number): string => String(n).padStart(width);
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').slice(0, 300);
