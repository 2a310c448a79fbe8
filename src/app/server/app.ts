// The HTTP surface: a JSON API over the cached analysis and the store, plus the built web UI.
// Hono: web-standard Request/Response, no dependencies of its own, and maintained body-limit,
// bearer-auth and secure-headers middleware for the security needs.
import { serveStatic } from '@hono/node-server/serve-static';
import { createHash, timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../../store/index.js';
import { CleanPool } from '../clean/index.js';
import { analyzeStore } from '../pipeline.js';
import { articleLabel, articleSummary, type ReportIndex, type StorySummary } from '../../view/index.js';
import { type Analyze, AnalysisCache } from './analysis.js';
import { articleView } from '../../view/index.js';
import { openApiDocument } from './openapi.js';
import { ingestUploads, type Upload } from './upload.js';

export interface AppOptions {
  store: Store;
  /** Required bearer token for /api; unset on loopback. */
  token?: string;
  /** Directory of the built web UI; no UI routes when unset. */
  webDir?: string;
  /** Largest upload request, in bytes. */
  maxUploadBytes?: number;
  /** Largest single uploaded file, in bytes (the CLI's --max-bytes rule). */
  maxFileBytes?: number;
  /** Host names the Host header may carry (a DNS-rebinding guard); any when unset. */
  allowedHosts?: string[];
  /** Runs the analysis (in the background; default: every stage over the store). */
  analyze?: Analyze;
  /** Threads that read and clean uploads; the app starts (and closeApp stops) its own when unset. */
  pool?: CleanPool;
  /** Time one uploaded file may take to read and clean, in ms (with the app's own pool). */
  budgetMs?: number;
  /** Reads the analysis as stored (default: the stored results, no stage run). */
  load?: Analyze;
  log?: (line: string) => void;
}

const JSON_LIMIT = 64 * 1024;
const MAX_PAGE = 200;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'none'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  manifestSrc: ["'self'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
};

export function createApp(opts: AppOptions) {
  const { store } = opts;
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const cache = new AnalysisCache(store, opts.analyze ?? analyzeStore, opts.load);
  // Uploads are read and cleaned on their own thread: the request loop keeps answering meanwhile.
  const pool = opts.pool ?? new CleanPool({ budgetMs: opts.budgetMs });
  // Load what is stored now, then analyse whatever is new in the background: no read waits for
  // that run, and answers say the analysis is pending until it is done.
  cache.start().catch((err) => log(`storytrace serve: analysis failed: ${(err as Error).stack ?? String(err)}`));
  const maxUpload = opts.maxUploadBytes ?? 100 * 2 ** 20;
  let searchStale = true;
  let searchRefresh: Promise<unknown> | null = null;
  let ingestQueue: Promise<unknown> = Promise.resolve();

  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof HTTPException) {
      // Keep the middleware's status and headers (WWW-Authenticate), with a JSON body.
      const res = err.getResponse();
      const headers = new Headers(res.headers);
      headers.set('content-type', 'application/json');
      return new Response(JSON.stringify({ error: err.message || res.statusText || 'request refused' }), { status: res.status, headers });
    }
    // The client gets no stack or message: those can carry paths and data.
    log(`storytrace serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? String(err)}`);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: 'not found' }, 404));

  if (opts.allowedHosts) {
    const allowed = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
      if (!allowed.has(host)) return c.json({ error: 'unexpected Host header' }, 421);
      await next();
    });
  }
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'no-referrer' }));
  // A browser names the page that sent a write; refuse other sites' pages. Clients that are not
  // browsers (curl, scripts) send neither header and are let through.
  app.use('/api/*', async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      if ((origin && origin !== new URL(c.req.url).origin) || (site && site !== 'same-origin' && site !== 'none'))
        return c.json({ error: 'cross-site request refused' }, 403);
    }
    await next();
  });
  const smallBody = bodyLimit({ maxSize: JSON_LIMIT, onError: (c) => c.json({ error: 'request body too large' }, 413) });
  // Only the upload may be large; it has its own limit.
  app.use('*', (c, next) => (c.req.path === '/api/ingest' ? next() : smallBody(c, next)));
  if (opts.token) {
    // Any token the operator chose is accepted as written ('p@ss:word!' too; RFC 6750's token68
    // alphabet, which hono's bearerAuth enforces, would refuse it with a 400 for everyone).
    // Digests compared in constant time: no timing leak of the token's length or prefix.
    const expected = createHash('sha256').update(opts.token).digest();
    app.use('/api/*', async (c, next) => {
      const m = /^Bearer +(.+)$/i.exec(c.req.header('authorization') ?? '');
      const given = createHash('sha256').update(m ? m[1] : '').digest();
      if (!m || !timingSafeEqual(given, expected)) {
        c.header('WWW-Authenticate', 'Bearer realm="storytrace"');
        return c.json({ error: 'unauthorized: send Authorization: Bearer <token>' }, 401);
      }
      await next();
    });
  }
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  // A large story's comparison is hundreds of kilobytes of JSON; it compresses about tenfold.
  app.use('/api/*', compress());

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  // The story list and health answer from the stored summary while the index is still loading.
  app.get('/api/health', async (c) => {
    const index = cache.ready();
    if (index) return c.json({ articles: index.articles.size, stories: index.stories.size, pending: cache.pending });
    const summary = await cache.storedSummary();
    return c.json({ articles: summary?.articles ?? 0, stories: summary?.stories.length ?? 0, pending: true });
  });

  app.get('/api/stories', async (c) => {
    const index = cache.ready();
    const summaries = index ? index.storySummaries() : ((await cache.storedSummary())?.stories ?? []);
    const q = c.req.query();
    const { limit, offset } = page(c);
    const matching = summaries.filter((s) => storyMatches(s, q));
    const sorted = q.sort === 'size' ? [...matching].sort(bySize) : [...matching].sort(byRecency);
    return c.json({ total: matching.length, stories: sorted.slice(offset, offset + limit), pending: index ? cache.pending : true });
  });

  // Story pages are the hot path: their JSON is serialised once per analysis.
  const storyJson = new WeakMap<ReportIndex, Map<string, string>>();
  app.get('/api/stories/:id', async (c) => {
    const index = await cache.get();
    const id = c.req.param('id');
    let byId = storyJson.get(index);
    if (!byId) storyJson.set(index, (byId = new Map()));
    let json = byId.get(id);
    if (json === undefined) {
      const view = index.storyView(id);
      if (!view) return c.json({ error: 'no such story' }, 404);
      json = JSON.stringify(view);
      byId.set(id, json);
    }
    return c.body(json, 200, { 'content-type': 'application/json; charset=utf-8' });
  });

  app.get('/api/articles', async (c) => {
    const index = await cache.get();
    const { story, outlet, unassigned } = c.req.query();
    const { limit, offset } = page(c);
    const all = [...index.articles.values()].filter(
      (a) =>
        (!story || index.storyOfArticle.get(a.id) === story) &&
        (unassigned !== 'true' || !index.storyOfArticle.has(a.id)) &&
        (!outlet || sameText(articleLabel(a), outlet)),
    );
    const articles = all.slice(offset, offset + limit).map((a) => ({
      ...articleSummary(a),
      story: index.storyOfArticle.get(a.id) ?? null,
    }));
    return c.json({ total: all.length, articles });
  });

  app.get('/api/articles/:id', async (c) => {
    const index = await cache.get();
    const id = c.req.param('id');
    if (!index.articles.has(id)) return c.json({ error: 'no such article' }, 404);
    const [extraction] = await store.extractions([id]);
    return c.json(articleView(index, id, extraction ?? null));
  });

  app.get('/api/quotes', async (c) => {
    const index = await cache.get();
    const { story, speaker, article } = c.req.query();
    const { limit, offset } = page(c);
    const all = index.report.quotes.filter(
      (q) =>
        (!story || index.storyOfArticle.get(q.article) === story) &&
        (!speaker || (q.speaker !== null && sameText(q.speaker, speaker))) &&
        (!article || q.article === article),
    );
    return c.json({ total: all.length, quotes: all.slice(offset, offset + limit) });
  });

  app.get('/api/quote-groups', async (c) => {
    const index = await cache.get();
    const { story } = c.req.query();
    const groups = index.report.quote_groups
      .filter((g) => !story || g.story === story)
      .map((g) => ({ ...g, members: g.quotes.flatMap((id) => index.quotes.get(id) ?? []) }));
    return c.json({ groups });
  });

  app.get('/api/entities', async (c) => {
    const index = await cache.get();
    const { type, q } = c.req.query();
    const { limit, offset } = page(c);
    const needle = q?.toLowerCase();
    const all = index.report.entities.filter(
      (e) => (!type || e.type === type) && (!needle || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))),
    );
    return c.json({ total: all.length, entities: all.slice(offset, offset + limit) });
  });

  app.get('/api/search', async (c) => {
    // Control characters mean nothing in a query, and PostgreSQL text cannot hold NUL at all.
    const q = (c.req.query('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    if (!q) return c.json({ error: 'missing query parameter q' }, 400);
    if (q.length > 500) return c.json({ error: 'query longer than 500 characters' }, 400);
    if (searchStale || searchRefresh) {
      // One refresh at a time; an ingest during it marks the index stale again.
      searchStale = false;
      searchRefresh ??= store.refreshSearchIndex().finally(() => (searchRefresh = null));
      await searchRefresh;
    }
    const [index, hits] = await Promise.all([cache.get(), store.search(q, page(c).limit)]);
    const results = hits.map((h) => {
      const meta = index.articles.get(h.id);
      const story = index.storyOfArticle.get(h.id) ?? null;
      return {
        id: h.id,
        headline: h.headline,
        label: meta ? articleLabel(meta) : h.id,
        published: meta?.published ?? null,
        story,
        storyTitle: story ? (index.stories.get(story)?.title ?? null) : null,
        rank: Number(h.rank),
        snippet: h.snippet,
      };
    });
    return c.json({ query: q, results });
  });

  app.post(
    '/api/ingest',
    bodyLimit({ maxSize: maxUpload, onError: (c) => c.json({ error: `upload larger than ${maxUpload} bytes` }, 413) }),
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      if (!type.startsWith('multipart/form-data')) return c.json({ error: 'send the files as multipart/form-data' }, 415);
      const form = await c.req.parseBody({ all: true }).catch(() => null);
      if (!form) return c.json({ error: 'malformed multipart body' }, 400);
      const files = [form['files'] ?? form['file'] ?? []].flat().filter((f): f is File => f instanceof File);
      if (!files.length) return c.json({ error: 'no files in the upload (use the field name "files")' }, 400);
      const uploads: Upload[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const run = ingestQueue.then(() => ingestUploads(store, uploads, { maxBytes: opts.maxFileBytes, pool }));
      ingestQueue = run.catch(() => undefined);
      const summary = await run;
      // The upload waits for the background analysis of what it added, to say where it landed;
      // reads meanwhile answer from the previous index.
      let index = await cache.get();
      if (summary.added.length) {
        searchStale = true;
        index = await cache.refresh();
      }
      const stories = summary.added.map((article) => {
        const story = index.storyOfArticle.get(article) ?? null;
        return { article, story, title: story ? (index.stories.get(story)?.title ?? null) : null };
      });
      return c.json({ ...summary, stories }, summary.added.length || !summary.errors.length ? 200 : 422);
    },
  );

  if (opts.webDir) {
    // Built assets carry a content hash in their names, so they never change; the page does.
    app.use('/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
    app.use('/*', serveStatic({ root: opts.webDir }));
    app.get('/', serveStatic({ root: opts.webDir, path: 'index.html' }));
  }
  return { app, cache, close: () => (opts.pool ? Promise.resolve() : pool.close()) };
}

function storyMatches(s: StorySummary, q: Record<string, string>): boolean {
  const [from, to] = s.span;
  if (q.from && to && to.slice(0, q.from.length) < q.from) return false;
  if (q.to && from && from.slice(0, q.to.length) > q.to) return false;
  if (q.outlet && !s.outlets.some((o) => sameText(o, q.outlet!))) return false;
  if (q.entity && !s.entities.some((e) => sameText(e, q.entity!))) return false;
  return true;
}

/** Latest first; undated stories last. */
function byRecency(a: StorySummary, b: StorySummary): number {
  const da = a.span[1] ?? a.span[0] ?? '';
  const db = b.span[1] ?? b.span[0] ?? '';
  return db.localeCompare(da) || b.articleCount - a.articleCount;
}

function bySize(a: StorySummary, b: StorySummary): number {
  return b.articleCount - a.articleCount || b.originCount - a.originCount || byRecency(a, b);
}

function sameText(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

function page(c: Context): { limit: number; offset: number } {
  const limit = Number.parseInt(c.req.query('limit') ?? '', 10);
  const offset = Number.parseInt(c.req.query('offset') ?? '', 10);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_PAGE) : 50,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}
