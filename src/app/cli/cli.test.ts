// End-to-end tests of the storytrace command on real files in temporary directories.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { repoRoot } from '../../testing/fixtures.js';
import { tempDirs } from '../../testing/temp-dirs.js';

const bin = join(repoRoot, 'bin/storytrace.js');
const tempDir = tempDirs('storytrace-cli-');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', input, timeout: 300_000, maxBuffer: 2 ** 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function articleText(i: number): string {
  return [
    `Council votes on ferry timetable number ${i}`,
    '',
    `The island council met on Tuesday to discuss timetable proposal ${i} for the winter ferry service.`,
    '',
    `Councillor Ada Brennan said the proposal would add ${i % 7} sailings a week and cost about ${1000 + i} pounds.`,
  ].join('\n');
}

describe('storytrace ingest / analyze', () => {
  it('analyses the example corpus as JSON and is idempotent by content', () => {
    const store = join(tempDir(), 'store');
    const first = run(['analyze', 'examples/corpus', '--store', store, '--json']);
    expect(first.stderr).toBe(`storytrace: 5 new, 0 already stored; report covers all 5 articles in ${store}\n`);
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.articles).toHaveLength(5);
    const jsonl = report.articles.find((a: { source: string }) => a.source.endsWith('wire-feed.jsonl#1'));
    expect(jsonl).toMatchObject({ outlet: 'Valley Post', published: '2025-03-12', headline: 'Highland rail line to reopen after landslide repairs' });

    const again = run(['ingest', 'examples/corpus', '--store', store, '--json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ files: 4, documents: 5, added: 0, duplicates: 5 });
  }, 240_000);

  it('says what was new and what the report covers; --only-inputs limits it to the inputs', () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    writeFileSync(join(dir, 'one.txt'), articleText(11));
    expect(run(['ingest', 'examples/corpus', '--store', store]).stdout).toBe('4 files, 5 documents: 5 new articles, 0 already stored, 0 errors\n');
    const single = run(['ingest', join(dir, 'one.txt'), '--store', store]);
    expect(single.stdout).toBe('1 file, 1 document: 1 new article, 0 already stored, 0 errors\n');

    const all = run(['analyze', 'examples/corpus', '--store', store, '--json']);
    expect(all.stderr).toBe(`storytrace: 0 new, 5 already stored; report covers all 6 articles in ${store}\n`);
    expect(JSON.parse(all.stdout).articles).toHaveLength(6);

    const only = run(['analyze', join(dir, 'one.txt'), '--store', store, '--only-inputs', '--json']);
    expect(only.code).toBe(0);
    expect(only.stderr).toBe(`storytrace: 0 new, 1 already stored; report covers only the 1 story of the 1 input article (1 article; 6 in ${store})\n`);
    const report = JSON.parse(only.stdout);
    expect(report.articles.map((a: { headline: string }) => a.headline)).toEqual(['Council votes on ferry timetable number 11']);
    expect(report.stories).toHaveLength(1);
    expect(report.reuse).toEqual([]);

    // An input in a larger story brings the whole story, as stored: the same verdicts as the full report.
    const full = JSON.parse(all.stdout);
    const strike = run(['analyze', 'examples/corpus/harbour-herald-strike.txt', '--store', store, '--only-inputs', '--json']);
    const part = JSON.parse(strike.stdout);
    expect(part.stories).toHaveLength(1);
    const story = full.stories.find((s: { id: string }) => s.id === part.stories[0].id);
    expect(part.stories[0]).toEqual(story);
    expect(part.articles).toHaveLength(story.articles.length);
    expect(part.verdicts).toEqual(full.verdicts.filter((v: { story: string }) => v.story === story.id));
    expect(part.quote_groups).toEqual(full.quote_groups.filter((g: { story: string }) => g.story === story.id));
    expect(strike.stderr).toContain(`report covers only the 1 story of the 1 input article (${story.articles.length} articles; 6 in ${store})`);
  }, 240_000);

  it('refuses a path that does not exist before making any store', () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    for (const cmd of ['analyze', 'ingest', 'reuse']) {
      const r = run([cmd, 'examples/corpus', join(dir, 'nowhere'), '--store', store]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`storytrace: ${join(dir, 'nowhere')}: no such file or directory\n`);
      expect(existsSync(store)).toBe(false);
    }
    // An output file whose folder is missing, or a server that is not there: said before any work.
    const html = run(['analyze', 'examples/corpus', '--store', store, '--html', join(dir, 'nofolder', 'r.html')]);
    expect(html.code).toBe(2);
    expect(html.stderr).toBe(`storytrace: --html ${join(dir, 'nofolder', 'r.html')}: no such folder ${join(dir, 'nofolder')}\n`);
    expect(existsSync(store)).toBe(false);
    const remote = run(['ingest', 'examples/corpus', '--server', 'http://127.0.0.1:47']);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toBe('storytrace: cannot reach http://127.0.0.1:47: ECONNREFUSED\n');
  }, 120_000);

  it('prints its version', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it('prints NDJSON records, a summary with story ids, and one story with --story', () => {
    const store = join(tempDir(), 'store');
    const nd = run(['analyze', 'examples/corpus', '--store', store, '--ndjson']);
    expect(nd.code).toBe(0);
    const records = nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((r) => r.kind === 'article')).toHaveLength(5);
    const story = records.find((r) => r.kind === 'story').data;
    const summary = run(['analyze', '--store', store]);
    expect(summary.stdout).toContain(`[${story.id}]`);
    const one = run(['analyze', '--store', store, '--story', story.id]);
    expect(one.code).toBe(0);
    const stories = records.filter((r) => r.kind === 'story').length;
    // stderr says what is printed: that story alone, and of how many.
    expect(one.stderr).toBe(`storytrace: report covers story ${story.id} alone (${story.articles.length === 1 ? '1 article' : `${story.articles.length} articles`}), one of the ${stories} stories; 5 articles in ${store}\n`);
    expect(one.stdout.match(/^== /gm)).toHaveLength(1);
    expect(run(['analyze', '--store', store, '--story', 'nothing-like-it']).code).toBe(2);

    // --story limits every format to that story and what belongs to it, not only the terminal one.
    const big = records.filter((r) => r.kind === 'story').map((r) => r.data).sort((a, b) => b.articles.length - a.articles.length)[0];
    const prefix = big.id.replace(/^story-/, '').slice(0, 6);
    const json = JSON.parse(run(['analyze', '--store', store, '--story', prefix, '--json']).stdout);
    expect(json.stories.map((s: { id: string }) => s.id)).toEqual([big.id]);
    expect(json.articles.map((a: { id: string }) => a.id).sort()).toEqual([...big.articles].sort());
    expect(json.verdicts.map((v: { story: string }) => v.story)).toEqual([big.id]);
    expect(json.claims.every((c: { story: string }) => c.story === big.id)).toBe(true);
    expect(json.reuse.every((r: { source: string; copy: string }) => big.articles.includes(r.source) || big.articles.includes(r.copy))).toBe(true);
    const lines = run(['analyze', '--store', store, '--story', prefix, '--ndjson']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((r) => r.kind === 'story').map((r) => r.data.id)).toEqual([big.id]);
    expect(lines.filter((r) => r.kind === 'article').map((r) => r.data.id).sort()).toEqual([...big.articles].sort());
    const htmlFile = join(tempDir(), 'one.html');
    expect(run(['analyze', '--store', store, '--story', prefix, '--html', htmlFile]).code).toBe(0);
    const html = readFileSync(htmlFile, 'utf8');
    const others = records.filter((r) => r.kind === 'story' && r.data.id !== big.id).map((r) => r.data.id);
    expect(others.length).toBeGreaterThan(0);
    expect(html).toContain(big.id);
    for (const id of others) expect(html).not.toContain(id);
  }, 240_000);

  it('shows who copied whom with storytrace reuse', () => {
    const store = join(tempDir(), 'store');
    const text = run(['reuse', 'examples/corpus', '--store', store]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Text reuse: 1 record/);
    expect(text.stdout).toContain('evidence:');
    const json = JSON.parse(run(['reuse', '--store', store, '--json']).stdout);
    expect(Object.keys(json)).toEqual(['reuse']);
    expect(json.reuse[0]).toMatchObject({ direction: 'known' });
    expect(json.reuse[0].evidence.join(' ')).toMatch(/Harbour Herald reports:/);
  });

  it('reads stdin with -, and globs', () => {
    const store = join(tempDir(), 'store');
    const viaStdin = run(['ingest', '-', '--store', store, '--json'], articleText(1));
    expect(JSON.parse(viaStdin.stdout)).toMatchObject({ added: 1 });
    const viaGlob = run(['ingest', 'examples/corpus/*.txt', '--store', store, '--json']);
    expect(JSON.parse(viaGlob.stdout)).toMatchObject({ files: 2, added: 2 });
  });

  it('names each bad input on one line, keeps the good ones, and exits 1', () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    writeFileSync(join(dir, 'good.txt'), articleText(2));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 0xff]));
    // Not UTF-8 and not windows-1252 either (0x8D is undefined there); a windows-1252 file is read.
    writeFileSync(join(dir, 'undecodable.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0x8d, 0x28]), Buffer.from(' au lait')]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from(articleText(6)), Buffer.from(' \x93Caf\xe9 au lait\x94 costs \x802.', 'latin1')]));
    writeFileSync(join(dir, 'truncated.txt.gz'), gzipSync(articleText(3)).subarray(0, 25));
    writeFileSync(
      join(dir, 'feed.jsonl'),
      [JSON.stringify({ title: 'Good line', text: articleText(4) }), '{"title": "broken', JSON.stringify({ title: 'Also good', text: articleText(5) })].join('\n'),
    );
    writeFileSync(join(dir, 'notes.docx'), 'PK\u0003\u0004');
    const r = run(['ingest', dir, join(dir, 'notes.docx'), '--store', store, '--json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    for (const name of ['empty.txt', 'binary.txt', 'undecodable.txt', 'truncated.txt.gz', 'feed.jsonl#2', 'notes.docx']) {
      expect(lines.filter((l) => l.includes(name)), `one line naming ${name}`).toHaveLength(1);
    }
    // Each line names its input once: "storytrace: <source>: <why>".
    for (const line of lines) expect(line).toMatch(/^storytrace: (\S+): (?!.*\1)/);
    expect(lines.some((l) => l.includes('latin1.txt'))).toBe(false);
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 4 });
  }, 240_000);

  it('loses nothing and duplicates nothing when killed mid-ingest and run again', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const total = 3000;
    for (let i = 0; i < total; i++) writeFileSync(join(corpus, `a${String(i).padStart(5, '0')}.txt`), articleText(i));
    const store = join(dir, 'store');
    const child = spawn(process.execPath, [bin, 'ingest', corpus, '--store', store, '--batch-size', '100', '--verbose'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    // Kill right after the third batch commits: some work is stored, most is not.
    let commits = 0;
    await new Promise<void>((resolve) => {
      child.stderr!.on('data', (chunk: Buffer) => {
        commits += (chunk.toString().match(/committed batch/g) ?? []).length;
        if (commits >= 3 && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => resolve());
    });
    await new Promise((resolve) => (child.exitCode === null && child.signalCode === null ? child.once('exit', resolve) : resolve(null)));
    expect(child.signalCode).toBe('SIGKILL');
    const rerun = run(['ingest', corpus, '--store', store, '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.duplicates).toBeGreaterThanOrEqual(300);
    expect(summary.added).toBeGreaterThan(0);
    expect(summary.added + summary.duplicates).toBe(total);
    const stored = await Store.open({ dir: store });
    try {
      const articles = await stored.articles(undefined, { original: false });
      expect(articles).toHaveLength(total);
      expect(new Set(articles.map((a) => a.headline)).size).toBe(total);
    } finally {
      await stored.close();
    }
  }, 240_000);

  it('writes a self-contained HTML report with --html', () => {
    const dir = tempDir();
    const out = join(dir, 'report.html');
    const r = run(['analyze', 'examples/corpus', '--store', join(dir, 'store'), '--html', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^storytrace: 5 articles, \d+ stories/);
    expect(r.stderr).toContain(`storytrace: wrote ${out} (`);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('Port Veldana');
  }, 240_000);

  it('serves the API on loopback, and refuses another address without a token', async () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    expect(run(['ingest', 'examples/corpus', '--store', store]).code).toBe(0);
    const refused = run(['serve', '--store', store, '--host', '0.0.0.0', '--port', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--token');

    const child = spawn(process.execPath, [bin, 'serve', '--store', store, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stderr!.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const m = seen.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
          if (m) resolve(m[1]);
        });
        child.once('exit', () => reject(new Error(`serve exited: ${seen}`)));
      });
      const stories = (await (await fetch(`${url}/api/stories`)).json()) as { stories?: unknown[] };
      expect(Array.isArray(stories.stories)).toBe(true);
      expect((await fetch(`${url}/api/openapi.json`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }, 180_000);

  it('prints help for every command and exits 2 on bad usage', () => {
    for (const cmd of [[], ['ingest'], ['analyze'], ['reuse'], ['serve']]) {
      const r = run([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: storytrace');
    }
    expect(run(['ingest']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    // A size that is no number was NaN and turned every limit off; it is a usage error, before any store is made.
    const dir = tempDir();
    const badSize = run(['ingest', 'examples/corpus', '--store', join(dir, 'store'), '--max-bytes', 'abc']);
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toContain(`argument 'abc' is invalid. expected a size in bytes`);
    expect(existsSync(join(dir, 'store'))).toBe(false);
  }, 240_000);

  it('says a usage mistake in one line and points at --help (exit 2, no store made)', () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    const mistakes: [string[], RegExp][] = [
      [['ingest', 'examples/corpus', '--store', store, '--max-bytes', 'abc'], /^storytrace: option '--max-bytes <n>' argument 'abc' is invalid\. expected a size in bytes/],
      [['analyze', '--store', store, '--json', '--ndjson'], /^storytrace: option '--ndjson' cannot be used with option '--json'$/],
      [['ingest', '-', '--store', store, '--stdin-format', 'xml'], /^storytrace: option '--stdin-format <ext>' argument 'xml' is invalid\. expected one of txt, .*warc$/],
      [['status', '--db', 'notaurl'], /the --db value is not a PostgreSQL URL/],
      [['analyze', '--db', 'mysql://reader@localhost/news'], /the --db value is not a PostgreSQL URL/],
    ];
    for (const [args, first] of mistakes) {
      const r = run(args, 'Some text on stdin.\n');
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, args.join(' ')).toHaveLength(2);
      expect(lines[0]).toMatch(first);
      expect(lines[0]).not.toMatch(/ENOTFOUND|getaddrinfo/);
      expect(lines[1]).toBe('storytrace: see --help');
      expect(r.stdout).toBe('');
    }
    expect(existsSync(store)).toBe(false);
  });

  it('ends quietly with exit 0 when the reader of its output goes away (| head -1)', async () => {
    const dir = tempDir();
    const store = join(dir, 'store');
    // Enough records to outgrow a pipe's buffer, so the writer is still writing when the reader leaves.
    writeFileSync(join(dir, 'feed.jsonl'), Array.from({ length: 40 }, (_, i) => JSON.stringify({ title: `Timetable ${i}`, text: articleText(i) })).join('\n'));
    expect(run(['ingest', join(dir, 'feed.jsonl'), '--store', store]).code).toBe(0);
    const child = spawn(process.execPath, [bin, 'analyze', '--store', store, '--ndjson'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.once('data', (chunk: Buffer) => {
      first = chunk.toString().split('\n')[0]!;
      child.stdout!.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(JSON.parse(first).kind).toBe('article');
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  }, 240_000);

  it('shows control characters of headlines, outlets and file names as visible escapes on the terminal', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const title = 'Harbour crane collapses\u001b]0;owned\u0007\u001b[2J at north quay';
    writeFileSync(
      join(inputs, 'crane\u001b[31m.html'),
      `<html><head><title>${title}</title><meta property="og:site_name" content="Quay\u001b[31m Gazette"></head><body><article><h1>${title}</h1>` +
        '<p>A harbour crane collapsed at the north quay of Brackwater on Monday, injuring two dock workers, the port authority said.</p>' +
        '<p>"The crane had passed its inspection in March," said port engineer Odile Fenn.</p></article></body></html>',
    );
    // An input refused by name: its error line must stay one line, escapes shown.
    writeFileSync(join(inputs, 'empty\u001b[2J\nstorytrace: forged.txt'), '');
    const r = run(['analyze', inputs, '--store', join(dir, 'store'), '--all']);
    expect(r.code).toBe(1);
    for (const out of [r.stdout, r.stderr]) expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Harbour crane collapses\\x1b]0;owned\\x07\\x1b[2J at north quay');
    expect(r.stdout).toContain('Quay\\x1b[31m Gazette');
    const refused = r.stderr.split('\n').filter((l) => l.includes('forged'));
    expect(refused).toEqual([expect.stringMatching(/^storytrace: .*empty\\x1b\[2J\\x0astorytrace: forged\.txt: /)]);
  }, 240_000);
});
