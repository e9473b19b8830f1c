/** GET /api/health: is the server up, and what does the store hold. */
import { z } from 'zod';
import { zod, type Routes } from '../_context.ts';

export const VERSION = '0.1.0';

/** The cache key of the store's size (other keys name their route, as `entities:`). */
const STORE_SIZE_KEY = 'health:store-size';

export const healthRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/health', {
    schema: { tags: ['meta'], summary: 'Liveness and store size', querystring: z.object({}) },
  }, async () => {
    // The store's size is counted once per write, kept with the measures' results (every write clears them): a
    // health check during a long ingest then answers without waiting for a database connection or a core of its
    // own for the two counts, which under load made most of its slow answers.
    const size = JSON.parse((await ctx.cache.get(STORE_SIZE_KEY, async () => {
      const [events, docs] = await Promise.all([ctx.store.countEvents({}), ctx.queries.listDocuments({ limit: 0, offset: 0 })]);
      return { events, documents: docs.total };
    })).toString()) as { events: number; documents: number };
    return {
      status: 'ok', version: VERSION, engine: ctx.store.engine, events: size.events, documents: size.documents,
      cache: { entries: ctx.cache.size, hits: ctx.cache.hits, misses: ctx.cache.misses },
      // Ingest requests being coded and waiting for a worker (503 once the queue is full).
      coding: ctx.coding.load,
      // Ingest requests coding, storing and answering now.
      ingest: { ...ctx.ingestSteps },
    };
  });
};
