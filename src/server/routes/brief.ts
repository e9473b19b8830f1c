/**
 * GET /api/brief?focal&partner&from&to&by&format=md|html|pdf: the two-page brief as a download. Briefs have their
 * own, stricter rate limit; PDFs are printed by the server's one shared browser (503 when its queue is full).
 */
import { buildBrief, MIME } from '../../brief/index.ts';
import { zod, type Routes } from '../_context.ts';
import { briefQuery } from '../_schemas.ts';

export const briefRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/brief', {
    schema: { tags: ['measures'], summary: 'A two-page brief on a focal country (md, html or pdf download)', querystring: briefQuery },
    config: { rateLimit: ctx.briefLimit },
  }, async (req, reply) => {
    const { format, focal, partner, from, to, by } = req.query;
    const { body, name } = await buildBrief(ctx.store, { focal, partner, from, to, by }, format, (html) => ctx.pdf.render(html));
    return reply.type(MIME[format])
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(body);
  });
};
