// Turns CLI arguments into input files: directories are recursed, globs expanded, '-' is stdin.
import { constants, type Dirent, type Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { formatSize } from '../core/ingest/index.js';
import type { InputError } from '../core/types.js';
import { glob, isDynamicPattern } from 'tinyglobby';
import { extname } from 'node:path';

export const STDIN = '-';

export interface ResolvedInputs {
  files: string[];
  /** Arguments that matched nothing and directories that cannot be listed: reported, not fatal for the others. */
  errors: InputError[];
}

/**
 * An argument naming an existing file or directory is taken as it is, even when it reads like a
 * glob (`{a,b}.txt`); otherwise a glob is expanded. Directories are walked without hidden entries,
 * following links to directories once each (a link loop ends), and one that cannot be listed is
 * reported rather than skipped.
 */
export async function resolveInputs(args: string[]): Promise<ResolvedInputs> {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    if (arg === STDIN) {
      files.push(STDIN);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(arg.replace(/(?<=.)\/+$/, ''), errors)));
    else if (info) files.push(arg);
    else if (isDynamicPattern(arg)) {
      const matched = await glob(arg, { onlyFiles: true, dot: false });
      if (matched.length === 0) errors.push({ source: arg, message: 'no such file or directory' });
      files.push(...matched.sort());
    } else errors.push({ source: arg, message: 'no such file or directory' });
  }
  return { files: [...new Set(files)], errors };
}

async function walk(root: string, errors: InputError[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ source: dir, message: `cannot read directory: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) await visit(path);
      else if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (target?.isDirectory()) await visit(path);
        else files.push(path); // a dangling link or a device is named by the reader's error
      } else files.push(path);
    }
  };
  await visit(root);
  return files;
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
  const tooLarge = (size: number | null) => {
    const limit = formatSize(maxBytes);
    if (size === null) return new InputRefused(`too large (over the ${limit} limit)`);
    // Sizes that round alike ("3 KB, limit 3 KB") are shown in bytes.
    const exact = formatSize(size) === limit;
    return new InputRefused(`too large (${exact ? `${size} bytes` : formatSize(size)}, limit ${exact ? `${maxBytes} bytes` : limit})`);
  };
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (file === STDIN) {
    for await (const chunk of process.stdin) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(null);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  // Non-blocking open: opening a FIFO for reading would otherwise wait for a writer forever.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputRefused(`not a regular file (${kindOf(info)}); only regular files are read`);
    if (info.size > maxBytes) throw tooLarge(info.size);
    // The size can change while reading (a growing log, a lying filesystem): the limit holds anyway.
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(1, maxBytes - total + 1)));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(null);
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
