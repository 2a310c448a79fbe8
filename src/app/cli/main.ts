// The `storytrace` command line. Commands compose the app shell; no analysis logic lives here.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { AnalysisReport, InputError } from '../../core/types.js';
import { CleanPool } from '../clean/index.js';
import { ingestFiles, type IngestSummary } from '../ingest.js';
import { isSupportedName, resolveInputs, STDIN } from '../inputs.js';
import { analyzeStored, type ReportPlan } from '../pipeline.js';
import { findStoryId, plural } from '../../view/index.js';
import { renderHtmlReport } from '../report/html.js';
import { oneLine, safeSink } from '../report/terminal-safe.js';
import { memorySource, streamSink, writeJsonReport, writeNdjsonReport, type ReportSource, type Section } from '../report/stream.js';
import { collectReport, storedReportOn, storedSource, storedTerminalData } from '../report/stored-source.js';
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
import { coverageLine, type Coverage } from './coverage.js';
import { ingestRemote } from './remote.js';
import { addCheckCommand } from './check.js';
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
  onlyInputs?: boolean;
}

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** A mistake in the command line itself: reported before any store is opened or created. */
class UsageError extends Error {}

const program = new Command()
  .name('storytrace')
  .description('Who reported what, who copied whom, who said it, and where outlets disagree.')
  .version(version, '-V, --version', 'print the version and exit')
  // A mistake is said in one line, pointing at the help rather than printing all of it.
  .showHelpAfterError('storytrace: see --help')
  .configureOutput({ outputError: (text, write) => write(`storytrace: ${text.replace(/^error: /, '')}`) })
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? EXIT_OK : EXIT_FATAL);
  });

/** A reader that stopped reading (`| head`) ends the output: quietly and successfully, as Unix tools do. */
function isClosedPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
process.stdout.on('error', (err) => {
  if (isClosedPipe(err)) process.exit(EXIT_OK);
  throw err;
});

function printErrors(errors: InputError[]): void {
  for (const e of errors) process.stderr.write(`storytrace: ${oneLine(e.source)}: ${oneLine(e.message.replace(/[ \t\n\r]+/g, ' '))}\n`);
}

/**
 * Resolves arguments to files; explicit unsupported files are kept (and refused by name when read),
 * recursed ones are skipped. An argument that matches nothing is a usage error: call this before
 * opening the store, so that a typo never creates one.
 */
async function inputFiles(paths: string[]): Promise<string[]> {
  const { files, errors } = await resolveInputs(paths);
  if (errors.length) throw new UsageError(errors.map((e) => `${oneLine(e.source)}: ${oneLine(e.message)}`).join('\nstorytrace: '));
  const explicit = new Set(paths);
  return files.filter((f) => f === STDIN || explicit.has(f) || isSupportedName(f));
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

/** Ingests resolved files into an open store, or sends them to a running server's upload API. */
async function ingestArgs(wanted: string[], opts: InputOptions, store: Store | null): Promise<IngestSummary & { exitCode: number }> {
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
          onInput: opts.verbose
            ? (name, ms, articles) => process.stderr.write(`storytrace: ${oneLine(name)}: read and cleaned in ${Math.round(ms)} ms, ${plural(articles, 'article')}\n`)
            : undefined,
          onCommit: opts.verbose
            ? (added, stored) => process.stderr.write(`storytrace: committed batch (${added} new, ${stored} so far)\n`)
            : undefined,
        }),
      );
  progress.stop();
  printErrors(summary.errors);
  return { ...summary, exitCode: summary.errors.length ? EXIT_INPUT_ERRORS : EXIT_OK };
}

/** Where the store is, for messages: the directory, or the database URL without its password. */
function storeName(opts: InputOptions): string {
  if (!opts.db) return opts.store;
  try {
    const url = new URL(opts.db);
    url.password = '';
    return url.toString();
  } catch {
    return 'the database';
  }
}

/** A finished analysis, while its store is open: the report's plan, its sections read as written. */
interface Analysed {
  store: Store;
  plan: ReportPlan;
  /** With --only-inputs, the input articles: the report covers their stories alone. */
  only?: string[];
  /** The whole report in memory (only the inputs' stories with --only-inputs), for outputs that need it at once. */
  whole(): Promise<AnalysisReport>;
  /** The report's sections as they are written: from the store, or from the report in memory with --only-inputs. */
  source(sections?: readonly Section[]): Promise<ReportSource>;
  /** Says on stderr what was read and what the printed report covers: all of it, or `story` alone. */
  sayCoverage(story?: { id: string; articles: number }): void;
}

/**
 * Ingests the arguments (if any), then runs every stage over the store and hands the analysis to
 * `use` while holding the store (and, on a shared server, the corpus lock): the report's sections
 * are read from the store as they are written. `use` says on stderr what was read and what the
 * report it prints covers (sayCoverage: the whole store, the inputs' stories with `--only-inputs`,
 * or one story), once it knows which. Returns the exit code.
 */
async function ingestAndAnalyze(
  paths: string[],
  opts: InputOptions,
  command: string,
  use: (a: Analysed) => Promise<void>,
  { sections = false }: { sections?: boolean } = {},
): Promise<number> {
  if (opts.onlyInputs && !paths.length) throw new UsageError('--only-inputs needs input paths');
  const files = await inputFiles(paths);
  const store = await openStore(opts, command);
  try {
    const ingested = paths.length ? await ingestArgs(files, opts, store) : null;
    const only = opts.onlyInputs && ingested ? [...new Set(ingested.ids)] : undefined;
    // On a shared server, workers may be placing articles too: take their lock for the update and the report.
    const report = async (plan: ReportPlan) => {
      let inMemory: Promise<AnalysisReport> | undefined;
      const whole = () => (inMemory ??= only ? storedReportOn(store, plan, only) : collectReport(storedSource(store, plan)));
      const source = async (sections?: readonly Section[]) => {
        if (only) return memorySource(await whole(), sections);
        const all = storedSource(store, plan);
        return sections ? Object.fromEntries(sections.map((k) => [k, all[k]])) as ReportSource : all;
      };
      const shown = only ? await whole() : null;
      const coverage: Coverage = {
        read: ingested ? { added: ingested.added.length, already: ingested.ids.length - ingested.added.length } : null,
        inputs: only ? only.length : null,
        stored: plan.articles,
        store: storeName(opts),
      };
      const analysed = shown ? { stories: shown.stories.length, articles: shown.articles.length } : { stories: plan.stories.length, articles: plan.articles };
      const sayCoverage = (story?: { id: string; articles: number }) => {
        const line = coverageLine(coverage, analysed, story);
        if (line) process.stderr.write(`storytrace: ${line}\n`);
      };
      await use({ store, plan, only, whole, source, sayCoverage });
    };
    const run = async () => {
      const plan = await analyzeStored(store, { sections });
      try {
        await report(plan);
      } finally {
        plan.close();
      }
    };
    await (opts.db ? withCorpusLock(opts.db, run) : run());
    return ingested?.exitCode ?? EXIT_OK;
  } finally {
    await store.close();
  }
}

/** Writes an output file and names it on stderr. */
/** An output file's folder must exist: checked before the run, not after minutes of analysis. */
function checkOutputPath(option: string, file: string): void {
  const dir = dirname(resolve(file));
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* missing: said below */
  }
  if (!isDir) throw new UsageError(`${option} ${oneLine(file)}: no such folder ${oneLine(dir)}`);
}

async function writeOutput(file: string, content: string): Promise<void> {
  await writeFile(file, content);
  process.stderr.write(`storytrace: wrote ${file} (${plural(Buffer.byteLength(content), 'byte')})\n`);
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
  const files = await inputFiles(paths);
  if (opts.server) s = await ingestArgs(files, opts, null);
  else {
    const store = await openStore(opts, 'storytrace ingest');
    try {
      s = await ingestArgs(files, opts, store);
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
      `${plural(s.files, 'file')}, ${plural(s.documents, 'document')}: ${plural(s.added.length, 'new article')}, ` +
        `${s.duplicates} already stored, ${plural(s.errors.length, 'error')}\n`,
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
      .addOption(new Option('--ndjson', 'print the analysis as one JSON record per line: {"kind": "story", "data": {...}}').conflicts('json'))
      .option('--all', 'terminal report: every story, reuse record and unplaced article, not the summary')
      .option('--story <id>', 'report one story alone, in every format (its id, or an unambiguous prefix of it, with or without "story-")')
      .option('--html <file>', 'also write a self-contained HTML report to this file')
      .option('--only-inputs', 'report only on the stories of the given inputs, as stored (the store still keeps everything)'),
  ),
).action(async (paths: string[], opts: InputOptions & { html?: string; ndjson?: boolean; all?: boolean; story?: string }) => {
  if (opts.html) checkOutputPath('--html', opts.html);
  process.exitCode = await ingestAndAnalyze(paths, opts, 'storytrace analyze', async (analysis) => {
    let report: AnalysisReport | undefined;
    if (opts.story === undefined) analysis.sayCoverage();
    else {
      const { id, candidates } = findStoryId(analysis.plan.stories.map((s) => s.id), opts.story);
      if (!id) {
        const query = oneLine(JSON.stringify(opts.story));
        process.stderr.write(
          candidates.length
            ? `storytrace: ${query} matches ${plural(candidates.length, 'story', 'stories')}: ${candidates.slice(0, 10).join(', ')}${candidates.length > 10 ? ', …' : ''}; give more of the id\n`
            : `storytrace: no story ${query} (ids are printed in the report's story headers)\n`,
        );
        throw new StoryNotFound();
      }
      // Every format then carries that story alone: its articles, the reuse touching them, its comparison.
      const chosen = analysis.plan.stories.find((s) => s.id === id)!;
      analysis.sayCoverage({ id, articles: chosen.articles.length });
      report = await storedReportOn(analysis.store, analysis.plan, chosen.articles);
    }
    const out = safeSink(streamSink(process.stdout), opts.json || opts.ndjson ? 'json' : 'text');
    const source = report ? memorySource(report) : await analysis.source();
    if (opts.json) await writeJsonReport(source, out);
    else if (opts.ndjson) await writeNdjsonReport(source, out);
    else if (report) await writeStoryReport(report, report.stories[0]!, out);
    else await writeTerminalReport(analysis.only ? await analysis.whole() : storedTerminalData(analysis.store, analysis.plan), out, { all: opts.all });
    if (opts.html) await writeOutput(opts.html, renderHtmlReport(report ?? (await analysis.whole())));
  },
  // Every section of the whole store is written (JSON, HTML): spooled as the plan reads it.
  { sections: opts.story === undefined && !opts.onlyInputs && !!(opts.json || opts.ndjson || opts.html) },
  ).catch((err) => {
    if (err instanceof StoryNotFound) return EXIT_FATAL;
    throw err;
  });
});

/** --story named no story (said on stderr). */
class StoryNotFound extends Error {}

withInputOptions(
  withStoreOptions(
    program
      .command('reuse')
      .description('ingest the given inputs (if any) and show who copied whom, passage by passage')
      .argument('[paths...]', 'files, directories or globs to ingest first')
      .option('--json', 'print {"reuse": [...]} as JSON'),
  ),
).action(async (paths: string[], opts: InputOptions) => {
  process.exitCode = await ingestAndAnalyze(paths, opts, 'storytrace reuse', async (analysis) => {
    analysis.sayCoverage();
    const out = safeSink(streamSink(process.stdout), opts.json ? 'json' : 'text');
    if (opts.json) await writeJsonReport(await analysis.source(['reuse']), out);
    else await writeReuseSection(analysis.only ? await analysis.whole() : storedTerminalData(analysis.store, analysis.plan), out);
  });
});

addWorkerCommands(program);
addServeCommand(program);
addCheckCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (isClosedPipe(err)) process.exit(EXIT_OK);
  process.stderr.write(`storytrace: ${oneLine(err instanceof Error ? err.message : String(err))}\n`);
  process.exit(EXIT_FATAL);
}
