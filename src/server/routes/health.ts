/** GET /api/health: is the server up, and what does the store hold. */
import { z } from 'zod';
import { zod, type Routes } from '../_context.ts';

export const VERSION = '0.1.0';

export const healthRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/health', {
    schema: { tags: ['meta'], summary: 'Liveness and store size', querystring: z.object({}) },
  }, async () => {
    const [events, docs] = await Promise.all([ctx.store.countEvents({}), ctx.queries.listDocuments({ limit: 0, offset: 0 })]);
    return {
      status: 'ok', version: VERSION, engine: ctx.store.engine, events, documents: docs.total,
      cache: { entries: ctx.cache.size, hits: ctx.cache.hits, misses: ctx.cache.misses },
      // Ingest requests being coded and waiting for a worker (503 once the queue is full).
      coding: ctx.coding.load,
    };
  });
};
