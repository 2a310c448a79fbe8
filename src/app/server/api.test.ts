// The JSON API over the seeds, against a real server on a random loopback port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../store/index.js';
import { loadSeeds } from '../../testing/fixtures.js';
import { skipWithoutShared } from '../../testing/shared.js';
import { HOSTILE_FILE, HOSTILE_HTML } from '../../testing/hostile.js';
import { ingestFiles } from '../ingest.js';
import { type RunningServer, startServer } from './serve.js';

const noShared = skipWithoutShared();
let dir: string | undefined;
let store: Store;
let server: RunningServer;
const seedIds = new Map<string, string>();

async function get<T = any>(path: string): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(server.url + path);
  return { status: res.status, body: (await res.json()) as T, headers: res.headers };
}

function upload(files: { name: string; content: BlobPart; type?: string }[], query = ''): Promise<Response> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.content], { type: f.type ?? 'text/plain' }), f.name);
  return fetch(server.url + '/api/ingest' + query, { method: 'POST', body: form });
}

beforeAll(async () => {
  if (noShared) return;
  dir = mkdtempSync(join(tmpdir(), 'storytrace-api-'));
  store = await Store.open({ dir });
  const seeds = loadSeeds();
  await ingestFiles(store, seeds.map((s) => s.path));
  const rows = await store.db.query<{ source: string; article_id: string }>('select source, article_id from article_sources');
  for (const s of seeds) seedIds.set(s.prefix, rows.find((r) => r.source === s.path)!.article_id);
  server = await startServer({ store, port: 0, log: () => undefined });
  // The server analyses the new seeds in the background; these tests read the finished analysis.
  await server.cache.settled();
}, 300_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(noShared)('API over the seeds', () => {
  it('binds to loopback on a free port and reports counts', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { body } = await get('/api/health');
    expect(body.articles).toBe(5);
  });

  it('compresses large JSON responses for clients that accept gzip', async () => {
    const { body } = await get('/api/stories');
    const res = await fetch(`${server.url}/api/stories/${body.stories[0].id}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.json()).story).toBeDefined();
  });

  it('lists articles with paging and returns one with its body', async () => {
    const all = await get('/api/articles');
    expect(all.body.total).toBe(5);
    const paged = await get('/api/articles?limit=2&offset=1');
    expect(paged.body.articles).toHaveLength(2);
    expect(paged.body.articles[0].id).toBe(all.body.articles[1].id);
    const one = await get(`/api/articles/${seedIds.get('003')}`);
    expect(one.status).toBe(200);
    expect(one.body.article.body).toContain('The Russian military top brass says militants');
    expect(Array.isArray(one.body.highlights)).toBe(true);
    expect((await get('/api/articles/nope')).status).toBe(404);
  });

  it('finds "Shaddadah" by full-text search, refreshing the index on first use', async () => {
    const { status, body } = await get('/api/search?q=Shaddadah');
    expect(status).toBe(200);
    const ids = body.results.map((r: { id: string }) => r.id).sort();
    expect(ids).toEqual(['000', '001', '003'].map((p) => seedIds.get(p)).sort());
    expect(body.results[0].snippet).toMatch(/«[^»]*Shaddadah/i);
    expect((await get('/api/search?q=')).status).toBe(400);
  });

  it('serves an OpenAPI document naming every route', async () => {
    const { body } = await get('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    for (const path of ['/api/stories', '/api/stories/{id}', '/api/articles/{id}', '/api/quotes', '/api/quote-groups', '/api/entities', '/api/search', '/api/ingest', '/api/suggest', '/api/stories/{id}/export', '/api/entity'])
      expect(body.paths).toHaveProperty([path]);
  });

  it('answers unknown routes with JSON 404 and sends security headers', async () => {
    const { status, body, headers } = await get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'not found' });
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('ingests an upload, names bad files in one-line errors, answers once stored, and analyses in the background', async () => {
    const before = (await get('/api/health')).body.articles;
    const res = await upload([
      { name: 'dredging.txt', content: 'Brackwater harbour will be dredged next winter, the port engineer said on Monday.\n\nThe work moves silt from the eastern channel.' },
      { name: '../../etc/bad.bin', content: new Uint8Array([0, 1, 2, 0, 255, 0]) },
      { name: 'notes.docx', content: 'x' },
    ]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.added).toHaveLength(1);
    const sources = body.errors.map((e: { source: string }) => e.source);
    expect(sources).toEqual(expect.arrayContaining(['upload/bad.bin', 'upload/notes.docx']));
    for (const e of body.errors) expect(e.message).not.toContain('\n');
    // Answered before its analysis: named from the store, in no story yet, the analysis pending.
    expect(body.pending).toBe(true);
    expect(body.stories).toEqual([expect.objectContaining({ article: body.added[0], file: 'upload/dredging.txt', story: null, title: null })]);
    const early = await get(`/api/articles/${body.added[0]}`);
    if (early.status === 404) expect(early.body).toMatchObject({ pending: true });
    await server.cache.settled();
    expect((await get('/api/health')).body).toMatchObject({ articles: before + 1, pending: false });
    expect((await get(`/api/articles/${body.added[0]}`)).status).toBe(200);
    const search = await get('/api/search?q=dredged');
    expect(search.body.results.map((r: { id: string }) => r.id)).toContain(body.added[0]);
  });

  it('refuses only the record holding a NUL, stores the rest of the upload, and searches past a NUL', async () => {
    const line = (i: number, text: string) => JSON.stringify({ title: `Tram depot report ${i}`, text });
    const jsonl = [
      line(1, 'The tram depot on Quarry Lane will close for three weeks of track renewal, the operator said.'),
      line(2, 'A stray \u0000 byte sits inside this tram depot record about signal upgrades.'),
      line(3, 'Night trams will run from the northern depot while the renewal work continues, officials said.'),
    ].join('\n');
    const res = await upload([
      { name: 'trams.jsonl', content: jsonl },
      { name: 'depot.txt', content: 'The depot canteen reopens on Friday after repairs to its roof, staff said.\n\nIt had been closed since the storm.' },
    ]);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.added).toHaveLength(3);
    expect(body.errors).toEqual([{ source: 'upload/trams.jsonl#2', message: expect.stringContaining('NUL character') }]);
    expect((await get('/api/search?q=%00')).status).toBe(400);
    const past = await get('/api/search?q=depot%00canteen');
    expect(past.status).toBe(200);
    expect(past.body.results.length).toBeGreaterThan(0);
  });

  it('reads text with a UTF-32 byte order mark, refuses a NUL in one line naming the file, and lists no refused article', async () => {
    const text = (place: string) => `${place} ferry pier to close\n\nThe ${place} council voted on Tuesday to close the old ferry pier after divers found cracks in its piles, harbour master Dana Kellor said.`;
    const utf32 = (s: string, le: boolean) => {
      const out = Buffer.alloc(4 * (s.length + 1));
      [0xfeff, ...[...s].map((c) => c.codePointAt(0)!)].forEach((cp, i) => (le ? out.writeUInt32LE(cp, 4 * i) : out.writeUInt32BE(cp, 4 * i)));
      return out;
    };
    const withNul = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('Kessa').replace('old', 'old\u0000'), 'utf16le')]);
    const res = await upload([
      { name: 'velmar-le.txt', content: utf32(text('Velmar'), true) },
      { name: 'northshire-be.txt', content: utf32(text('Northshire'), false) },
      { name: 'kessa.txt', content: withNul },
    ]);
    const body = await res.json();
    expect(body.errors).toEqual([{ source: 'upload/kessa.txt', message: 'NUL character (U+0000) in the text; text cannot hold it' }]);
    expect(body.ids).toEqual(body.added);
    expect(body.stories.map((s: { headline: string }) => s.headline)).toEqual(['Velmar ferry pier to close', 'Northshire ferry pier to close']);
  });

  it('keeps hostile markup as inert JSON text (answered once analysed when asked to wait)', async () => {
    const res = await upload([{ name: HOSTILE_FILE, content: HOSTILE_HTML, type: 'text/html' }], '?wait=analysis');
    const body = await res.json();
    expect(body.added).toHaveLength(1);
    expect(body.pending).toBe(false);
    // The story it joined, with its size, so the page names the article once (uploadLine).
    const placed = await get(`/api/stories/${body.stories[0].story}`);
    expect(body.stories[0].story_articles).toBe(placed.body.articles.length);
    const article = await fetch(`${server.url}/api/articles/${body.added[0]}`);
    expect(article.headers.get('content-type')).toMatch(/^application\/json/);
    const view = await article.json();
    expect(view.article.body).toContain('120,000 cubic metres');
    expect(view.article).not.toHaveProperty('original');
  });

  it('refuses non-multipart uploads and empty forms', async () => {
    const raw = await fetch(server.url + '/api/ingest', { method: 'POST', body: 'text', headers: { 'content-type': 'text/plain' } });
    expect(raw.status).toBe(415);
    const empty = await fetch(server.url + '/api/ingest', { method: 'POST', body: new FormData() });
    expect(empty.status).toBe(400);
  });
});

// These depend on the stories, extraction and comparison stages; they pass once those land in
// the pipeline.
describe.skipIf(noShared)('API over the seeds: stories and comparison', () => {
  const tanf = () => ['000', '001', '002', '003'].map((p) => seedIds.get(p)!).sort();

  it('groups the seeds into the Tanf story (four articles, three origins) and the Aleppo one', async () => {
    const { body } = await get('/api/stories');
    const memberships = await Promise.all(body.stories.map(async (s: { id: string }) => (await get(`/api/stories/${s.id}`)).body));
    const story = memberships.find((v) => v.articles.some((a: { id: string }) => a.id === seedIds.get('002')));
    expect(story.articles.map((a: { id: string }) => a.id).sort()).toEqual(tanf());
    expect(story.story.originCount).toBe(3);
    const aleppo = memberships.find((v) => v.articles.some((a: { id: string }) => a.id === seedIds.get('004')));
    expect(aleppo.articles).toHaveLength(1);
  });

  it('filters stories by outlet and entity', async () => {
    const { body } = await get('/api/stories?outlet=press%20tv');
    expect(body.stories).toHaveLength(1);
    expect(body.stories[0].articleCount).toBe(4);
    const none = await get('/api/stories?outlet=no-such-outlet');
    expect(none.body.stories).toHaveLength(0);
    const largest = await get('/api/stories?sort=size&limit=1');
    expect(largest.body.total).toBeGreaterThanOrEqual(2);
    expect(largest.body.stories.map((s: { articleCount: number }) => s.articleCount)).toEqual([4]);
  });

  it('matches filters partially, across diacritics and through an entity\'s other names', async () => {
    const ids = async (q: string) => ((await get(`/api/stories?${q}`)).body.stories as { id: string }[]).map((s) => s.id).sort();
    expect(await ids('outlet=Moscow%20Times')).toHaveLength(1);
    expect(await ids('outlet=m%C3%B3scow')).toEqual(await ids('outlet=Moscow%20Times'));
    const lavrov = await ids('entity=Lavrov');
    expect(lavrov).toHaveLength(2);
    // One story spells him Sergei, the other Sergey: either spelling finds both.
    expect(await ids('entity=Sergey%20Lavrov')).toEqual(lavrov);
    expect(await ids('entity=Sergei%20Lavrov')).toEqual(lavrov);
    expect(await ids('entity=Gerasimov')).toHaveLength(1);
  });

  it('suggests filter values, and refuses an unknown field', async () => {
    const outlets = (await get('/api/suggest?field=outlet&q=times')).body;
    expect(outlets.values.map((v: { value: string }) => v.value)).toEqual(['The Moscow Times']);
    const people = (await get('/api/suggest?field=entity&q=sergei')).body;
    expect(people.values[0].value).toMatch(/Lavrov/);
    expect((await get('/api/suggest?field=colour')).status).toBe(400);
  });

  it('exports a story as CSV, JSON and HTML downloads', async () => {
    const { body } = await get('/api/stories?outlet=press%20tv');
    const id = body.stories[0].id as string;
    const csv = await fetch(`${server.url}/api/stories/${id}/export?format=csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="storytrace-.*\.csv"$/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^row,story,article,outlet,url/);
    expect(lines.filter((l) => l.startsWith('article,'))).toHaveLength(4);
    expect(lines.filter((l) => l.startsWith('statement,')).length).toBeGreaterThan(4);
    const json = await (await fetch(`${server.url}/api/stories/${id}/export?format=json`)).json();
    expect(json.stories.map((s: { id: string }) => s.id)).toEqual([id]);
    expect(json.articles).toHaveLength(4);
    const html = await fetch(`${server.url}/api/stories/${id}/export?format=html`);
    expect(html.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(await html.text()).toMatch(/^<!doctype html>/i);
    expect((await fetch(`${server.url}/api/stories/nope/export?format=csv`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/stories/${id}/export?format=xlsx`)).status).toBe(400);
  });

  it('groups both versions of a Gerasimov quote', async () => {
    const { body } = await get('/api/quote-groups');
    const gerasimov = body.groups.filter((g: { speaker: string }) => /Gerasimov/.test(g.speaker));
    expect(gerasimov.length).toBeGreaterThanOrEqual(2);
    const surveillance = gerasimov.find((g: { members: { text: string }[] }) => g.members.some((m) => m.text.includes('According to space and other types of surveillance data')));
    expect(surveillance.members.some((m: { text: string }) => m.text.includes('According to satellite and other surveillance data'))).toBe(true);
    // Both versions are English: one statement, edited, not another language.
    expect(surveillance.kind).toBe('edited');
  });

  it("answers an entity's page by any of its names, and 404 with suggestions for an unknown one", async () => {
    const { status, body } = await get('/api/entity?name=sergei%20lavrov');
    expect(status).toBe(200);
    expect(body.entity.name).toBe('Sergey Lavrov');
    expect(body.stories).toHaveLength(2);
    const shared = body.statements.find((s: { versions: { text: string }[] }) => s.versions.some((v) => v.text.includes('mixed feelings')));
    expect(shared.how).toBe('same wording');
    expect(shared.versions).toHaveLength(2);
    const missing = await get('/api/entity?name=Lavrof');
    expect(missing.status).toBe(404);
    expect(missing.body.suggestions).toContain('Sergey Lavrov');
    expect((await get('/api/entity')).status).toBe(400);
  });
});
