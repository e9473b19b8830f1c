/** GET /api/stats: what the database holds, as `multivector stats` prints it (counts by origin, type, year; size). */
import { z } from 'zod';
import { zod, type Routes } from '../_context.ts';

export const statsRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/stats', {
    schema: { tags: ['meta'], summary: 'Counts by origin, event type and year; database size', querystring: z.object({}) },
  }, async () => ctx.store.stats());
};
