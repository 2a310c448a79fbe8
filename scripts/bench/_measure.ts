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
