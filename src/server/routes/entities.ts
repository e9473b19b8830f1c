/** GET /api/entities: the codes events use (countries, organisations, generic actors), with names. */
import { z } from 'zod';
import { zod, type Routes } from '../_context.ts';

export const entityRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/entities', {
    schema: {
      tags: ['reference'], summary: 'Entity codes and names',
      querystring: z.object({ kind: z.string().min(1).max(40).optional().describe('only entities of this kind') }),
    },
  }, async (req, reply) => {
    const json = await ctx.cache.get(`entities:${req.query.kind ?? ''}`, async () => {
      const all = await ctx.store.entities();
      const entities = req.query.kind ? all.filter((e) => e.kind === req.query.kind) : all;
      return { total: entities.length, entities };
    });
    return reply.type('application/json').send(json);
  });
};
