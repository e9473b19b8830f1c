/**
 * GET /api/happenings (the happenings whose representative report matches the filters, with their reports) and
 * GET /api/happenings/:id. See src/store/happenings.ts for the clustering rule.
 */
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import { zod, type Routes } from '../_context.ts';
import { eventFilterQuery, idParams, pageQuery, toEventFilter } from '../_schemas.ts';

const happeningsQuery = eventFilterQuery.omit({ q: true }).extend({
  ...pageQuery,
  min_reports: z.coerce.number().int().min(1).max(1_000_000).default(1).describe('only happenings with at least this many reports'),
  sort: z.enum(['-date', 'reports']).default('-date').describe('-date (newest first) or reports (most reported first)'),
});

export const happeningRoutes: Routes = (app, ctx) => {
  const r = zod(app);
  r.get('/api/happenings', {
    schema: { tags: ['events'], summary: 'Happenings: events reporting the same happening, clustered, with their reports', querystring: happeningsQuery },
  }, async (req) => {
    const { limit, offset, sort, min_reports } = req.query;
    const page = await ctx.store.queryHappenings({ ...toEventFilter(req.query), minReports: min_reports }, { limit, offset, sort });
    return { total: page.total, limit, offset, sort, happenings: page.happenings };
  });

  r.get('/api/happenings/:id', {
    schema: { tags: ['events'], summary: 'One happening with its reports', params: idParams },
  }, async (req) => {
    const happening = await ctx.store.getHappening(req.params.id);
    if (!happening) throw new NotFoundError(`no happening with id ${JSON.stringify(req.params.id)}`, { where: { field: 'id' } });
    return { happening };
  });
};
