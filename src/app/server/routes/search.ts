// Full-text search over every stored article.
import { Hono } from 'hono';
import { articleLabel, dateText } from '../../../view/index.js';
import type { ApiContext } from './context.js';
import { page } from './params.js';

export function searchRoutes({ cache, store, search }: ApiContext): Hono {
  const api = new Hono();

  api.get('/search', async (c) => {
    // Control characters mean nothing in a query, and PostgreSQL text cannot hold NUL at all.
    const q = (c.req.query('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    if (!q) return c.json({ error: 'missing query parameter q' }, 400);
    if (q.length > 500) return c.json({ error: 'query longer than 500 characters' }, 400);
    const { limit } = page(c);
    await search.ready();
    const [index, hits] = await Promise.all([cache.get(), store.search(q, limit)]);
    const results = hits.map((h) => {
      const meta = index.articles.get(h.id);
      const story = index.storyOfArticle.get(h.id) ?? null;
      return {
        id: h.id,
        headline: h.headline,
        label: meta ? articleLabel(meta) : h.id,
        published: meta?.published ?? null,
        when: meta ? dateText(meta) : 'undated',
        story,
        storyTitle: story ? (index.stories.get(story)?.title ?? null) : null,
        rank: Number(h.rank),
        snippet: h.snippet,
      };
    });
    return c.json({ query: q, results });
  });

  return api;
}
