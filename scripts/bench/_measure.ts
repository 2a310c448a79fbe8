// Shared timing helpers for the stage benchmarks.
export interface Measured<T> {
  result: T;
  seconds: number;
  peakRssMb: number;
}

/** Runs fn, sampling RSS every 20 ms so the printed figure is the peak, not the end state. */
export async function measure<T>(fn: () => T | Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  try {
    const result = await fn();
    const seconds = (performance.now() - t0) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

export function rate(count: number, seconds: number): string {
  return `${Math.round(count / Math.max(seconds, 1e-9)).toLocaleString('en-US')}/s`;
}

export interface CpuMeasured<T> extends Measured<T> {
  cpuSeconds: number;
}

/** Wall time and this process's CPU time: on a shared machine the CPU rate is the per-core figure. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<CpuMeasured<T>> {
  const cpu0 = process.cpuUsage();
  const m = await measure(fn);
  const cpu = process.cpuUsage(cpu0);
  return { ...m, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** One line: count, wall rate, CPU rate and peak RSS. */
export function report(label: string, count: number, m: { seconds: number; cpuSeconds: number; peakRssMb: number }, width = 52): void {
  const wall = `${m.seconds.toFixed(2)} s wall ${rate(count, m.seconds)}`;
  const cpu = `${m.cpuSeconds.toFixed(2)} s CPU ${rate(count, m.cpuSeconds)}`;
  console.log(`  ${label.padEnd(width)} ${String(count).padStart(6)}  ${wall.padEnd(26)} ${cpu.padEnd(26)} peak RSS ${m.peakRssMb} MB`);
}
