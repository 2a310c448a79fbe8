// `storytrace serve`: the HTTP API and web UI over a store.
import type { Command } from 'commander';
import { runServe } from '../server/index.js';
import { oneLine } from '../report/terminal-safe.js';
import { busyAdvice, parseByteCount, parseCount, parseSeconds, storeLocation, type StoreOptions, withStoreOptions } from './options.js';

interface ServeOptions extends StoreOptions {
  host: string;
  port: number;
  token?: string;
  maxFileBytes: number;
  timeBudget: number;
}

export function addServeCommand(program: Command): void {
  withStoreOptions(
    program
      .command('serve')
      .description('serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI')
      .option('--host <host>', 'address to bind; anything but loopback requires --token', '127.0.0.1')
      .option('--port <n>', 'port', parseCount(0), 8080)
      .option('--token <token>', 'bearer token required on every API request (env STORYTRACE_TOKEN)', process.env.STORYTRACE_TOKEN)
      .option('--max-file-bytes <n>', 'largest uploaded file accepted (also 20MB, 1e6)', parseByteCount, 20 * 2 ** 20)
      .option('--time-budget <seconds>', 'longest one uploaded file may take to read and clean; past it the file is refused', parseSeconds, 60),
  ).action(async (opts: ServeOptions) => {
    await runServe({
      location: storeLocation(opts),
      host: opts.host,
      port: opts.port,
      token: opts.token,
      maxFileBytes: opts.maxFileBytes,
      budgetMs: opts.timeBudget * 1000,
      lock: {
        command: 'storytrace serve',
        wait: opts.wait,
        advice: (holder) => busyAdvice('storytrace serve', holder),
        onWait: (h) => process.stderr.write(`storytrace: ${oneLine(`waiting for store ${opts.store}, in use by ${h.command} (pid ${h.pid})`)}\n`),
      },
    });
  });
}
