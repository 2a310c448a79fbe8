// The JSON API as one sub-app, composed of one module per kind of resource.
import { Hono } from 'hono';
import { openApiDocument } from '../openapi.js';
import { articleRoutes } from './articles.js';
import type { ApiContext } from './context.js';
import { ingestRoutes, type IngestLimits } from './ingest.js';
import { searchRoutes } from './search.js';
import { statementRoutes } from './statements.js';
import { storyRoutes } from './stories.js';

export { type ApiContext, SearchFreshness } from './context.js';

export function apiRoutes(ctx: ApiContext, limits: IngestLimits): Hono {
  const api = new Hono();
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  api.get('/health', async (c) => {
    // The stored summary answers while the index is still loading.
    const index = ctx.cache.ready();
    if (index) return c.json({ articles: index.articles.size, stories: index.stories.size, pending: ctx.cache.pending });
    const summary = await ctx.cache.storedSummary();
    return c.json({ articles: summary?.articles ?? 0, stories: summary?.stories.length ?? 0, pending: true });
  });
  api.route('/', storyRoutes(ctx));
  api.route('/', articleRoutes(ctx));
  api.route('/', statementRoutes(ctx));
  api.route('/', searchRoutes(ctx));
  api.route('/', ingestRoutes(ctx, limits));
  return api;
}
