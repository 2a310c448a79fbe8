// Runs `storytrace worker` as real child processes (the CLI, as an operator would), for the
// scale-out tests and benchmark: separate processes, so they can use separate cores and be killed.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixtures.js';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resolves with the exit code (or the signal that ended it). */
  exited: Promise<number | NodeJS.Signals>;
  /** Highest resident memory seen so far, in MiB (sampled from /proc). */
  peakRssMb(): number;
  /** Resident memory at the last sample, in MiB. */
  rssMb(): number;
  stderr(): string;
  stdout(): string;
}

export function spawnWorker(url: string, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/storytrace.js'), 'worker', '--db', url, ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  let out = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  let peak = 0;
  let now = 0;
  const sampler = setInterval(() => {
    now = residentMb(child.pid);
    peak = Math.max(peak, now);
  }, 100);
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.on('exit', (code, signal) => {
      clearInterval(sampler);
      resolve(code ?? signal ?? -1);
    });
  });
  return { child, exited, peakRssMb: () => peak, rssMb: () => now, stderr: () => err, stdout: () => out };
}

function residentMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}
