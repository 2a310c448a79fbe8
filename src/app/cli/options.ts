// Options and helpers shared by the CLI commands.
import { Command, Option } from 'commander';
import type { StoreLocation } from '../../store/index.js';
import { Store } from '../../store/index.js';

export const EXIT_OK = 0;
/** Some inputs failed; the rest were processed. */
export const EXIT_INPUT_ERRORS = 1;
/** Bad usage or a fatal error: nothing was done. */
export const EXIT_FATAL = 2;

export interface StoreOptions {
  store: string;
  db?: string;
}

export function withStoreOptions(cmd: Command): Command {
  return cmd
    .option('--store <dir>', 'embedded store directory', './.storytrace')
    .addOption(new Option('--db <url>', 'PostgreSQL URL instead of the embedded store').env('STORYTRACE_DB'));
}

export function storeLocation(opts: StoreOptions): StoreLocation {
  return opts.db ? { url: opts.db } : { dir: opts.store };
}

export function openStore(opts: StoreOptions): Promise<Store> {
  return Store.open(storeLocation(opts));
}

export function withInputOptions(cmd: Command): Command {
  return cmd
    .option('--stdin-format <ext>', "format of '-' (stdin): txt, html, jsonl, csv, warc", 'txt')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', (v) => Number.parseInt(v, 10), 50 * 2 ** 20)
    .option('--batch-size <n>', 'articles stored per transaction', (v) => Number.parseInt(v, 10), 500)
    .option('--verbose', 'log each committed batch on stderr');
}
