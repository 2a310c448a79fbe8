// Server hardening, against real servers on random loopback ports.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { sampleReport } from '../../testing/sampleReport.js';
import { CONTENT_SECURITY_POLICY } from './app.js';
import { isLoopback, type RunningServer, startServer } from './serve.js';

let dir: string;
let store: Store;
const servers: RunningServer[] = [];
const logged: string[] = [];

async function start(opts: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  const server = await startServer({ store, port: 0, load: async () => sampleReport(), log: (l) => logged.push(l), ...opts });
  servers.push(server);
  return server;
}

/** A raw request: the Host header and the path go out exactly as given (fetch normalises both). */
function rawGet(url: string, headers: Record<string, string>, path?: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers, ...(path ? { path } : {}) }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-sec-'));
  store = await Store.open({ dir });
});

afterAll(async () => {
  for (const s of servers) await s.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('server security', () => {
  it('refuses to bind beyond loopback without a token, and says how to fix it', async () => {
    await expect(startServer({ store, host: '0.0.0.0', port: 0 })).rejects.toThrow(/--token/);
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('192.168.1.4')).toBe(false);
  });

  it('requires the bearer token on every API route when one is set', async () => {
    const server = await start({ token: 's3cret-token' });
    const missing = await fetch(`${server.url}/api/stories`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toHaveProperty('error');
    const wrong = await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    // The analysis loads in the background: the list says 'pending' until it is there.
    let body: { stories: unknown[]; pending: boolean } = { stories: [], pending: true };
    for (let i = 0; i < 200 && body.pending; i++) {
      const right = await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer s3cret-token' } });
      expect(right.status).toBe(200);
      body = await right.json();
      if (body.pending) await new Promise((r) => setTimeout(r, 50));
    }
    expect(body.stories).toHaveLength(1);
  });

  it('accepts a token with characters outside the token68 alphabet, and only that token', async () => {
    const server = await start({ token: 'p@ss:word!' });
    const right = await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer p@ss:word!' } });
    expect(right.status).toBe(200);
    const near = await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer p@ss:word' } });
    expect(near.status).toBe(401);
    expect(near.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('answers only to loopback host names when open on loopback (DNS rebinding)', async () => {
    const server = await start();
    const evil = await rawGet(`${server.url}/api/stories`, { host: `attacker.example:${server.port}` });
    expect(evil.status).toBe(421);
    const local = await rawGet(`${server.url}/api/stories`, { host: `localhost:${server.port}` });
    expect(local.status).toBe(200);
  });

  it('refuses writes sent by another site\'s page', async () => {
    const server = await start();
    const form = new FormData();
    form.append('files', new Blob(['Some text about a ferry.']), 'a.txt');
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form, headers: { origin: 'https://attacker.example' } });
    expect(res.status).toBe(403);
    const site = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(site.status).toBe(403);
  });

  it('limits upload size', async () => {
    const server = await start({ maxUploadBytes: 10_000 });
    const form = new FormData();
    form.append('files', new Blob(['x'.repeat(20_000)]), 'big.txt');
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/larger than 10000 bytes/);
  });

  it('names a file over the per-file limit in a one-line error', async () => {
    const server = await start({ maxFileBytes: 100 });
    const form = new FormData();
    form.append('files', new Blob(['A ferry story. '.repeat(20)]), 'long.txt');
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].source).toBe('upload/long.txt');
  });

  it('limits other request bodies', async () => {
    const server = await start();
    const res = await fetch(`${server.url}/api/stories`, { method: 'POST', body: 'x'.repeat(100_000) });
    expect(res.status).toBe(413);
  });

  it('sends no stack trace or error message to the client', async () => {
    const server = await start({
      load: async () => {
        throw new Error('boom at /secret/path/store.ts:12');
      },
    });
    const res = await fetch(`${server.url}/api/stories/s1`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal error' });
    // Error answers carry the same headers as the rest: never cached, the same CSP.
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(text).not.toContain('secret');
    expect(logged.join('\n')).toContain('boom at /secret/path');
  });

  it('serves every story view of a full report as JSON with a strict CSP', async () => {
    const server = await start();
    const res = await fetch(`${server.url}/api/stories/s1`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'self'/);
    const view = await res.json();
    expect(view.story.originCount).toBe(2);
    expect(view.speakers).toEqual(['Ilse Marken']);
    expect(view.figures[0].disagrees).toBe(true);
    expect(view.provenance.copies).toEqual([{ source: 'a', copy: 'b', kind: 'republication', coverage: 0.9 }]);
    const filtered = await (await fetch(`${server.url}/api/stories?from=2031-03-04&entity=ilse%20marken`)).json();
    expect(filtered.stories).toHaveLength(1);
    const later = await (await fetch(`${server.url}/api/stories?from=2031-04-01`)).json();
    expect(later.stories).toHaveLength(0);
    const loose = await (await fetch(`${server.url}/api/articles?unassigned=true`)).json();
    expect(loose.articles.map((a: { id: string }) => a.id)).toEqual(['x']);
  });

  it('gives the UI an inline icon its CSP allows, so no /favicon.ico is asked for', () => {
    const page = readFileSync(new URL('../web/index.html', import.meta.url), 'utf8');
    const icon = /<link rel="icon" href="(data:[^"]*)"/.exec(page);
    expect(icon).not.toBeNull();
    expect(CONTENT_SECURITY_POLICY.imgSrc).toContain('data:');
  });

  it('serves the UI directory and nothing outside it', async () => {
    const webDir = join(dir, 'web');
    mkdirSync(webDir, { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>ui</title>');
    writeFileSync(join(dir, 'secret.txt'), 'not for clients');
    const server = await start({ webDir });
    const api = await fetch(`${server.url}/api/stories`);
    expect(api.headers.get('cache-control')).toBe('no-store');
    const index = await fetch(`${server.url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>ui</title>');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/favicon.ico`)).status).toBe(204);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt']) {
      const res = await rawGet(server.url, { host: `127.0.0.1:${server.port}` }, path);
      expect(res.body, path).not.toContain('not for clients');
    }
  });
});
