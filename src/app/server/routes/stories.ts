// Stories: the list with its forgiving filters and their suggestions, and one story's page (the hot path).
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { findStoryId, type ReportIndex, type StorySummary } from '../../../view/index.js';
import { exportName, storyCsv, storyHtml, storySlice } from '../../report/export.js';
import { filterSummaries, filtersFor, suggestFromSummary } from '../filters.js';
import type { ApiContext } from './context.js';
import { dateRange, oneOf, page } from './params.js';

export function storyRoutes({ cache }: ApiContext): Hono {
  const api = new Hono();

  const sortedLists = new WeakMap<ReportIndex, Partial<Record<'size' | 'recent', StorySummary[]>>>();
  api.get('/stories', async (c) => {
    // The story list answers from the stored summary while the index is still loading.
    const { outlet, entity } = c.req.query();
    const q = { outlet, entity, ...dateRange(c) };
    const sortKey = oneOf(c, 'sort', ['recent', 'size'] as const) ?? 'recent';
    const { limit, offset } = page(c);
    const index = cache.ready();
    const stored = index ? null : await cache.storedSummary();
    const unfiltered = !q.outlet && !q.entity && !q.from && !q.to;
    // The unfiltered list, the front page, is sorted once per analysis.
    let sorted = index && unfiltered ? sortedLists.get(index)?.[sortKey] : undefined;
    if (!sorted) {
      const matching = index ? filtersFor(index).stories(q) : filterSummaries(stored?.stories ?? [], q, stored?.names);
      sorted = [...matching].sort(sortKey === 'size' ? bySize : byRecency);
      if (index && unfiltered) sortedLists.set(index, { ...sortedLists.get(index), [sortKey]: sorted });
    }
    return c.json({ total: sorted.length, stories: sorted.slice(offset, offset + limit), pending: index ? cache.pending : true });
  });

  // Values for the outlet and entity filters; an entity matched through another of its names says which.
  api.get('/suggest', async (c) => {
    const field = oneOf(c, 'field', ['outlet', 'entity'] as const);
    if (!field) return c.json({ error: "missing query parameter field ('outlet' or 'entity')" }, 400);
    const q = (c.req.query('q') ?? '').trim().slice(0, 200);
    const { limit } = page(c);
    const index = cache.ready();
    if (index) return c.json({ field, query: q, values: filtersFor(index).suggest(field, q, limit) });
    // Before the index has loaded: the stored story list and its entities' names.
    const stored = await cache.storedSummary();
    return c.json({ field, query: q, values: suggestFromSummary(stored?.stories ?? [], stored?.names ?? [], field, q, limit), pending: true });
  });

  // Story pages are the hot path: their JSON is serialised and gzipped once per analysis, and
  // each request sends stored bytes (a large story is hundreds of kilobytes, about a tenth gzipped).
  const storyBytes = new WeakMap<ReportIndex, Map<string, { json: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> }>>();
  api.get('/stories/:id', async (c) => {
    const index = await cache.get();
    const id = storyIdFor(c, index);
    if (typeof id !== 'string') return id;
    let byId = storyBytes.get(index);
    if (!byId) storyBytes.set(index, (byId = new Map()));
    let bytes = byId.get(id);
    if (!bytes) {
      const view = index.storyView(id);
      if (!view) return c.json({ error: 'no such story' }, 404);
      const json = new TextEncoder().encode(JSON.stringify(view));
      bytes = { json, gzip: new Uint8Array(gzipSync(json, { level: 6 })) };
      byId.set(id, bytes);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', vary: 'Accept-Encoding' };
    if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) return c.body(bytes.gzip, 200, { ...headers, 'content-encoding': 'gzip' });
    return c.body(bytes.json, 200, headers);
  });

  // A story to take away: CSV (a row per article and per statement), its JSON slice, or its own
  // self-contained HTML report. Always a download: the HTML is never rendered in this origin.
  api.get('/stories/:id/export', async (c) => {
    const format = oneOf(c, 'format', ['csv', 'json', 'html'] as const) ?? 'json';
    const index = await cache.get();
    const id = storyIdFor(c, index);
    if (typeof id !== 'string') return id;
    const slice = storySlice(index.report, id);
    if (!slice) return c.json({ error: 'no such story' }, 404);
    const [body, type] =
      format === 'csv'
        ? [storyCsv(slice), 'text/csv; charset=utf-8']
        : format === 'html'
          ? [storyHtml(slice), 'text/html; charset=utf-8']
          : [JSON.stringify(slice, null, 1), 'application/json; charset=utf-8'];
    return c.body(body, 200, { 'content-type': type, 'content-disposition': `attachment; filename="${exportName(id, format)}"` });
  });

  return api;
}

/**
 * The story `:id` names: its id or a unique prefix, as the command line takes it (findStoryId).
 * Otherwise the answer to send: 404 when nothing matches, 409 with the candidates when several do.
 */
function storyIdFor(c: Context, index: ReportIndex): string | Response {
  const query = c.req.param('id') ?? '';
  // Links carry whole ids: those are looked up without scanning every story.
  if (index.stories.has(query)) return query;
  const { id, candidates } = findStoryId(index.stories.keys(), query);
  if (id) return id;
  if (!candidates.length) return c.json({ error: 'no such story' }, 404);
  return c.json({ error: `story id prefix matches ${candidates.length} stories; give more of the id`, candidates: candidates.slice(0, 20) }, 409);
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
