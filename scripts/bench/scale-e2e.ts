// `npm run bench -- scale-e2e`: the CLI end to end on generated corpora, as a user runs it.
//   embedded: `analyze DIR --json > file` and the terminal report, at a base size and a large
//             size (CPU per article compared), peak RSS of the CLI process;
//   incremental: 1% new articles added to a copy of the large store, against the full run: the
//                latest-dated 1% held back from it (the next day's news), and 1% from another
//                corpus dated among the stored articles (a backfill);
//   serve: the first GET /api/stories on each of those stores;
//   rates: the CLI's end-to-end CPU per article beside the in-memory stages and a read-and-hash
//          floor of the same files, measured in this run;
//   PostgreSQL (when STORYTRACE_E2E_PG is set): enqueue, 2 workers, `analyze --db --json`; stage
//              times and each process's peak RSS.
// Sizes: STORYTRACE_E2E_ARTICLES (default 100,000; 0 skips the embedded runs), STORYTRACE_E2E_BASE
// (default 20,000), STORYTRACE_E2E_PG (articles on PostgreSQL; 0 skips; STORYTRACE_E2E_PG_LAG sets
// the workers' --corpus-lag, default a day: one placement pass; STORYTRACE_E2E_PG_REPORT=0 stops
// before the report; STORYTRACE_E2E_PG_KEEP=1 keeps the database). Needs GNU time at /usr/bin/time.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { analyzeArticles } from '../../src/core/analyze.ts';
import { extractArticle } from '../../src/core/extract/index.ts';
import { detectReuse } from '../../src/core/reuse/index.ts';
import { clusterStories } from '../../src/core/stories/index.ts';
import { generateCorpus, streamCorpus, type GeneratedArticle } from '../../src/gen/index.ts';
import { createApp } from '../../src/app/server/index.ts';
import { enqueueDocs, openQueue, type WorkerStats } from '../../src/app/worker/index.ts';
import { Store } from '../../src/store/index.ts';
import { repoRoot } from '../../src/testing/fixtures.ts';
import { createTestDatabase } from '../../src/testing/postgres.ts';
import { spawnWorker } from '../../src/testing/workers.ts';
import { timed } from './_measure.ts';

interface CliRun {
  wall: number;
  cpu: number;
  peakRssMb: number;
  code: number;
}

/** Runs the CLI under GNU time, stdout to a file; wall and CPU seconds and peak RSS of the process. */
function cli(args: string[], stdoutFile: string): Promise<CliRun> {
  const timeFile = `${stdoutFile}.time`;
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, join(repoRoot, 'bin/storytrace.js'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    let written = 0;
    child.stdout!.on('data', (c: Buffer) => {
      chunks.push(c);
      written += c.length;
      if (written > 1 << 24) writeOut();
    });
    const writeOut = () => {
      writeFileSync(stdoutFile, Buffer.concat(chunks), { flag: 'a' });
      chunks.length = 0;
      written = 0;
    };
    child.on('error', reject);
    child.on('exit', (code) => {
      writeOut();
      const [wall, user, sys, kb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      resolve({ wall: wall!, cpu: user! + sys!, peakRssMb: Math.round(kb! / 1024), code: code ?? -1 });
    });
  });
}

/** A file's last bytes as text: a 100k-article report is larger than the longest string V8 makes. */
function lastBytes(path: string, n: number): string {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const buf = Buffer.alloc(Math.min(n, size));
    readSync(fd, buf, 0, buf.length, size - buf.length);
    return buf.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function writeCorpus(dir: string, articles: number, seed: number, prefix = ''): string[] {
  return writeArticles(dir, generateCorpus({ articles, seed }).articles, prefix);
}

function writeArticles(dir: string, articles: GeneratedArticle[], prefix = ''): string[] {
  mkdirSync(dir, { recursive: true });
  return articles.map((a) => {
    const path = join(dir, `${prefix}${a.file}.txt`);
    writeFileSync(path, a.text);
    return path;
  });
}

/**
 * `articles` generated articles, less the latest days' (whole days, at most `held` articles), which
 * are written to `laterDir`: the next day's news, arriving after the store was analysed. Whole days,
 * since the date ingest reads from an article may be a day without a time: one later than every stored
 * day sorts after every stored article. Returns how many were held back.
 */
function writeCorpusHoldingLatest(dir: string, laterDir: string, articles: number, held: number, seed: number): number {
  const all = generateCorpus({ articles: articles + held, seed }).articles;
  const days = all.flatMap((a) => (a.published ? [a.published.slice(0, 10)] : [])).sort();
  const cutoff = days[days.length - 1 - held]!;
  const later = new Set(all.filter((a) => a.published !== null && a.published.slice(0, 10) > cutoff));
  if (later.size === 0) throw new Error(`the last day alone holds more than ${held} articles`);
  writeArticles(dir, all.filter((a) => !later.has(a)));
  writeArticles(laterDir, [...later], 'later-');
  return later.size;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const ms = (seconds: number, articles: number) => `${fmt((1000 * seconds) / articles, 2)} ms/article`;
const load = () => `load average ${fmt(loadavg()[0]!)} on ${cpus().length} cores`;

interface EmbeddedRun {
  articles: number;
  store: string;
  json: CliRun;
  jsonMb: number;
  terminal: CliRun;
}

/** With `held`, up to that many more articles are generated and the latest days of them kept back in `root/later`. */
async function embedded(root: string, articles: number, held = 0): Promise<EmbeddedRun & { later: number }> {
  const dir = join(root, `corpus-${articles}`);
  let later = 0;
  if (held) later = writeCorpusHoldingLatest(dir, join(root, 'later'), articles, held, 11);
  else writeCorpus(dir, articles, 11);
  const store = join(root, `store-${articles}`);
  const out = join(root, `report-${articles}.json`);
  const json = await cli(['analyze', dir, '--store', store, '--json'], out);
  if (json.code !== 0) throw new Error(`analyze --json exited ${json.code} at ${articles} articles`);
  const tail = lastBytes(out, 16);
  if (!tail.trimEnd().endsWith('}')) throw new Error('the JSON report is cut off');
  const terminal = await cli(['analyze', '--store', store], join(root, `report-${articles}.txt`));
  const run = { articles: articles + held - later, store, json, jsonMb: Math.round(statSync(out).size / 2 ** 20), terminal, later };
  console.log(
    `embedded ${run.articles.toLocaleString('en-US')}: analyze --json ${fmt(json.wall)} s wall, ${fmt(json.cpu)} s CPU (${ms(json.cpu, run.articles)}), ` +
      `peak RSS ${json.peakRssMb} MB, ${run.jsonMb} MB of JSON; terminal report from the store ${fmt(terminal.wall)} s wall, ` +
      `${fmt(terminal.cpu)} s CPU, peak RSS ${terminal.peakRssMb} MB; ${load()}`,
  );
  rmSync(out);
  return run;
}

/** Per-article CPU of the in-memory stages on a sample, and of reading and hashing the same files. */
function stageRates(root: string, sample: number): { stages: number; floor: number } {
  const corpus = generateCorpus({ articles: sample, seed: 11 }).articles.map((a) => a.article);
  const cpu = (fn: () => unknown) => {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1e6;
  };
  let extractions: ReturnType<typeof extractArticle>[] = [];
  const extract = cpu(() => (extractions = corpus.map(extractArticle)));
  const reuse = cpu(() => detectReuse(corpus));
  const stories = cpu(() => clusterStories(corpus, extractions));
  const whole = cpu(() => analyzeArticles(corpus));
  // The same articles as files of their own (the base corpus is larger than the sample).
  const files = writeCorpus(join(root, `rates-${sample}`), sample, 11);
  const floor = cpu(() => files.forEach((f) => createHash('sha256').update(readFileSync(f)).digest()));
  console.log(
    `in memory, ${sample.toLocaleString('en-US')} articles (CPU): extraction ${ms(extract, sample)}, reuse ${ms(reuse, sample)}, ` +
      `stories ${ms(stories, sample)}, every stage with the report ${ms(whole, sample)}; read-and-hash floor ${ms(floor, sample)}`,
  );
  return { stages: whole / sample, floor: floor / sample };
}

/**
 * 1% new articles added to a copy of the large store, two ways: the next day's news (dated after
 * everything stored: the usual case), and articles from another corpus whose dates fall among the
 * stored ones (a backfill: story placement is replayed from the earliest of them). Returns the
 * stores after each, for the serve measurement.
 */
async function incremental(root: string, big: EmbeddedRun & { later: number }): Promise<{ label: string; store: string }[]> {
  const randomDir = join(root, 'added');
  writeCorpus(randomDir, Math.max(1, Math.round(big.articles / 100)), 97, 'added-');
  const cases = [
    { label: "later-dated (the next days' news)", dir: join(root, 'later'), store: `${big.store}-later`, added: big.later },
    { label: 'random-dated (a backfill among stored dates)', dir: randomDir, store: `${big.store}-backfill`, added: Math.max(1, Math.round(big.articles / 100)) },
  ];
  // The floor of any run that prints the whole report: nothing new, the whole store read and its
  // JSON written. Each +1% line says what it costs past that, so the analysis of the 1% is told
  // apart from writing the report of the whole corpus (both printed: the goal counts the total).
  const floorStore = `${big.store}-floor`;
  cpSync(big.store, floorStore, { recursive: true });
  const floor = await cli(['analyze', '--store', floorStore, '--json'], join(root, 'floor.json'));
  rmSync(join(root, 'floor.json'));
  rmSync(floorStore, { recursive: true, force: true });
  if (floor.code !== 0) throw new Error(`analyze --json with nothing new exited ${floor.code}`);
  const share = (cpu: number) => `${fmt((100 * cpu) / big.json.cpu)}%`;
  console.log(
    `nothing new, analyze --json on a copy of the ${big.articles.toLocaleString('en-US')} store (the floor: the whole report read and written): ` +
      `${fmt(floor.wall)} s wall, ${fmt(floor.cpu)} s CPU = ${share(floor.cpu)} of the full run's CPU; ${load()}`,
  );
  for (const c of cases) {
    // As one adds the day's news and reads the summary (the terminal report, which writes no
    // section of the whole store): the incremental run the goal is about.
    const summaryStore = `${c.store}-summary`;
    cpSync(big.store, summaryStore, { recursive: true });
    const summary = await cli(['analyze', c.dir, '--store', summaryStore], join(root, 'added.txt'));
    rmSync(join(root, 'added.txt'));
    rmSync(summaryStore, { recursive: true, force: true });
    if (summary.code !== 0) throw new Error(`analyze of the added articles (terminal report) exited ${summary.code}`);
    console.log(
      `adding ${c.added.toLocaleString('en-US')} articles (${fmt((100 * c.added) / big.articles, 2)}%), ${c.label}, to the ${big.articles.toLocaleString('en-US')} store, ` +
        `terminal report: ${fmt(summary.wall)} s wall, ${fmt(summary.cpu)} s CPU = ${fmt((100 * summary.cpu) / big.json.cpu)}% of the full run's CPU (goal <= 5%; ` +
        `${fmt((100 * summary.wall) / big.json.wall)}% of its wall time), peak RSS ${summary.peakRssMb} MB; ${load()}`,
    );
    cpSync(big.store, c.store, { recursive: true });
    const run = await cli(['analyze', c.dir, '--store', c.store, '--json'], join(root, 'added.json'));
    rmSync(join(root, 'added.json'));
    if (run.code !== 0) throw new Error(`analyze of the added articles exited ${run.code}`);
    console.log(
      `adding ${c.added.toLocaleString('en-US')} articles (${fmt((100 * c.added) / big.articles, 2)}%), ${c.label}, to the ${big.articles.toLocaleString('en-US')} store, ` +
        `analyze --json (the whole report written): ${fmt(run.wall)} s wall, ` +
        `${fmt(run.cpu)} s CPU = ${fmt((100 * run.cpu) / big.json.cpu)}% of the full run's CPU ` +
        `(${fmt((100 * run.wall) / big.json.wall)}% of its wall time; past the nothing-new floor ${fmt(run.cpu - floor.cpu)} s = ${share(run.cpu - floor.cpu)}), ` +
        `peak RSS ${run.peakRssMb} MB; ${load()}`,
    );
  }
  return cases;
}

async function serveFirstRequest(big: EmbeddedRun, dir: string, label: string): Promise<void> {
  const store = await Store.open({ dir });
  let server: ReturnType<typeof createApp> | undefined;
  const opened = await timed(async () => {
    server = createApp({ store, log: () => undefined });
    const res = await server.app.fetch(new Request('http://127.0.0.1/api/stories?limit=20'));
    return (await res.json()) as { total: number; pending: boolean };
  });
  console.log(
    `serve on the ${big.articles.toLocaleString('en-US')} store after the ${label} articles: first GET /api/stories ${fmt(opened.seconds, 3)} s ` +
      `(${opened.result.total} stories, from the stored story list while the rest loads: pending ${opened.result.pending})`,
  );
  // The background load (and any analysis) the app started hold the store and the cores: they
  // finish before the store is closed and before the next measurement starts.
  await server?.cache.settled();
  await server?.close();
  await store.close().catch(() => undefined);
}

/**
 * Enqueue (generated and queued in chunks: the corpus is never held whole), 2 workers until idle,
 * then `analyze --db --json`. Progress is sampled from the database every few seconds, which gives
 * the stage times (all ingested, all placed, all aligned) and a log of how far a long run got.
 */
async function postgres(root: string, articles: number): Promise<void> {
  const db = await createTestDatabase('storytrace_e2e');
  const progress = new pg.Client({ connectionString: db.url });
  // A dropped connection must not end the run: the sample is only a progress log.
  progress.on('error', (err) => console.log(`  progress connection: ${err.message}`));
  const benchPeak = { mb: 0 };
  const sampleSelf = setInterval(() => (benchPeak.mb = Math.max(benchPeak.mb, Math.round(process.memoryUsage().rss / 2 ** 20))), 200);
  try {
    const t0 = performance.now();
    const at = () => (performance.now() - t0) / 1000;
    const store = await Store.open({ url: db.url });
    await store.close();
    const boss = await openQueue(db.url);
    const docs = function* () {
      for (const a of streamCorpus({ articles, seed: 11 })) yield { source: `${a.file}.txt`, format: 'txt' as const, text: a.text, meta: {} };
    };
    await enqueueDocs(boss, docs(), { docs: 200, chars: 8 * 2 ** 20 });
    await boss.stop({ graceful: false });
    const enqueued = at();
    console.log(`PostgreSQL ${articles.toLocaleString('en-US')}: enqueued in ${fmt(enqueued)} s (bench process peak RSS ${benchPeak.mb} MB); ${load()}`);
    // A corpus queued at once is placed in one pass once the ingest queue drains (see docs/scaling.md).
    const lag = process.env.STORYTRACE_E2E_PG_LAG ?? '86400';
    const workers = [0, 1].map(() => spawnWorker(db.url, ['--until-idle', '--poll', '0.2', '--corpus-lag', lag]));
    await progress.connect();
    const stages = { ingested: 0, placed: 0 };
    let lastLog = 0;
    const sample = async () => {
      const [row] = (
        await progress.query<{ a: string; m: string; c: string }>(
          `select (select count(*) from story_features) as a, (select count(*) from story_members) as m,
                  (select count(*) from reuse_candidates) as c`,
        )
      ).rows;
      const [ingested, placed, candidates] = [Number(row!.a), Number(row!.m), Number(row!.c)];
      if (!stages.ingested && ingested >= articles) stages.ingested = at();
      if (!stages.placed && placed >= articles) stages.placed = at();
      if (at() - lastLog >= 60) {
        lastLog = at();
        console.log(
          `  at ${fmt(at(), 0)} s: ${ingested.toLocaleString('en-US')} ingested and processed, ${placed.toLocaleString('en-US')} placed, ` +
            `${candidates.toLocaleString('en-US')} candidate pairs to align; worker RSS now ${workers.map((w) => w.rssMb()).join(' + ')} MB, ` +
            `peak ${workers.map((w) => w.peakRssMb()).join(' + ')} MB; ${load()}`,
        );
      }
    };
    const sampler = setInterval(() => void sample().catch(() => undefined), 5000);
    const codes = await Promise.all(workers.map((w) => w.exited));
    clearInterval(sampler);
    await sample().catch(() => undefined);
    codes.forEach((code, i) => {
      if (code !== 0) throw new Error(`worker ${i} exited with ${code}:\n${workers[i]!.stderr()}`);
    });
    const worked = at();
    const [sizes] = (
      await progress.query<{ state: string; db: string }>(
        `select (select coalesce(sum(length(data)), 0) from story_state) + (select coalesce(sum(length(data)), 0) from story_rows)
                + (select coalesce(sum(length(data)), 0) from story_list) as state, pg_database_size(current_database()) as db`,
      )
    ).rows;
    console.log(
      `  stored: story index and list rows ${fmt(Number(sizes!.state) / 2 ** 20)} MB of JSON, database ${fmt(Number(sizes!.db) / 2 ** 30, 2)} GB`,
    );
    const lines = workers.map((w) => JSON.parse(w.stdout().trim().split('\n').pop()!) as WorkerStats);
    const sum = (k: keyof WorkerStats) => lines.reduce((n, l) => n + l[k], 0) / 1000;
    console.log(
      `PostgreSQL ${articles.toLocaleString('en-US')} (2 workers): enqueue ${fmt(enqueued)} s; all ingested and processed at ${fmt(stages.ingested)} s, ` +
        `all placed at ${fmt(stages.placed)} s, workers done (aligned) at ${fmt(worked)} s; worker time in ingest ${fmt(sum('ingestMs'))} s, ` +
        `corpus update ${fmt(sum('corpusMs'))} s (${fmt(sum('corpusCpuMs'))} s CPU), alignment ${fmt(sum('alignMs'))} s, queue calls ` +
        `${fmt(sum('queueMs'))} s; worker CPU ${fmt(sum('cpuMs'))} s (${ms(sum('cpuMs'), articles)}); peak RSS per worker ` +
        `${workers.map((w) => w.peakRssMb()).join(' MB, ')} MB; bench process (generation, enqueue) peak RSS ${benchPeak.mb} MB; ${load()}`,
    );
    if (process.env.STORYTRACE_E2E_PG_REPORT === '0') return;
    const report = await cli(['analyze', '--db', db.url, '--json'], join(root, 'pg.json'));
    const jsonMb = Math.round(statSync(join(root, 'pg.json')).size / 2 ** 20);
    rmSync(join(root, 'pg.json'));
    if (report.code !== 0) throw new Error(`analyze --db --json exited ${report.code}`);
    const total = worked + report.wall;
    console.log(
      `PostgreSQL ${articles.toLocaleString('en-US')}: report (analyze --db --json) ${fmt(report.wall)} s wall, ${fmt(report.cpu)} s CPU, ` +
        `peak RSS ${report.peakRssMb} MB, ${jsonMb} MB of JSON; total wall ${fmt(total)} s (${fmt(total / 60)} min, ${ms(total, articles)}); ` +
        `linear to 1M: ${fmt((total * 1_000_000) / articles / 60, 0)} min (an extrapolation, not a measurement); ${load()}`,
    );
  } finally {
    clearInterval(sampleSelf);
    await progress.end().catch(() => undefined);
    if (process.env.STORYTRACE_E2E_PG_KEEP === '1') console.log(`  database kept: ${db.url}`);
    else await db.drop();
  }
}

export default async function scaleE2e(): Promise<void> {
  const large = Number(process.env.STORYTRACE_E2E_ARTICLES ?? 100_000);
  const base = Number(process.env.STORYTRACE_E2E_BASE ?? 20_000);
  const pgArticles = Number(process.env.STORYTRACE_E2E_PG ?? 0);
  const root = mkdtempSync(join(tmpdir(), 'storytrace-e2e-'));
  console.log(`(2 shared cores; other engineers' jobs run too: ${load()}. CPU seconds are the steadier figure.)`);
  try {
    if (large > 0) await embeddedRuns(root, large, base);
    if (pgArticles > 0) await postgres(root, pgArticles);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function embeddedRuns(root: string, large: number, base: number): Promise<void> {
  const small = await embedded(root, base);
  const rates = stageRates(root, Math.min(base, 2000));
  const big = await embedded(root, large, Math.max(1, Math.round(large / 100)));
  const perArticle = (r: EmbeddedRun) => r.json.cpu / r.articles;
  console.log(
    `CPU per article: ${ms(big.json.cpu, big.articles)} at ${big.articles.toLocaleString('en-US')} vs ${ms(small.json.cpu, small.articles)} at ` +
      `${small.articles.toLocaleString('en-US')}: ${fmt(perArticle(big) / perArticle(small), 2)}x (goal <= 1.2x)`,
  );
  console.log(
    `ratios (CPU per article, this run): CLI end to end ${fmt(perArticle(small) / rates.floor, 0)}x the read-and-hash floor, ` +
      `${fmt(perArticle(small) / rates.stages, 2)}x the same stages in memory`,
  );
  for (const c of await incremental(root, big)) await serveFirstRequest(big, c.store, c.label);
}
