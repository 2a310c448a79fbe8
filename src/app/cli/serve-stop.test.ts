// `storytrace serve` stopped by SIGTERM while an upload is in flight (as the web UI sends it, waiting
// for its analysis): the upload is answered, the process exits cleanly and the store holds it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { repoRoot } from '../../testing/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-serve-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = [
  'Library extends evening hours',
  '',
  'The county library said on Tuesday that its reading rooms would stay open until nine on weekdays from March.',
  '',
  '"Students asked for it in every survey," chief librarian Odile Marchetti said.',
].join('\n');

async function until(check: () => boolean, what: string, ms = 300_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

describe('serve on SIGTERM', () => {
  it('answers the upload in flight, then exits 0 with the store closed and the article in it', async () => {
    const store = join(dir, 'store');
    const child = spawn(process.execPath, [join(repoRoot, 'bin/storytrace.js'), 'serve', '--store', store, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    // The first start may build the web UI: minutes on a busy machine.
    await until(() => /listening on http/.test(stderr) || child.exitCode !== null, 'serve to listen');
    const url = new URL(/listening on (http:\/\/\S+)/.exec(stderr)![1]);

    const form = new FormData();
    form.append('files', new Blob([ARTICLE], { type: 'text/plain' }), 'library.txt');
    const encoded = new Request(`${url.href}api/ingest?wait=analysis`, { method: 'POST', body: form });
    const body = Buffer.from(await encoded.arrayBuffer());
    // "Expect: 100-continue": the server says when it has taken the request, so the signal surely
    // comes while the request is in flight; the body follows the signal.
    const answered = new Promise<{ status: number; json: string }>((ok, fail) => {
      const req = request(
        { host: url.hostname, port: url.port, method: 'POST', path: '/api/ingest?wait=analysis', headers: { 'content-type': encoded.headers.get('content-type')!, 'content-length': body.length, expect: '100-continue' } },
        (res) => {
          let json = '';
          res.on('data', (c: Buffer) => (json += c.toString()));
          res.on('end', () => ok({ status: res.statusCode!, json }));
          res.on('error', fail);
        },
      );
      req.on('error', fail);
      req.on('continue', () => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body), 200);
      });
    });
    const answer = await answered;
    expect(answer.status).toBe(200);
    const parsed = JSON.parse(answer.json) as { added: string[]; stories: { headline: string | null }[] };
    expect(parsed.added).toHaveLength(1);
    expect(parsed.stories[0].headline).toBe('Library extends evening hours');
    expect(await exited).toBe(0);
    expect(stderr).toContain('stopping');
    expect(stderr).not.toMatch(/error|failed/i);
    // The lock is released and the article stored.
    const reopened = await Store.open({ dir: store });
    try {
      expect((await reopened.articles(undefined, { original: false })).map((a) => a.headline)).toEqual(['Library extends evening hours']);
    } finally {
      await reopened.close();
    }
  }, 480_000);
});
