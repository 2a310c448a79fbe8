// Options and helpers shared by the CLI commands.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { LockHolder, StoreLocation } from '../../store/index.js';
import { damageSummary, Store } from '../../store/index.js';
import { INPUT_EXTENSIONS } from '../../core/ingest/index.js';
import { oneLine } from '../report/terminal-safe.js';

export const EXIT_OK = 0;
/** Some inputs failed; the rest were processed. */
export const EXIT_INPUT_ERRORS = 1;
/** Bad usage or a fatal error: nothing was done. */
export const EXIT_FATAL = 2;

export interface StoreOptions {
  store: string;
  db?: string;
  wait?: boolean;
}

export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--store <dir>', 'embedded store directory', './.storytrace')
    .addOption(new Option('--db <url>', 'PostgreSQL URL instead of the embedded store').env('STORYTRACE_DB').argParser(parseDbUrl))
    .option('--wait', 'if another process holds the embedded store, wait for it instead of exiting');
}

export function storeLocation(opts: StoreOptions): StoreLocation {
  return opts.db ? { url: opts.db } : { dir: opts.store };
}

/**
 * What a command refused the store can do instead: it depends on the command and on whether the
 * holder is a server (which takes files over its upload API and analyses the store itself).
 */
export function busyAdvice(command: string, holder: LockHolder): string {
  const server = /\bserve$/.test(holder.command);
  const verb = command.replace(/^storytrace /, '');
  switch (verb) {
    case 'ingest':
      return server
        ? 'send the files to it with `storytrace ingest --server <its URL> <paths...>`, or stop it, or pass --wait to ingest once it has stopped'
        : 'pass --wait to ingest once it is done, or stop it';
    case 'analyze':
    case 'reuse':
      return server
        ? 'the server analyses this store itself: read the result from its web UI or /api, and send new files with `storytrace ingest --server <its URL> <paths...>`; or stop it, or pass --wait to run once it has stopped'
        : `pass --wait to run ${verb} once it is done, or stop it`;
    case 'check':
      // A check must read a store nobody writes meanwhile: it cannot run beside its holder.
      return `stop it and run check then, or pass --wait to check once it has ${server ? 'stopped' : 'finished'}`;
    case 'serve':
      return 'pass --wait to serve once it is done, or stop it';
    default:
      return 'stop it, or pass --wait to go on once it is done';
  }
}

/**
 * Opens the store, locked for `command` (e.g. `storytrace ingest`) while it is open, and runs the
 * cheap damage check: damage found is said on stderr (the command goes on).
 */
export async function openStore(opts: StoreOptions, command: string, check = true): Promise<Store> {
  const store = await Store.open(storeLocation(opts), {
    command,
    wait: opts.wait,
    advice: (holder) => busyAdvice(command, holder),
    onWait: (h) => process.stderr.write(`storytrace: ${oneLine(`waiting for store ${opts.store}, in use by ${h.command} (pid ${h.pid})`)}\n`),
  });
  if (check) {
    const line = damageSummary(await store.quickCheck(), opts.db ? '--db URL' : `--store ${opts.store}`);
    if (line) process.stderr.write(`storytrace: ${oneLine(line)}\n`);
  }
  return store;
}

/**
 * A PostgreSQL URL (postgres:// or postgresql://). Anything else is a usage error said as such:
 * handed to the driver, "notaurl" became a host lookup of "base" (its default) that failed.
 */
export function parseDbUrl(value: string): string {
  let url: URL | null = null;
  try {
    url = new URL(value.trim());
  } catch {
    /* not a URL: said below */
  }
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:'))
    throw new InvalidArgumentError('the --db value is not a PostgreSQL URL (expected postgres://user:password@host:5432/database)');
  return value.trim();
}

/** A format for stdin: one of the input extensions. */
export function parseStdinFormat(value: string): string {
  const ext = value.trim().toLowerCase().replace(/^\./, '');
  if (!INPUT_EXTENSIONS.includes(ext)) throw new InvalidArgumentError(`expected one of ${INPUT_EXTENSIONS.join(', ')}`);
  return ext;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 2 ** 20, mb: 2 ** 20, mib: 2 ** 20, g: 2 ** 30, gb: 2 ** 30, gib: 2 ** 30 };

/** A positive whole number of bytes: `5000`, `1e3`, `20MB`, `1.5G` (binary units). Otherwise a usage error. */
export function parseByteCount(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined;
  const n = m && unit ? Number(m[1]) * unit : NaN;
  if (!Number.isFinite(n) || n < 1 || !Number.isSafeInteger(Math.floor(n)))
    throw new InvalidArgumentError(`expected a size in bytes such as 5000, 1e6 or 20MB, got '${value}'`);
  return Math.floor(n);
}

/** A positive number of seconds (fractions allowed). Otherwise a usage error. */
export function parseSeconds(value: string): number {
  const n = Number(value.trim());
  if (!value.trim() || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a number of seconds above 0, got '${value}'`);
  return n;
}

/** A whole number from min up. Otherwise a usage error. */
export function parseCount(min: number) {
  return (value: string): number => {
    const n = Number(value.trim());
    if (!value.trim() || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number >= ${min}, got '${value}'`);
    return n;
  };
}

export function withInputOptions(cmd: Command): Command {
  return cmd
    .option('--stdin-format <ext>', "format of '-' (stdin): txt, html, jsonl, csv, warc", parseStdinFormat, 'txt')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes (also 20MB, 1e6), before and after decompression', parseByteCount, 50 * 2 ** 20)
    .option('--batch-size <n>', 'articles stored per transaction', parseCount(1), 500)
    .option('--time-budget <seconds>', 'longest one input file may take to read and clean; past it the file is refused', parseSeconds, 60)
    .option('--verbose', 'log each input (time to read and clean it) and each committed batch on stderr');
}
