/**
 * GET /api/brief/data?focal&partner&from&to&by: what a brief says, as JSON (BriefData): `multivector brief` renders
 * it itself through a running `serve`, so every format (Markdown with its .svg charts, HTML, PDF) comes out as
 * when it reads the database file.
 */
import { gatherBrief } from '../../brief/_data.ts';
import { zod, type Routes } from '../_context.ts';
import { briefQuery } from '../_schemas.ts';

export const briefDataRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/brief/data', {
    schema: { tags: ['measures'], summary: 'The contents of a brief as JSON (for rendering it elsewhere)', querystring: briefQuery.omit({ format: true }) },
  }, async (req) => {
    const { focal, partner, from, to, by } = req.query;
    return gatherBrief(ctx.store, { focal, partner, from, to, by });
  });
};
