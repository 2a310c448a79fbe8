// Turns CLI arguments into input files: directories are recursed, globs expanded, '-' is stdin.
import { readFile, stat } from 'node:fs/promises';
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

/** Reads a file, or all of stdin for '-'. stdinName gives stdin an extension to dispatch on. */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  if (file !== STDIN) return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function isSupportedName(file: string): boolean {
  const name = file.replace(/\.gz$/i, '');
  return ['.txt', '.html', '.htm', '.jsonl', '.ndjson', '.csv', '.warc'].includes(extname(name).toLowerCase());
}
