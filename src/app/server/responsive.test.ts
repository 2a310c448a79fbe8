// One heavy upload must not hold the server: /api/health answers while the upload is being cleaned.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { type RunningServer, startServer } from './serve.js';

let dir: string;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-responsive-'));
  store = await Store.open({ dir });
  server = await startServer({ store, port: 0, log: () => undefined });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a heavy upload', () => {
  it('is cleaned off the request loop: health answers while it is being cleaned', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    // A page nested 150,000 deep: seconds of parsing.
    const paragraph = '<p>The ferry operator said on Friday that the winter timetable would keep two crossings a day.</p>';
    const html = `<html><body>${'<div>'.repeat(150_000)}${paragraph.repeat(500)}${'</div>'.repeat(150_000)}</body></html>`;
    const form = new FormData();
    form.append('files', new Blob([html], { type: 'text/html' }), 'deep.html');
    const started = Date.now();
    const upload = fetch(`${server.url}/api/ingest`, { method: 'POST', body: form }).then(async (res) => {
      const took = Date.now() - started;
      return { took, body: (await res.json()) as { added: string[]; errors: unknown[] } };
    });
    await new Promise((ok) => setTimeout(ok, 300));
    const asked = Date.now();
    const health = await fetch(`${server.url}/api/health`);
    const waited = Date.now() - asked;
    expect(health.status).toBe(200);
    const { took, body } = await upload;
    // Cleaned on the request loop, the health check would wait out most of the upload.
    expect(waited).toBeLessThan(took / 3);
    expect(body.errors).toEqual([]);
    expect(body.added).toHaveLength(1);
  }, 240_000);
});
