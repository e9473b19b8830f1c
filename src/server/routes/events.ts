/**
 * GET /api/events (filters, text search, paging, sorting), GET /api/events/:id (with its review log) and
 * POST /api/events/:id/review (confirm, reject or edit; token needed). A review clears the measure cache, so
 * the next measure reflects it.
 */
import { NotFoundError } from '../../errors.ts';
import { zod, type Routes } from '../_context.ts';
import { eventsQuery, idParams, reviewBody, toEventFilter } from '../_schemas.ts';
import { DEFAULT_WHO } from '../_auth.ts';
import type { EventChanges } from '../../store/queries.ts';

export const eventRoutes: Routes = (app, ctx) => {
  const r = zod(app);
  r.get('/api/events', {
    schema: { tags: ['events'], summary: 'Search stored events', querystring: eventsQuery },
  }, async (req) => {
    const { limit, offset, sort } = req.query;
    const page = await ctx.queries.searchEvents(toEventFilter(req.query), { limit, offset, sort });
    return { total: page.total, limit, offset, sort, events: page.events };
  });

  r.get('/api/events/:id', {
    schema: { tags: ['events'], summary: 'One event with its review log', params: idParams },
  }, async (req) => {
    const event = await ctx.store.getEvent(req.params.id);
    if (!event) throw new NotFoundError(`no event with id ${JSON.stringify(req.params.id)}`, { where: { field: 'id' } });
    return { event, review_log: await ctx.store.reviewLog(req.params.id) };
  });

  r.post('/api/events/:id/review', {
    schema: {
      tags: ['events', 'write'], summary: 'Confirm, reject or edit an event (bearer token)',
      params: idParams, body: reviewBody, security: [{ bearer: [] }],
    },
    config: { rateLimit: ctx.writeLimit },
  }, async (req) => {
    const { action, changes, note } = req.body;
    const clean = changes ? Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as EventChanges : undefined;
    const result = await ctx.queries.review(req.params.id, {
      action, who: req.who ?? DEFAULT_WHO, ...(clean ? { changes: clean } : {}), ...(note ? { note } : {}),
    });
    ctx.cache.clear();
    return result;
  });
};
