/** GET /api/sources: the followed sources' status and the latest alerts (what `multivector sources` prints). */
import { z } from 'zod';
import { zod, type Routes } from '../_context.ts';

export const sourcesRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/sources', {
    schema: {
      tags: ['meta'], summary: 'Followed sources (last poll, last success, items and events added, last error) and the latest alerts',
      querystring: z.object({ alerts: z.coerce.number().int().min(0).max(1000).default(20).describe('how many of the latest alerts') }),
    },
  }, async (req) => ({
    // With --watch, every configured source (never polled ones too); else what the store remembers.
    watching: ctx.watcher !== null,
    sources: ctx.watcher ? ctx.watcher.status() : await ctx.store.sourceStatus(),
    alerts: await ctx.store.alerts(req.query.alerts),
  }));
};
