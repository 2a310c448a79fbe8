// Starting the server: loopback by default, a token required anywhere else, and the web UI built
// from source when its build is missing or older than the sources.
import { serve } from '@hono/node-server';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { damageSummary, type LockOptions, Store, type StoreLocation } from '../../store/index.js';
import { type AppOptions, createApp } from './app.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const webSourceDir = join(repoRoot, 'src/app/web');
export const webBuildDir = join(repoRoot, 'dist/web');
/** The UI bundles these folders' sources too. */
const webInputs = [webSourceDir, join(repoRoot, 'src/view'), join(repoRoot, 'src/core/types.ts')];

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.includes(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface ServerOptions extends Omit<AppOptions, 'allowedHosts'> {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  host: string;
  cache: ReturnType<typeof createApp>['cache'];
  /**
   * Stops taking connections and lets requests in flight finish: an upload waiting for its analysis
   * gets it if the analysis is done within `graceMs`, else an answer saying its articles are stored.
   * Whatever still runs `graceMs` after that is dropped. Then the analysis thread stops.
   */
  close(opts?: { graceMs?: number }): Promise<void>;
  /** Cuts the grace of a close in progress short (a second Ctrl-C). */
  hurry(): void;
}

/** How long a stopping server waits for an analysis uploads wait for: under the 10 s most supervisors allow before they kill. */
export const SHUTDOWN_GRACE_MS = 4_000;
/** How long answers given when the grace is cut short may take to be written. */
const LAST_ANSWERS_MS = 1_000;

/** Resolves after `ms`; an unref'd timer, so a stopped server's process need not wait for it. */
function sleep(ms: number): Promise<void> {
  return new Promise((ok) => setTimeout(ok, ms).unref());
}

/** Throws, without listening, when asked to bind beyond loopback with no token. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const loopback = isLoopback(host);
  if (!loopback && !opts.token)
    throw new Error(`binding to ${host} exposes the API beyond this machine: pass --token <secret> (clients then send "Authorization: Bearer <secret>")`);
  // On loopback only local names may reach us, so a web page cannot rebind its own name to us.
  const allowedHosts = loopback && !opts.token ? LOOPBACK_NAMES : undefined;
  const { app, cache, close: closeApp, stopWaiting } = createApp({ ...opts, allowedHosts });
  const server = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 0 }) as HttpServer;
  // Responses still open when the server stops close their connection once written, so the
  // server's close is not held by a kept-alive connection.
  const open = new Set<ServerResponse>();
  let closing: Promise<void> | null = null;
  let cutShort!: () => void;
  const hurried = new Promise<void>((ok) => (cutShort = ok));
  server.on('request', (_req, res: ServerResponse) => {
    if (closing) res.shouldKeepAlive = false;
    open.add(res);
    res.once('close', () => open.delete(res));
  });
  await new Promise<void>((ok, fail) => {
    server.once('listening', ok);
    server.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    cache,
    hurry: () => cutShort(),
    close: ({ graceMs = SHUTDOWN_GRACE_MS } = {}) =>
      (closing ??= (async () => {
        for (const res of open) res.shouldKeepAlive = false;
        const idle = new Promise<void>((ok, fail) => server.close((err) => (err ? fail(err) : ok())));
        server.closeIdleConnections();
        let done = false;
        const finished = idle.then(
          () => void (done = true),
          () => void (done = true),
        );
        await Promise.race([finished, sleep(graceMs), hurried]);
        if (!done) {
          stopWaiting();
          await Promise.race([finished, sleep(graceMs), hurried.then(() => sleep(LAST_ANSWERS_MS))]);
          server.closeAllConnections();
        }
        await idle;
        await closeApp();
      })()),
  };
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the UI with Vite when dist/web is missing or older than its sources; returns the build dir. */
export async function ensureWebBuild(log: (line: string) => void = () => undefined): Promise<string> {
  const built = join(webBuildDir, 'index.html');
  const sourcesExist = existsSync(join(webSourceDir, 'index.html'));
  if (existsSync(built) && (!sourcesExist || newestMtime(built) >= Math.max(...webInputs.map(newestMtime)))) return webBuildDir;
  if (!sourcesExist) throw new Error(`web UI missing: neither ${built} nor its sources exist`);
  log('storytrace serve: building the web UI…');
  const vite = await import('vite').catch(() => {
    throw new Error('the web UI is not built and Vite is not installed: run `npm install` then `npm run build:web`');
  });
  // Build beside the live directory and swap it in, so two processes building at once (parallel
  // test files, a server start) never serve or leave a half-written build.
  const staging = `${webBuildDir}.${process.pid}.${Date.now()}`;
  try {
    await vite.build({ configFile: join(webSourceDir, 'vite.config.ts'), logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
    rmSync(webBuildDir, { recursive: true, force: true });
    renameSync(staging, webBuildDir);
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    // Another process swapped in its build first: use that one.
    if (existsSync(built)) return webBuildDir;
    throw err;
  }
  return webBuildDir;
}

export interface ServeCommandOptions {
  location: StoreLocation;
  host?: string;
  port?: number;
  token?: string;
  maxFileBytes?: number;
  /** Time one uploaded file may take to read and clean, in ms. */
  budgetMs?: number;
  /** How to take the embedded store's lock (who we are, whether to wait). */
  lock?: LockOptions;
  /** On SIGTERM/SIGINT, how long requests in flight may wait for an analysis (ms); see RunningServer.close. */
  graceMs?: number;
  log?: (line: string) => void;
}

/** `storytrace serve`: runs until SIGINT/SIGTERM, then lets requests in flight finish and closes the server and the store. */
export async function runServe(opts: ServeCommandOptions): Promise<void> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const webDir = await ensureWebBuild(log);
  const store = await Store.open(opts.location, opts.lock);
  let running: RunningServer;
  try {
    const damage = damageSummary(await store.quickCheck(), 'url' in opts.location ? '--db URL' : `--store ${opts.location.dir}`);
    if (damage) log(`storytrace serve: ${damage}`);
    running = await startServer({ store, host: opts.host, port: opts.port ?? 8080, token: opts.token, webDir, maxFileBytes: opts.maxFileBytes, budgetMs: opts.budgetMs, log });
  } catch (err) {
    await store.close();
    throw err;
  }
  log(`storytrace serve: listening on ${running.url}${opts.token ? ' (bearer token required)' : ''}`);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  // A second signal while requests finish: stop waiting for them (still closing the store cleanly).
  const hurry = () => {
    log('storytrace serve: stopping now');
    running.hurry();
  };
  process.on('SIGINT', hurry);
  process.on('SIGTERM', hurry);
  log('storytrace serve: stopping: finishing the requests in flight');
  try {
    await running.close({ graceMs: opts.graceMs });
  } finally {
    await store.close();
    process.off('SIGINT', hurry);
    process.off('SIGTERM', hurry);
  }
}
