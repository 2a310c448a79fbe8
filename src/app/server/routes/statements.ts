// Who said what: quotes, the groups of one statement across outlets, and the entities.
import { Hono } from 'hono';
import { entityView } from '../../../view/index.js';
import { filtersFor } from '../filters.js';
import { type ApiContext, sameText } from './context.js';
import type { EntityType } from '../../../core/types.js';
import { oneOf, page } from './params.js';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'other'];

export function statementRoutes({ cache }: ApiContext): Hono {
  const api = new Hono();

  api.get('/quotes', async (c) => {
    const { story, speaker, article } = c.req.query();
    const { limit, offset } = page(c);
    const index = await cache.get();
    const all = index.report.quotes.filter(
      (q) =>
        (!story || index.storyOfArticle.get(q.article) === story) &&
        (!speaker || (q.speaker !== null && sameText(q.speaker, speaker))) &&
        (!article || q.article === article),
    );
    return c.json({ total: all.length, quotes: all.slice(offset, offset + limit) });
  });

  api.get('/quote-groups', async (c) => {
    const index = await cache.get();
    const { story } = c.req.query();
    // Members as the view gives them: each quote as the words that are this group's statement.
    const groups = index.report.quote_groups.filter((g) => !story || g.story === story).map((g) => index.groupView(g));
    return c.json({ groups });
  });

  api.get('/entities', async (c) => {
    const q = c.req.query('q');
    const type = oneOf(c, 'type', ENTITY_TYPES);
    const { limit, offset } = page(c);
    const index = await cache.get();
    const needle = q?.toLowerCase();
    const all = index.report.entities.filter(
      (e) => (!type || e.type === type) && (!needle || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))),
    );
    return c.json({ total: all.length, entities: all.slice(offset, offset + limit) });
  });

  // One person or organisation: everything quoted from them, by any of their names.
  api.get('/entity', async (c) => {
    const name = (c.req.query('name') ?? '').trim().slice(0, 200);
    if (!name) return c.json({ error: 'missing query parameter name' }, 400);
    const index = await cache.get();
    const view = entityView(index, name);
    if (view) return c.json(view);
    const suggestions = filtersFor(index).suggest('entity', name, 5).map((s) => s.value);
    return c.json({ error: `no person or organisation named “${name}”`, suggestions }, 404);
  });

  return api;
}
