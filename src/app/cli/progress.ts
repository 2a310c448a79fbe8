// A progress bar on stderr for long ingests on a terminal; silent when piped or under CI.
import cliProgress from 'cli-progress';
import { oneLine } from '../report/terminal-safe.js';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const MIN_FILES_FOR_BAR = 20;

export function progressFor(total: number): Progress {
  if (!process.stderr.isTTY || process.env.CI || total < MIN_FILES_FOR_BAR) {
    return { tick: () => undefined, stop: () => undefined };
  }
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files  {file}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return {
    tick: (raw) => {
      const file = oneLine(raw);
      bar.increment(1, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop: () => bar.stop(),
  };
}
