// CLI for scale-out: `ingest --queue`, `worker` and `status`, added to the main program.
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { readInput } from '../../core/ingest/index.js';
import type { InputError, RawDoc } from '../../core/types.js';
import { Store } from '../../store/index.js';
import { oneLine } from '../report/terminal-safe.js';
import { plural } from '../../view/index.js';
import { EXIT_FATAL, EXIT_INPUT_ERRORS, EXIT_OK, parseDbUrl } from '../cli/options.js';
import { readInputBytes, resolveInputs, STDIN } from '../inputs.js';
import { alignCandidates, processArticles, processStoredArticles, updateCorpus } from '../pipeline.js';
import { DEFAULT_BATCH, DEFAULT_QUEUE_OPTIONS, enqueueDocs, enqueueFiles, openQueue } from './queue.js';
import { readStatus, renderStatus } from './status.js';
import { DEFAULT_CORPUS_LAG_SECONDS, startWorker } from './worker.js';

const dbOption = () =>
  new Option('--db <url>', 'PostgreSQL URL shared by the workers').env('STORYTRACE_DB').argParser(parseDbUrl).makeOptionMandatory();
const int = (v: string) => Number.parseInt(v, 10);
const jobTimeoutHelp = `seconds after which a running job is presumed lost (its worker killed) and retried; stored with the queues (default ${DEFAULT_QUEUE_OPTIONS.jobTimeoutSeconds})`;

export function addWorkerCommands(program: Command): void {
  const ingest = program.commands.find((c) => c.name() === 'ingest');
  if (!ingest) throw new Error('the ingest command must be defined before the worker commands');
  ingest
    .option('--queue', 'enqueue the inputs for `storytrace worker` processes instead of ingesting here (needs --db)')
    .option('--by-path', 'with --queue: enqueue file paths (every worker must see the same files), not their contents')
    .option('--job-timeout <seconds>', `with --queue: ${jobTimeoutHelp}`, int)
    // A hook, so `ingest` without --queue runs exactly as before.
    .hook('preAction', async (_self, cmd) => {
      const opts = cmd.opts<{ queue?: boolean; byPath?: boolean; batchSize: number; jobTimeout?: number; db?: string; stdinFormat: string; maxBytes: number; json?: boolean }>();
      if (!opts.queue) return;
      if (!opts.db) {
        process.stderr.write('storytrace: ingest --queue needs --db <postgres url> (or STORYTRACE_DB)\n');
        process.exit(EXIT_FATAL);
      }
      process.exit(await enqueueCommand(cmd.args, { ...opts, db: opts.db }));
    });

  program
    .command('worker')
    .description('process queued ingest batches and corpus updates from the shared PostgreSQL (run one per core, on any machine)')
    .addOption(dbOption())
    .option('--concurrency <n>', 'ingest batches in flight in this process', int, 1)
    .option('--job-timeout <seconds>', jobTimeoutHelp, int)
    .option('--poll <seconds>', 'seconds between looks at an empty queue', Number, 1)
    .option('--corpus-lag <seconds>', 'longest an article waits to be placed in a story while ingest jobs are still queued', Number, DEFAULT_CORPUS_LAG_SECONDS)
    .option('--until-idle', 'exit once no job is waiting, retrying or running (enqueue first)')
    .action(async (opts: { db: string; concurrency: number; jobTimeout?: number; poll: number; corpusLag: number; untilIdle?: boolean }) => {
      const worker = await startWorker({
        url: opts.db,
        stages: { processArticles, processStoredArticles, updateCorpus, alignCandidates },
        concurrency: opts.concurrency,
        jobTimeoutSeconds: opts.jobTimeout,
        pollSeconds: opts.poll,
        corpusLagSeconds: opts.corpusLag,
        log: (line) => process.stderr.write(`storytrace worker ${process.pid}: ${line}\n`),
      });
      const stop = async () => {
        await worker.stop();
        process.exit(EXIT_OK);
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      if (opts.untilIdle) {
        const { failed } = await worker.untilIdle();
        await worker.stop();
        // One JSON line: what this process did, for scripts (the scale benchmark reads it).
        process.stdout.write(JSON.stringify(worker.stats()) + '\n');
        if (failed > 0) process.stderr.write(`storytrace: ${failed} job(s) failed; see storytrace status\n`);
        process.exitCode = failed > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
      }
    });

  program
    .command('status')
    .description('queue depth, failed jobs with their errors, throughput and store progress')
    .addOption(dbOption())
    .option('--json', 'print the status as JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      const store = await Store.open({ url: opts.db });
      try {
        const status = await readStatus(store.db);
        process.stdout.write(opts.json ? JSON.stringify(status, null, 1) + '\n' : renderStatus(status));
      } finally {
        await store.close();
      }
    });
}

interface EnqueueOptions {
  db: string;
  byPath?: boolean;
  /** Documents per job (files per job with --by-path): the ingest command's --batch-size. */
  batchSize: number;
  jobTimeout?: number;
  stdinFormat: string;
  maxBytes: number;
  json?: boolean;
}

async function enqueueCommand(paths: string[], opts: EnqueueOptions): Promise<number> {
  const { files, errors } = await resolveInputs(paths);
  // Creates the store's tables too, so workers and status find a migrated database.
  const store = await Store.open({ url: opts.db });
  const boss = await openQueue(opts.db, { jobTimeoutSeconds: opts.jobTimeout });
  let summary: { jobs: number; docs?: number };
  try {
    if (opts.byPath) {
      if (files.includes(STDIN)) errors.push({ source: STDIN, message: 'stdin cannot be queued by path' });
      summary = await enqueueFiles(boss, files.filter((f) => f !== STDIN).map((f) => resolve(f)), opts.batchSize);
    } else {
      summary = await enqueueDocs(boss, readDocs(files, opts, errors), { ...DEFAULT_BATCH, docs: opts.batchSize });
    }
  } finally {
    await boss.stop({ graceful: false, close: true });
    await store.close();
  }
  for (const e of errors) process.stderr.write(`storytrace: ${oneLine(e.source)}: ${oneLine(e.message.replace(/[ \t\n\r]+/g, ' '))}\n`);
  const line = { files: files.length, queued_jobs: summary.jobs, queued_documents: summary.docs ?? null, errors };
  process.stdout.write(
    opts.json
      ? JSON.stringify(line) + '\n'
      : `${plural(files.length, 'file')}: ${plural(summary.jobs, 'job')} queued${summary.docs === undefined ? '' : ` (${plural(summary.docs, 'document')})`}, ${plural(errors.length, 'error')}\n`,
  );
  return errors.length > 0 ? EXIT_INPUT_ERRORS : EXIT_OK;
}

async function* readDocs(files: string[], opts: EnqueueOptions, errors: InputError[]): AsyncGenerator<RawDoc> {
  for (const file of files) {
    const name = file === STDIN ? `stdin.${opts.stdinFormat}` : file;
    let bytes: Uint8Array;
    try {
      bytes = await readInputBytes(file);
    } catch (err) {
      errors.push({ source: name, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    const read = readInput(name, bytes, { maxBytes: opts.maxBytes });
    errors.push(...read.errors);
    yield* read.docs;
  }
}
