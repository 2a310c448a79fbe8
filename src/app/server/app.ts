// The HTTP surface: the JSON API (one sub-app per kind of resource, under /api) over the cached
// analysis and the store, plus the built web UI. Hono: web-standard Request/Response, no
// dependencies of its own, and maintained body-limit and secure-headers middleware.
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Store } from '../../store/index.js';
import { CleanPool } from '../clean/index.js';
import { type Analyze, AnalysisCache, type CacheTiming } from './analysis.js';
import { AnalysisThread } from './analysis-thread.js';
import { assetCaching, bearerToken, hostGuard, noStore, sameOriginWrites, smallBodies } from './middleware.js';
import { apiRoutes, SearchFreshness } from './routes/index.js';

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
  /** Runs the analysis (in the background; default: every stage over the store, on a thread of its own). */
  analyze?: Analyze;
  /** Reads the analysis as stored (default: the stored results, no stage run, on the analysis thread). */
  load?: Analyze;
  /** Threads that read and clean uploads; the app starts (and closeApp stops) its own when unset. */
  pool?: CleanPool;
  /** Time one uploaded file may take to read and clean, in ms (with the app's own pool). */
  budgetMs?: number;
  /** When the analysis uploads ask for starts (quiet time, longest delay); see AnalysisCache. */
  analysisTiming?: Omit<CacheTiming, 'onError'>;
  log?: (line: string) => void;
}

const JSON_LIMIT = 64 * 1024;

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
  // The analysis, and the start-up read of the stored one, run on their own thread.
  const thread = new AnalysisThread(store);
  let closed = false;
  // A run the closing server stops is not a failure: the next start does it again.
  const failed = (err: unknown) => closed || log(`storytrace serve: analysis failed: ${(err as Error).stack ?? String(err)}`);
  const cache = new AnalysisCache(store, opts.analyze ?? (() => thread.run('analyze')), opts.load ?? (() => thread.run('load')), { ...opts.analysisTiming, onError: failed });
  // Load what is stored now, then analyse whatever is new in the background: no read waits for
  // that run, and answers say the analysis is pending until it is done.
  cache.start().catch(failed);
  // Uploads are read and cleaned on their own thread: the request loop keeps answering meanwhile.
  const pool = opts.pool ?? new CleanPool({ budgetMs: opts.budgetMs });
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

  if (opts.allowedHosts) app.use('*', hostGuard(opts.allowedHosts));
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginResourcePolicy: 'same-origin', referrerPolicy: 'no-referrer' }));
  app.use('/api/*', sameOriginWrites());
  // Only the upload may be large; it has its own limit.
  app.use('*', smallBodies(JSON_LIMIT, ['/api/ingest']));
  if (opts.token) app.use('/api/*', bearerToken(opts.token));
  app.use('/api/*', noStore());
  // A large story's comparison is hundreds of kilobytes of JSON; it compresses about tenfold.
  app.use('/api/*', compress());

  // Aborted when the server stops and can wait no longer: uploads waiting for their analysis answer then.
  const stopping = new AbortController();
  const ctx = { store, cache, search: new SearchFreshness(store), log, stopping: stopping.signal };
  app.route('/api', apiRoutes(ctx, { maxUploadBytes: opts.maxUploadBytes ?? 100 * 2 ** 20, maxFileBytes: opts.maxFileBytes, pool }));

  if (opts.webDir) {
    // Clients that ignore the page's inline icon still ask for this one: no icon, and no 404 in the log.
    app.get('/favicon.ico', (c) => c.body(null, 204));
    app.use('/*', assetCaching());
    app.use('/*', serveStatic({ root: opts.webDir }));
    app.get('/', serveStatic({ root: opts.webDir, path: 'index.html' }));
  }
  const close = async () => {
    closed = true;
    cache.close();
    await thread.close();
    if (!opts.pool) await pool.close();
  };
  return { app, cache, close, stopWaiting: () => stopping.abort() };
}
