// Runs a hostile input set through the two ways articles enter a store: the `ingest` command (a
// child process, as an operator runs it) and the upload API of a running server. Both report the
// same figures: inputs tried, refused, articles stored, good articles lost, peak RSS, slowest input.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Store } from '../store/index.js';
import { type HostileSet, missingMarkers } from './hostile-inputs.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = join(repoRoot, 'bin/storytrace.js');

export interface HostileFigures {
  via: 'cli' | 'upload';
  tried: number;
  /** Inputs or records refused, each with its one-line error. */
  refused: number;
  /** Articles in the store afterwards. */
  stored: number;
  /** Good articles hidden in the set that the store does not hold (must be 0). */
  lost: string[];
  peakRssMb: number | null;
  slowest: { name: string; ms: number } | null;
  seconds: number;
  /** Longest wait for /api/health while uploads and their analysis ran (upload only). */
  healthWorstMs?: number;
  /** From the last upload's answer to the server's analysis no longer pending (upload only). */
  settleSeconds?: number;
  exitCode?: number | null;
  /** Every refusal line (CLI) or error (upload), for checks on their form. */
  errors: string[];
}

/** The high-water resident set of a process, in MB (Linux; null elsewhere or once it has gone). */
export function peakRssOf(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples a process's high-water RSS until stopped; the last reading is the peak. */
export function watchRss(pid: number): { stop(): number | null } {
  let peak: number | null = null;
  const sample = () => {
    const now = peakRssOf(pid);
    if (now !== null) peak = Math.max(peak ?? 0, now);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** Articles stored and the set's good articles missing from them. */
async function tally(storeDir: string, set: HostileSet): Promise<{ stored: number; lost: string[] }> {
  const store = await Store.open({ dir: storeDir });
  try {
    const bodies = (await store.articles(undefined, { original: false })).map((a) => a.body);
    return { stored: bodies.length, lost: missingMarkers(set.expected, bodies) };
  } finally {
    await store.close();
  }
}

const VERBOSE_INPUT = /^storytrace: (.*): read and cleaned in (\d+) ms, \d+ articles?$/;
const VERBOSE_BATCH = /^storytrace: committed batch /;

/** `storytrace ingest --verbose` over the set's directory into storeDir, in a child process. */
export async function throughCli(set: HostileSet, storeDir: string, opts: { maxBytes: string; timeBudgetS: number }): Promise<HostileFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, [cliPath, 'ingest', '--verbose', '--store', storeDir, '--max-bytes', opts.maxBytes, '--time-budget', String(opts.timeBudgetS), set.dir], {
    env: { ...process.env, CI: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const rss = watchRss(child.pid!);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  const peakRssMb = rss.stop();
  const seconds = (performance.now() - started) / 1000;
  const errors: string[] = [];
  let slowest: HostileFigures['slowest'] = null;
  for (const line of stderr.split('\n').filter(Boolean)) {
    const timing = VERBOSE_INPUT.exec(line);
    if (timing) {
      const ms = Number(timing[2]);
      if (!slowest || ms > slowest.ms) slowest = { name: timing[1], ms };
    } else if (!VERBOSE_BATCH.test(line)) errors.push(line);
  }
  const special = set.special ? 2 : 0;
  return { via: 'cli', tried: set.files.length + special, refused: errors.length, ...(await tally(storeDir, set)), peakRssMb, slowest, seconds, exitCode, errors };
}

export interface UploadTarget {
  url: string;
  /** The server's store directory, read once the server has stopped. */
  storeDir: string;
  /** Stops the server (and releases its store); returns its peak RSS in MB when known. */
  stop(): Promise<number | null>;
}

interface UploadAnswer {
  added?: string[];
  errors?: { source: string; message: string }[];
  error?: string;
}

/**
 * Posts the set's regular files to the upload API, `perRequest` at a time (the tiny ones in larger
 * requests), while another client asks /api/health every 100 ms and notes the longest wait; then
 * waits for the analysis the uploads asked for to settle before counting what the store holds.
 */
export async function throughUpload(set: HostileSet, target: UploadTarget, opts: { perRequest: number; tinyPerRequest: number; settleTimeoutMs?: number }): Promise<HostileFigures> {
  const started = performance.now();
  let uploading = true;
  let healthWorstMs = 0;
  const health = (async () => {
    while (uploading) {
      const asked = performance.now();
      await fetch(`${target.url}/api/health`).then((r) => r.arrayBuffer()).catch(() => undefined);
      healthWorstMs = Math.max(healthWorstMs, performance.now() - asked);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  })();
  const tiny = set.files.filter((f) => basename(dirname(f)) === 'tiny');
  const hostile = set.files.filter((f) => basename(dirname(f)) !== 'tiny');
  const requests: string[][] = [];
  for (let i = 0; i < hostile.length; i += opts.perRequest) requests.push(hostile.slice(i, i + opts.perRequest));
  for (let i = 0; i < tiny.length; i += opts.tinyPerRequest) requests.push(tiny.slice(i, i + opts.tinyPerRequest));
  const errors: string[] = [];
  let slowest: HostileFigures['slowest'] = null;
  let settleSeconds: number | undefined;
  try {
    for (const files of requests) {
      const form = new FormData();
      for (const f of files) form.append('files', new Blob([readFileSync(f)]), basename(f));
      const sent = performance.now();
      const res = await fetch(`${target.url}/api/ingest`, { method: 'POST', body: form });
      const answer = (await res.json().catch(() => ({ error: `HTTP ${res.status}, not JSON` }))) as UploadAnswer;
      const ms = performance.now() - sent;
      const name = files.length > 1 ? `${basename(files[0])} and ${files.length - 1} more in one request` : basename(files[0]);
      if (!slowest || ms > slowest.ms) slowest = { name, ms: Math.round(ms) };
      if (answer.error || !Array.isArray(answer.added)) errors.push(...files.map((f) => `${basename(f)}: request refused: ${answer.error ?? `HTTP ${res.status}`}`));
      else errors.push(...(answer.errors ?? []).map((e) => `${e.source}: ${e.message}`));
    }
    settleSeconds = (await analysisSettled(target.url, opts.settleTimeoutMs)) / 1000;
  } finally {
    uploading = false;
    await health;
  }
  const peakRssMb = await target.stop();
  const seconds = (performance.now() - started) / 1000;
  return { via: 'upload', tried: set.files.length, refused: errors.length, ...(await tally(target.storeDir, set)), peakRssMb, slowest, seconds, healthWorstMs: Math.round(healthWorstMs), settleSeconds, errors };
}

/**
 * Asks a server's /api/health until it says the analysis is no longer pending (uploads are answered
 * once stored; their analysis runs after). Resolves with how long that took, in ms.
 */
export async function analysisSettled(url: string, timeoutMs = 600_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const health = (await fetch(`${url}/api/health`).then((r) => r.json()).catch(() => null)) as { pending?: boolean } | null;
    if (health?.pending === false) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`the analysis at ${url} was still pending after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((ok) => setTimeout(ok, 200));
  }
}

/** One line of figures. */
export function formatFigures(f: HostileFigures): string {
  const slowest = f.slowest ? `${f.slowest.name.slice(0, 60)} ${(f.slowest.ms / 1000).toFixed(2)} s` : 'n/a';
  const settle = f.settleSeconds !== undefined ? `, analysis settled ${f.settleSeconds.toFixed(1)} s after the last upload` : '';
  const health = (f.healthWorstMs !== undefined ? `, /api/health worst ${f.healthWorstMs} ms` : '') + settle;
  return `  ${f.via.padEnd(7)} tried ${f.tried}, refused ${f.refused}, stored ${f.stored}, lost ${f.lost.length}; peak RSS ${f.peakRssMb ?? '?'} MB; slowest ${slowest}; ${f.seconds.toFixed(1)} s${health}`;
}

/** `storytrace serve` on storeDir in a child process, on a free port. */
export async function serveChild(storeDir: string, opts: { maxFileBytes: string; timeBudgetS: number }): Promise<UploadTarget> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--store', storeDir, '--port', '0', '--max-file-bytes', opts.maxFileBytes, '--time-budget', String(opts.timeBudgetS)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const rss = watchRss(child.pid!);
  const closed = new Promise<void>((done) => child.on('close', () => done()));
  let log = '';
  const url = await new Promise<string>((ok, fail) => {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      const m = /listening on (http:\/\/\S+)/.exec(log);
      if (m) ok(m[1]);
    });
    void closed.then(() => fail(new Error(`serve exited before listening: ${log.trim()}`)));
  });
  return {
    url,
    storeDir,
    async stop() {
      child.kill('SIGTERM');
      await closed;
      return rss.stop();
    },
  };
}
