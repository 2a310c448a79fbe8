// Turns CLI arguments into input files: directories are recursed, globs expanded, '-' is stdin.
import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { formatSize } from '../core/ingest/index.js';
import { glob, isDynamicPattern } from 'tinyglobby';
import { extname } from 'node:path';

export const STDIN = '-';

export interface ResolvedInputs {
  files: string[];
  /** Arguments that matched nothing: reported, not fatal for the others. */
  missing: string[];
}

export async function resolveInputs(args: string[]): Promise<ResolvedInputs> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (arg === STDIN) {
      files.push(STDIN);
      continue;
    }
    if (isDynamicPattern(arg)) {
      const matched = await glob(arg, { onlyFiles: true, dot: false });
      if (matched.length === 0) missing.push(arg);
      files.push(...matched.sort());
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (!info) missing.push(arg);
    else if (info.isDirectory()) {
      const inside = await glob('**/*', { cwd: arg, onlyFiles: true, absolute: false, dot: false });
      files.push(...inside.sort().map((f) => `${arg.replace(/\/+$/, '')}/${f}`));
    } else files.push(arg);
  }
  return { files: [...new Set(files)], missing };
}

/** A file refused before or while reading; `message` is the reason without the file name. */
export class InputRefused extends Error {}

const READ_CHUNK = 1 << 20;

/**
 * Reads a regular file, or stdin for '-', refusing more than maxBytes as soon as it is exceeded
 * (a FIFO, a device such as /dev/zero or a link to one is refused without reading: it may never end).
 * Throws InputRefused, or the fs error (with its code) when the file cannot be opened.
 */
export async function readInputBytes(file: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const tooLarge = (size: string) => new InputRefused(`too large (${size}, limit ${formatSize(maxBytes)})`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (file === STDIN) {
    for await (const chunk of process.stdin) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(`over ${formatSize(maxBytes)}`);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputRefused(`not a regular file (${kindOf(info)}); only regular files are read`);
    if (info.size > maxBytes) throw tooLarge(formatSize(info.size));
    // The size can change while reading (a growing log, a lying filesystem): the limit holds anyway.
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(1, maxBytes - total + 1)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(`over ${formatSize(maxBytes)}`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return Buffer.concat(chunks);
}

function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/** One-line reason an input could not be read: the refusal, or the fs error code. */
export function readErrorMessage(err: unknown): string {
  if (err instanceof InputRefused) return err.message;
  return `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
}

export function isSupportedName(file: string): boolean {
  const name = file.replace(/\.gz$/i, '');
  return ['.txt', '.html', '.htm', '.jsonl', '.ndjson', '.csv', '.warc'].includes(extname(name).toLowerCase());
}
