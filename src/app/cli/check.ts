// `storytrace check`: the full damage check of a store, every row read back. Each problem is one
// line naming its table and row; nothing unreadable is skipped.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { checkStore, damageLine, problemCount, StoreDamagedError } from '../../store/index.js';
import { plural } from '../../view/index.js';
import { oneLine } from '../report/terminal-safe.js';
import { EXIT_INPUT_ERRORS, EXIT_OK, openStore, type StoreOptions, withStoreOptions } from './options.js';

export function addCheckCommand(program: Command): void {
  withStoreOptions(
    program
      .command('check')
      .description('check the store for damage: rows that cannot be read, results that no longer parse, altered texts, rows naming missing ones (exit 1 when any)')
      .option('--json', 'print {"rows": {...}, "damage": [...]} as JSON'),
  ).action(async (opts: StoreOptions & { json?: boolean }) => {
    // Opening a store that is not there would create an empty one and call it sound.
    if (!opts.db && !existsSync(opts.store)) throw new Error(`no store at ${opts.store}`);
    const store = await openStore(opts, 'storytrace check', false).catch((err: unknown) => {
      // A store whose database does not open is damage found, not a failed command (README: exit 1).
      if (!(err instanceof StoreDamagedError)) throw err;
      process.stderr.write(`storytrace: ${oneLine(err.message)}\n`);
      process.exitCode = EXIT_INPUT_ERRORS;
      return null;
    });
    if (!store) return;
    try {
      const { rows, damage } = await checkStore(store.db);
      if (opts.json) process.stdout.write(JSON.stringify({ rows, damage }) + '\n');
      else {
        for (const d of damage) process.stderr.write(`storytrace: ${oneLine(damageLine(d))}\n`);
        const total = Object.values(rows).reduce((a, b) => a + b, 0);
        const tables = Object.keys(rows).length;
        process.stdout.write(`checked ${plural(total, 'row')} in ${plural(tables, 'table')}: ${damage.length ? problemCount(damage) : 'no damage found'}\n`);
      }
      process.exitCode = damage.length ? EXIT_INPUT_ERRORS : EXIT_OK;
    } finally {
      await store.close();
    }
  });
}
