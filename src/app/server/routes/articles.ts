// Articles: the filtered list, and one article with everything the analysis found in it.
import { Hono } from 'hono';
import { articleLabel, articleSummary, articleView } from '../../../view/index.js';
import { type ApiContext, sameText } from './context.js';
import { oneOf, page } from './params.js';

export function articleRoutes({ cache, store }: ApiContext): Hono {
  const api = new Hono();

  api.get('/articles', async (c) => {
    const { story, outlet } = c.req.query();
    const unassigned = oneOf(c, 'unassigned', ['true', 'false'] as const);
    const { limit, offset } = page(c);
    // Which articles are in no story is known once the index has loaded: the story list, which
    // asks for them beside the stories, is not held up meanwhile.
    if (unassigned === 'true' && !cache.ready()) return c.json({ total: 0, articles: [], pending: true });
    const index = await cache.get();
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

  api.get('/articles/:id', async (c) => {
    const index = await cache.get();
    const id = c.req.param('id');
    if (!index.articles.has(id)) {
      // Stored by an upload whose analysis has not finished: say so, rather than 'no such article'.
      if (cache.pending && (await store.articles([id], { original: false })).length) return c.json({ error: 'article not analysed yet: try again shortly', pending: true }, 404);
      return c.json({ error: 'no such article' }, 404);
    }
    const [extraction] = await store.extractions([id]);
    return c.json(articleView(index, id, extraction ?? null));
  });

  return api;
}
