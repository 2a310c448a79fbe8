// Several processes, one embedded store: one writer at a time, the others wait, are refused with
// the holder named, or send their files to the serving process. Nothing is lost or stored twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, Store } from '../../store/index.js';
import { repoRoot } from '../../testing/fixtures.js';
import { analysisSettled } from '../../testing/hostile-run.js';
import { tempDirs } from '../../testing/temp-dirs.js';

const bin = join(repoRoot, 'bin/storytrace.js');
const tempDir = tempDirs('storytrace-lock-cli-');

function article(i: number): string {
  return [
    `Harbour board reviews berth plan ${i}`,
    '',
    `The harbour board reviewed berth allocation plan ${i} on Thursday after complaints from the fishing fleet.`,
    '',
    `Board secretary Lionel Okafor said plan ${i} would move ${i % 9} trawlers and cost ${2000 + i} pounds a year.`,
  ].join('\n');
}

/** Writes articles [from, to) as files into a new folder. */
function corpus(dir: string, name: string, from: number, to: number): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (let i = from; i < to; i++) writeFileSync(join(folder, `a${i}.txt`), article(i));
  return folder;
}

interface Done {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], stdin: 'ignore' | 'pipe' = 'ignore'): { child: ChildProcess; done: Promise<Done>; stderr: () => string } {
  const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, stdio: [stdin, 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<Done>((ok) => child.once('exit', (code, signal) => ok({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

async function until(check: () => boolean, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

async function storedHeadlines(store: string): Promise<string[]> {
  const s = await Store.open({ dir: store });
  try {
    return (await s.articles(undefined, { original: false })).map((a) => a.headline ?? '');
  } finally {
    await s.close();
  }
}

async function serve(store: string): Promise<{ url: string; pid: number; stop: (signal: NodeJS.Signals) => Promise<Done> }> {
  const server = start(['serve', '--store', store, '--port', '0']);
  // The first start may build the web UI: minutes on a busy machine.
  await until(() => /listening on http/.test(server.stderr()) || server.child.exitCode !== null, 'serve to listen', 300_000);
  const url = /listening on (http:\/\/[^\s]+)/.exec(server.stderr())?.[1];
  if (!url) throw new Error(`serve did not start: ${server.stderr()}`);
  return {
    url,
    pid: server.child.pid!,
    stop: (signal) => {
      server.child.kill(signal);
      return server.done;
    },
  };
}

describe('one writer per embedded store', () => {
  it('two concurrent ingests end with every article stored once: one waits with --wait, one without is refused', async () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    const a = corpus(dir, 'a', 0, 300);
    const b = corpus(dir, 'b', 200, 500);
    // The first holds the store while it waits for its stdin: the others surely meet it.
    const first = start(['ingest', '-', a, '--store', store, '--json'], 'pipe');
    const lockFile = join(store, LOCK_FILE);
    await until(() => existsSync(lockFile) && readFileSync(lockFile, 'utf8').includes(`"pid":${first.child.pid},`), 'the first to lock');
    const refused = await start(['ingest', b, '--store', store, '--json']).done;
    const waiting = start(['ingest', b, '--store', store, '--wait', '--json']);
    await until(() => waiting.stderr().includes('waiting for store'), 'the second to wait');
    first.child.stdin!.end(article(5000));
    const [one, two] = await Promise.all([first.done, waiting.done]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `storytrace: store ${store} is in use by storytrace ingest (pid ${first.child.pid}); pass --wait to ingest once it is done, or stop it\n`,
    );
    expect(two.stderr).toContain(`waiting for store ${store}, in use by storytrace ingest (pid ${first.child.pid})`);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(JSON.parse(one.stdout)).toMatchObject({ added: 301 });
    expect(JSON.parse(two.stdout)).toMatchObject({ added: 200, duplicates: 100 });
    const headlines = await storedHeadlines(store);
    expect(headlines).toHaveLength(501);
    expect(new Set(headlines).size).toBe(501);
  }, 480_000);

  it('while serve holds the store, ingest is refused with the holder named, and --server sends the files to it', async () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    const files = corpus(dir, 'c', 0, 40);
    const server = await serve(store);
    try {
      const refused = await start(['ingest', files, '--store', store]).done;
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(
        `is in use by storytrace serve (pid ${server.pid}); send the files to it with \`storytrace ingest --server <its URL> <paths...>\`, or stop it, or pass --wait to ingest once it has stopped`,
      );
      const sent = await start(['ingest', files, '--server', server.url, '--json']).done;
      expect(sent.code).toBe(0);
      expect(JSON.parse(sent.stdout)).toMatchObject({ files: 40, added: 40, duplicates: 0 });
      const again = await start(['ingest', files, '--server', server.url, '--json']).done;
      expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, duplicates: 40 });
      // A file the server refuses is named by its local path, as without --server.
      const bad = join(dir, 'bad.txt');
      writeFileSync(bad, Buffer.from([0, 1, 2, 0, 255, 254, 0, 0, 3, 4]));
      const refusedBad = await start(['ingest', bad, '--server', server.url]).done;
      expect(refusedBad.code).toBe(1);
      expect(refusedBad.stderr).toMatch(new RegExp(`^storytrace: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `, 'm'));
      // The server answers each upload once stored and analyses them in the background.
      await analysisSettled(server.url);
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { articles: number };
      expect(health.articles).toBe(40);
    } finally {
      expect((await server.stop('SIGTERM')).code).toBe(0);
    }
    expect(await storedHeadlines(store)).toHaveLength(40);
  }, 480_000);

  it("refuses analyze while serve holds the store, and recovers the killed holder's lock", async () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    const server = await serve(store);
    // `analyze` while serve holds the store once left it unopenable after serve was killed: refused now.
    const analyze = await start(['analyze', '--store', store]).done;
    expect(analyze.code).toBe(2);
    expect(analyze.stderr).toBe(
      `storytrace: store ${store} is in use by storytrace serve (pid ${server.pid}); the server analyses this store itself: read the result from its web UI or /api, and send new files with \`storytrace ingest --server <its URL> <paths...>\`; or stop it, or pass --wait to run once it has stopped\n`,
    );
    expect((await server.stop('SIGKILL')).signal).toBe('SIGKILL');
    const after = await start(['ingest', corpus(dir, 'd', 0, 5), '--store', store, '--json']).done;
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout)).toMatchObject({ added: 5 });
  }, 480_000);
});
