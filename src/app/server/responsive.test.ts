// One heavy upload must not hold the server: /api/health answers while the upload is being cleaned,
// and while thousands of small files are cleaned in place and stored.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { writeHostileSet } from '../../testing/hostile-inputs.js';
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

/** Asks /api/health every 50 ms until stopped; resolves with the longest wait. */
function watchHealth(url: string): { stop(): Promise<number> } {
  let running = true;
  let worst = 0;
  const loop = (async () => {
    while (running) {
      const asked = performance.now();
      const res = await fetch(`${url}/api/health`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
      worst = Math.max(worst, performance.now() - asked);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return worst;
    },
  };
}

const paragraph = (n: number) =>
  `<p>The ferry operator said on Friday that crossing ${n} of the winter timetable would keep two sailings a day. "We will not cut the early boat," the operator's spokesman, Ivo Brandt, told the island council.</p>`;

describe('a heavy upload', () => {
  it('is cleaned and analysed off the request loop: /api/health keeps answering within a second', async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const form = new FormData();
    // A page nested 200,000 deep (parsing it took 43 s on the request loop before the depth cap and the cleaning thread)...
    // Four of them, so the upload outlasts the bound below on a quiet, fast machine too.
    for (const d of [1, 2, 3, 4]) {
      const deep = `<html><body>${'<div>'.repeat(200_000)}${Array.from({ length: 300 }, (_, i) => paragraph(d * 100_000 + i)).join('')}${'</div>'.repeat(200_000)}</body></html>`;
      form.append('files', new Blob([deep], { type: 'text/html' }), `deep-${d}.html`);
    }
    // ...and long articles whose analysis takes seconds of CPU.
    for (let k = 0; k < 8; k++) {
      const body = Array.from({ length: 60 }, (_, i) => paragraph(k * 1000 + i)).join('');
      form.append('files', new Blob([`<html><head><title>Ferry timetable ${k}</title></head><body><article>${body}</article></body></html>`]), `ferry-${k}.html`);
    }
    const health = watchHealth(server.url);
    const started = performance.now();
    const res = await fetch(`${server.url}/api/ingest`, { method: 'POST', body: form });
    const took = performance.now() - started;
    const body = (await res.json()) as { added: string[]; errors: unknown[] };
    // The upload is answered once stored; the watch goes on through the analysis that follows.
    await server.cache.settled();
    const worst = await health.stop();
    expect(body.errors).toEqual([]);
    expect(body.added).toHaveLength(12);
    // Analysed on the request loop, this upload held it 5.6 s (and the deep page alone 43 s before
    // the depth cap). A machine run far past its cores stalls any process now and then: more room there.
    const overloaded = loadavg()[0] / availableParallelism() > 2;
    const bound = overloaded ? 2_500 : 1_000;
    // The upload (cleaning) outlasts the bound, so a loop it blocked would show; the analysis comes after it.
    expect(took).toBeGreaterThan(bound);
    expect(worst).toBeLessThan(bound);
  }, 240_000);
});

describe('an upload of 2,000 small files', () => {
  it('is cleaned in place but lets /api/health answer between files and batches', async () => {
    const own = join(dir, 'many');
    const manyStore = await Store.open({ dir: own });
    // No analysis in this test: only the upload itself may hold the loop.
    const many = await startServer({ store: manyStore, port: 0, log: () => undefined, analysisTiming: { quietMs: 600_000, maxDelayMs: 600_000 } });
    try {
      const set = writeHostileSet(join(dir, 'many-in'), { count: 0, tiny: 2_000 });
      const form = new FormData();
      for (const f of set.files) form.append('files', new Blob([readFileSync(f)]), basename(f));
      // Encoded before the watch starts: the client shares this process's loop.
      const request = new Request(`${many.url}/api/ingest`, { method: 'POST', body: form });
      const body = await request.arrayBuffer();
      const health = watchHealth(many.url);
      const res = await fetch(request.url, { method: 'POST', body, headers: { 'content-type': request.headers.get('content-type')! } });
      const answer = (await res.json()) as { added: string[]; pending: boolean };
      const worst = await health.stop();
      expect(answer.added).toHaveLength(2_000);
      expect(answer.pending).toBe(true);
      // Cleaned inline without a turn for the loop, this upload held it 9 s.
      const overloaded = loadavg()[0] / availableParallelism() > 2;
      expect(worst).toBeLessThan(overloaded ? 2_500 : 1_000);
    } finally {
      await many.close();
      await manyStore.close();
    }
  }, 240_000);
});
