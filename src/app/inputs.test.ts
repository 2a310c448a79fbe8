// Reading input files: only regular files, the byte limit applied before and while reading.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputRefused, readErrorMessage, readInputBytes, resolveInputs } from './inputs.js';
import { parseByteCount, parseCount } from './cli/options.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const asRoot = process.getuid?.() === 0;
const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));
if (asRoot && !setpriv) console.log('inputs.test: skipping the unreadable-directory CLI test: running as root without setpriv to drop to an unprivileged user');

const refusal = (p: Promise<unknown>) => p.then(() => 'read', (err: unknown) => readErrorMessage(err));

describe('readInputBytes', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'feed.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expect(await refusal(readInputBytes(fifo))).toBe('not a regular file (a FIFO); only regular files are read');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a link to an endless device found in a directory', async () => {
    const folder = join(dir, 'links');
    mkdirSync(folder);
    symlinkSync('/dev/zero', join(folder, 'zero.txt'));
    const { files } = await resolveInputs([folder]);
    expect(files).toEqual([join(folder, 'zero.txt')]);
    expect(await refusal(readInputBytes(files[0], 1000))).toBe('not a regular file (a device); only regular files are read');
  });

  it('refuses a file over the limit from its size, and reads one at the limit', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, Buffer.alloc(3000, 0x61));
    const err = await readInputBytes(file, 2999).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputRefused);
    expect((err as Error).message).toBe('too large (3000 bytes, limit 2999 bytes)');
    expect((await readInputBytes(file, 3000)).length).toBe(3000);
  });
});

describe('resolveInputs', () => {
  it('takes an existing file named like a glob as that file, and still expands real globs', async () => {
    const folder = join(dir, 'globby');
    mkdirSync(folder);
    writeFileSync(join(folder, '{a,b}.txt'), 'x');
    writeFileSync(join(folder, 'a.txt'), 'x');
    expect(await resolveInputs([join(folder, '{a,b}.txt')])).toEqual({ files: [join(folder, '{a,b}.txt')], errors: [] });
    expect((await resolveInputs([join(folder, '*.txt')])).files).toHaveLength(2);
    expect((await resolveInputs([join(folder, 'nothing-*.txt')])).errors).toEqual([{ source: join(folder, 'nothing-*.txt'), message: 'no such file or directory' }]);
  });

  it('reports a directory it cannot list, and ends a link loop', async () => {
    const folder = join(dir, 'tree');
    mkdirSync(join(folder, 'inner'), { recursive: true });
    writeFileSync(join(folder, 'inner', 'one.txt'), 'x');
    symlinkSync('..', join(folder, 'inner', 'loop'));
    const { files, errors } = await resolveInputs([folder]);
    expect(files).toEqual([join(folder, 'inner', 'one.txt')]);
    expect(errors).toEqual([]);
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    if (!asRoot) expect((await resolveInputs([locked])).errors).toEqual([{ source: locked, message: 'cannot read directory: EACCES' }]);
  });

  // root reads any directory: as root the CLI is run as an unprivileged user to see the refusal.
  it.skipIf(asRoot && !setpriv)('a directory the user cannot list is named on stderr, never skipped silently (root: run as nobody)', () => {
    const tree = join(dir, 'shared-tree');
    mkdirSync(join(tree, 'closed'), { recursive: true });
    writeFileSync(join(tree, 'open.txt'), 'Pier notes\n\nThe pier was closed on Monday for repairs, the harbour master said.');
    chmodSync(join(tree, 'closed'), 0o000);
    const store = join(dir, 'shared-store');
    mkdirSync(store, { mode: 0o777 });
    chmodSync(store, 0o777);
    // mkdtemp makes a private directory: the other user must be able to walk into it.
    chmodSync(dir, 0o755);
    const cli = [join(repoRoot, 'bin/storytrace.js'), 'ingest', '--store', store, tree];
    const run = asRoot
      ? spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', '--inh-caps=-all', process.execPath, ...cli], { encoding: 'utf8' })
      : spawnSync(process.execPath, cli, { encoding: 'utf8' });
    expect(run.stderr).toBe(`storytrace: ${join(tree, 'closed')}: cannot read directory: EACCES\n`);
    expect(run.status).toBe(2);
  }, 60_000);
});

describe('option values', () => {
  it('reads byte counts with exponents and units, and refuses anything else as a usage error', () => {
    expect(parseByteCount('1e3')).toBe(1000);
    expect(parseByteCount('5000')).toBe(5000);
    expect(parseByteCount('20MB')).toBe(20 * 2 ** 20);
    expect(parseByteCount('1.5k')).toBe(1536);
    for (const bad of ['abc', '', '-5', '0', '12 parsecs', 'NaN', 'Infinity', '1e400'])
      expect(() => parseByteCount(bad), bad).toThrow(/expected a size in bytes/);
    expect(parseCount(1)('500')).toBe(500);
    for (const bad of ['0', '1e3x', 'ten', '2.5']) expect(() => parseCount(1)(bad), bad).toThrow(/expected a whole number/);
  });
});
