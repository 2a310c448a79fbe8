// Option-taking middleware for the server; each one guards one thing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Refuses requests whose Host header is not one of `hosts` (a DNS-rebinding guard). */
export function hostGuard(hosts: string[]): MiddlewareHandler {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
    if (!allowed.has(host)) return c.json({ error: 'unexpected Host header' }, 421);
    await next();
  };
}

/**
 * Requires `Authorization: Bearer <token>`. Any token the operator chose is accepted as written
 * ('p@ss:word!' too; RFC 6750's token68 alphabet, which hono's bearerAuth enforces, would refuse it
 * with a 400 for everyone). Digests compared in constant time: no timing leak of length or prefix.
 */
export function bearerToken(token: string): MiddlewareHandler {
  const expected = createHash('sha256').update(token).digest();
  return async (c, next) => {
    const m = /^Bearer +(.+)$/i.exec(c.req.header('authorization') ?? '');
    const given = createHash('sha256').update(m ? m[1] : '').digest();
    if (!m || !timingSafeEqual(given, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="storytrace"');
      return c.json({ error: 'unauthorized: send Authorization: Bearer <token>' }, 401);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a write that a browser says came from another site's page: an Origin other than ours, or
 * a Sec-Fetch-Site other than same-origin (or none: typed by the user).
 *
 * Why not hono's `csrf()`: it lets a request through when *either* header passes, and refuses one
 * carrying *neither*, and it checks form-like content types only. We want the opposite on all
 * three counts: a browser write is refused when *either* header names another site, whatever its
 * content type; and clients that are not browsers (curl, scripts, `storytrace ingest --server`)
 * send neither header and must get through (a bearer token guards them beyond loopback).
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      if ((origin && origin !== new URL(c.req.url).origin) || (site && site !== 'same-origin' && site !== 'none'))
        return c.json({ error: 'cross-site request refused' }, 403);
    }
    await next();
  };
}

/**
 * Limits request bodies to `maxSize` bytes, except on the paths listed (which set their own limit).
 * A GET or HEAD has no body to limit: asking for it would build a full web Request per read.
 */
export function smallBodies(maxSize: number, except: string[] = []): MiddlewareHandler {
  const limit = bodyLimit({ maxSize, onError: (c) => c.json({ error: 'request body too large' }, 413) });
  const exempt = new Set(except);
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' || exempt.has(c.req.path) ? next() : limit(c, next));
}

// Headers added after the handler go on the response's own header list: `c.header()` at that point
// rebuilds the response around its body as a stream, which the node adapter then copies chunk by
// chunk instead of writing the stored bytes at once.

/** API answers change with every ingest: never cached. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}

/** Built assets carry a content hash in their names, so they never change; the page does. */
export function assetCaching(immutablePrefix = '/assets/'): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', c.req.path.startsWith(immutablePrefix) ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}
