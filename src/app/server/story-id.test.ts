// A story is found by its id or a unique prefix of it, as on the command line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../core/types.js';
import { Store } from '../../store/index.js';
import { sampleReport } from '../../testing/sampleReport.js';
import { type RunningServer, startServer } from './serve.js';

let dir: string;
let store: Store;
let server: RunningServer;

/** The sample report's story under a long id, beside a second story whose id starts the same way. */
function twoStories(): AnalysisReport {
  const report = JSON.parse(JSON.stringify(sampleReport()).replaceAll('"s1"', '"story-ab12cd34"')) as AnalysisReport;
  const first = report.stories[0]!;
  report.stories.push({ ...first, id: 'story-ab99ef00', title: 'Another story', articles: ['c'] });
  first.articles = first.articles.filter((a) => a !== 'c');
  return report;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'storytrace-storyid-'));
  store = await Store.open({ dir });
  server = await startServer({ store, port: 0, load: async () => twoStories(), log: () => undefined });
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('/api/stories/<id or prefix>', () => {
  it('answers a unique prefix, with or without "story-", as the whole id', async () => {
    for (const q of ['story-ab12cd34', 'story-ab12', 'ab12', 'AB12C']) {
      const res = await fetch(`${server.url}/api/stories/${q}`);
      expect(res.status, q).toBe(200);
      expect((await res.json()).story.id).toBe('story-ab12cd34');
    }
    const slice = await (await fetch(`${server.url}/api/stories/ab99/export?format=json`)).json();
    expect(slice.stories.map((s: { id: string }) => s.id)).toEqual(['story-ab99ef00']);
  });

  it('is 404 when nothing matches and 409, naming the candidates, when several do', async () => {
    expect((await fetch(`${server.url}/api/stories/ab7`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/stories/ab7/export?format=csv`)).status).toBe(404);
    const res = await fetch(`${server.url}/api/stories/ab`);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error).toMatch(/matches 2 stories/);
    expect(body.candidates.sort()).toEqual(['story-ab12cd34', 'story-ab99ef00']);
    expect((await fetch(`${server.url}/api/stories/story-ab/export?format=html`)).status).toBe(409);
  });
});
