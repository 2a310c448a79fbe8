// The `storytrace` command line. Commands compose the app shell; no analysis logic lives here.
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { AnalysisReport, InputError } from '../../core/types.js';
import { CleanPool } from '../clean/index.js';
import { ingestFiles, type IngestSummary } from '../ingest.js';
import { isSupportedName, resolveInputs, STDIN } from '../inputs.js';
import { analyzeStore } from '../pipeline.js';
import { renderHtmlReport } from '../report/html.js';
import { oneLine, safeSink } from '../report/terminal-safe.js';
import { memorySource, streamSink, writeJsonReport, writeNdjsonReport } from '../report/stream.js';
import { writeReuseSection, writeStoryReport, writeTerminalReport } from '../report/terminal.js';
import {
  EXIT_FATAL,
  EXIT_INPUT_ERRORS,
  EXIT_OK,
  openStore,
  type StoreOptions,
  withInputOptions,
  withStoreOptions,
} from './options.js';
import { progressFor } from './progress.js';
import { ingestRemote } from './remote.js';
import { addServeCommand } from './serve.js';
import type { Store } from '../../store/index.js';
import { addWorkerCommands } from '../worker/commands.js';
import { withCorpusLock } from '../worker/index.js';

interface InputOptions extends StoreOptions {
  stdinFormat: string;
  maxBytes: number;
  batchSize: number;
  verbose?: boolean;
  json?: boolean;
  server?: string;
  token?: string;
  timeBudget: number;
}

const program = new Command()
  .name('storytrace')
  .description('Who reported what, who copied whom, who said it, and where outlets disagree.')
  .showHelpAfterError()
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT_OK : EXIT_FATAL);
  });

function printErrors(errors: InputError[]): void {
  for (const e of errors) process.stderr.write(`storytrace: ${oneLine(e.source)}: ${oneLine(e.message.replace(/[ \t\n\r]+/g, ' '))}\n`);
}

/** Resolves arguments to input files; explicit unsupported files are errors, recursed ones are skipped. */
async function inputFiles(paths: string[]): Promise<{ wanted: string[]; errors: InputError[] }> {
  const { files, errors } = await resolveInputs(paths);
  const explicit = new Set(paths);
  return { wanted: files.filter((f) => f === STDIN || explicit.has(f) || isSupportedName(f)), errors };
}

/** Files are read and cleaned on a thread of their own, so one past its time budget is stopped and refused. */
async function withPool<T>(opts: InputOptions, fn: (pool: CleanPool) => Promise<T>): Promise<T> {
  const pool = new CleanPool({ budgetMs: opts.timeBudget * 1000 });
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}

/** Ingests the arguments into an open store, or sends them to a running server's upload API. */
async function ingestArgs(paths: string[], opts: InputOptions, store: Store | null): Promise<IngestSummary & { exitCode: number }> {
  const { wanted, errors } = await inputFiles(paths);
  const progress = progressFor(wanted.length);
  const summary = opts.server
    ? await ingestRemote(wanted, { server: opts.server, token: opts.token, stdinFormat: opts.stdinFormat, maxBytes: opts.maxBytes, onFile: progress.tick })
    : await withPool(opts, (pool) =>
        ingestFiles(store!, wanted, {
          stdinFormat: opts.stdinFormat,
          maxBytes: opts.maxBytes,
          batchSize: opts.batchSize,
          pool,
          onFile: progress.tick,
          onCommit: opts.verbose
            ? (added, stored) => process.stderr.write(`storytrace: committed batch (${added} new, ${stored} so far)\n`)
            : undefined,
        }),
      );
  progress.stop();
  summary.errors.unshift(...errors);
  printErrors(summary.errors);
  return { ...summary, exitCode: summary.errors.length ? EXIT_INPUT_ERRORS : EXIT_OK };
}

/** Ingests the arguments (if any), then runs every stage over the store, holding it throughout. */
async function ingestAndAnalyze(paths: string[], opts: InputOptions, command: string): Promise<{ report: AnalysisReport; exitCode: number }> {
  const store = await openStore(opts, command);
  try {
    const exitCode = paths.length ? (await ingestArgs(paths, opts, store)).exitCode : EXIT_OK;
    // On a shared server, workers may be placing articles too: take their lock for the update.
    const report = opts.db ? await withCorpusLock(opts.db, () => analyzeStore(store)) : await analyzeStore(store);
    return { report, exitCode };
  } finally {
    await store.close();
  }
}

withInputOptions(
  withStoreOptions(
    program
      .command('ingest')
      .description('read articles (.txt .html .jsonl .csv .warc, gzipped too; directories, globs, - for stdin) into the store')
      .argument('<paths...>', 'files, directories or globs')
      .option('--json', 'print the summary as JSON')
      .option('--server <url>', 'send the files to a running `storytrace serve` (its upload API) instead of opening the store')
      .option('--token <token>', "the server's bearer token, with --server (env STORYTRACE_TOKEN)", process.env.STORYTRACE_TOKEN),
  ),
).action(async (paths: string[], opts: InputOptions) => {
  let s: Awaited<ReturnType<typeof ingestArgs>>;
  if (opts.server) s = await ingestArgs(paths, opts, null);
  else {
    const store = await openStore(opts, 'storytrace ingest');
    try {
      s = await ingestArgs(paths, opts, store);
    } finally {
      await store.close();
    }
  }
  const line = {
    files: s.files,
    documents: s.documents,
    added: s.added.length,
    duplicates: s.duplicates,
    errors: s.errors,
  };
  if (opts.json) process.stdout.write(JSON.stringify(line) + '\n');
  else
    process.stdout.write(
      `${s.files} files, ${s.documents} documents: ${s.added.length} new articles, ${s.duplicates} already stored, ${s.errors.length} errors\n`,
    );
  process.exitCode = s.exitCode;
});

withInputOptions(
  withStoreOptions(
    program
      .command('analyze')
      .description('ingest the given inputs (if any), run every stage and print the report')
      .argument('[paths...]', 'files, directories or globs to ingest first')
      .option('--json', 'print the whole analysis as one JSON document (written as it is produced)')
      .option('--ndjson', 'print the analysis as one JSON record per line: {"kind": "story", "data": {...}}')
      .option('--all', 'terminal report: every story, reuse record and unplaced article, not the summary')
      .option('--story <id>', 'terminal report of one story (its id, or an unambiguous prefix of it)')
      .option('--html <file>', 'also write a self-contained HTML report to this file'),
  ),
).action(async (paths: string[], opts: InputOptions & { html?: string; ndjson?: boolean; all?: boolean; story?: string }) => {
  const { report, exitCode } = await ingestAndAnalyze(paths, opts, 'storytrace analyze');
  const out = safeSink(streamSink(process.stdout), opts.json || opts.ndjson ? 'json' : 'text');
  if (opts.json) await writeJsonReport(memorySource(report), out);
  else if (opts.ndjson) await writeNdjsonReport(memorySource(report), out);
  else if (opts.story !== undefined) {
    if (!(await writeStoryReport(report, opts.story, out))) {
      process.stderr.write(`storytrace: no story ${oneLine(JSON.stringify(opts.story))} (ids are printed in the report's story headers)\n`);
      process.exitCode = EXIT_FATAL;
      return;
    }
  } else await writeTerminalReport(report, out, { all: opts.all });
  if (opts.html) await writeFile(opts.html, renderHtmlReport(report));
  process.exitCode = exitCode;
});

withInputOptions(
  withStoreOptions(
    program
      .command('reuse')
      .description('ingest the given inputs (if any) and show who copied whom, passage by passage')
      .argument('[paths...]', 'files, directories or globs to ingest first')
      .option('--json', 'print {"reuse": [...]} as JSON'),
  ),
).action(async (paths: string[], opts: InputOptions) => {
  const { report, exitCode } = await ingestAndAnalyze(paths, opts, 'storytrace reuse');
  const out = safeSink(streamSink(process.stdout), opts.json ? 'json' : 'text');
  if (opts.json) await writeJsonReport(memorySource(report, ['reuse']), out);
  else await writeReuseSection(report, out);
  process.exitCode = exitCode;
});

addWorkerCommands(program);
addServeCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`storytrace: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
  process.exit(EXIT_FATAL);
}
