// Stories: the list with its filters, and one story's page (the hot path).
import { Hono } from 'hono';
import type { ReportIndex, StorySummary } from '../../../view/index.js';
import { type ApiContext, page, sameText } from './context.js';

export function storyRoutes({ cache }: ApiContext): Hono {
  const api = new Hono();

  api.get('/stories', async (c) => {
    // The story list answers from the stored summary while the index is still loading.
    const index = cache.ready();
    const q = c.req.query();
    const { limit, offset } = page(c);
    const summaries = index ? index.storySummaries() : ((await cache.storedSummary())?.stories ?? []);
    const matching = summaries.filter((s) => storyMatches(s, q));
    const sorted = q.sort === 'size' ? [...matching].sort(bySize) : [...matching].sort(byRecency);
    return c.json({ total: matching.length, stories: sorted.slice(offset, offset + limit), pending: index ? cache.pending : true });
  });

  // Story pages are the hot path: their JSON is serialised once per analysis.
  const storyJson = new WeakMap<ReportIndex, Map<string, string>>();
  api.get('/stories/:id', async (c) => {
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

  return api;
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
