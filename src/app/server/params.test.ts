// Every list endpoint checks its query parameters the same way: an invalid value is a 400 whose
// one-line JSON error names the parameter, while valid ones answer as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { sampleReport } from '../../testing/sampleReport.js';
import { type RunningServer, startServer } from './serve.js';

let dir: string;
let store: Store;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-params-'));
  store = await Store.open({ dir });
  server = await startServer({ store, port: 0, load: async () => sampleReport(), log: () => undefined });
  await server.cache.settled();
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await fetch(server.url + path);
  return { status: res.status, body: await res.json() };
}

describe('list endpoint query parameters', () => {
  it('refuses an invalid value with a 400 naming the parameter', async () => {
    const bad: [string, string][] = [
      ['/api/stories?from=2031-13-45', 'from'],
      ['/api/stories?to=2031-02-30', 'to'],
      ['/api/stories?from=last%20week', 'from'],
      ['/api/stories?from=2031-03-05&to=2031-03-01', 'from'],
      ['/api/stories?sort=oldest', 'sort'],
      ['/api/stories?limit=abc', 'limit'],
      ['/api/stories?limit=-5', 'limit'],
      ['/api/stories?limit=0', 'limit'],
      ['/api/stories?offset=1.5', 'offset'],
      ['/api/suggest?field=outlet&limit=many', 'limit'],
      ['/api/suggest?field=colour', 'field'],
      ['/api/stories/s1/export?format=pdf', 'format'],
      ['/api/articles?limit=-1', 'limit'],
      ['/api/articles?unassigned=yes', 'unassigned'],
      ['/api/quotes?offset=-3', 'offset'],
      ['/api/entities?type=people', 'type'],
      ['/api/entities?limit=ten', 'limit'],
      ['/api/search?q=ferry&limit=abc', 'limit'],
    ];
    for (const [path, param] of bad) {
      const { status, body } = await get(path);
      expect(status, path).toBe(400);
      expect(body.error, path).toMatch(new RegExp(`^query parameter ${param}: `));
      expect(body.error, path).not.toContain('\n');
    }
  });

  it('answers valid values, a date at any precision and a limit above the page size capped', async () => {
    for (const path of ['/api/stories?from=2031&to=2031-03', '/api/stories?from=2031-03-04&to=2031-03-04&sort=size', '/api/stories?from=2031-03&to=2031', '/api/articles?unassigned=false&limit=500&offset=0', '/api/entities?type=person'])
      expect((await get(path)).status, path).toBe(200);
    expect((await get('/api/stories?from=2031-03-04&limit=1')).body.stories).toHaveLength(1);
    expect((await get('/api/articles?limit=2&offset=1')).body.articles).toHaveLength(2);
  });
});
