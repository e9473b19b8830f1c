/** GET /api/documents (paged, newest first) and /api/documents/:id with its events. */
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import { zod, type Routes } from '../_context.ts';
import { idParams, pageQuery } from '../_schemas.ts';

/** Every event of one document (a document has at most a few hundred). */
const DOC_EVENTS = 10_000;

export const documentRoutes: Routes = (app, ctx) => {
  const r = zod(app);
  r.get('/api/documents', {
    schema: {
      tags: ['documents'], summary: 'Stored documents, newest first',
      querystring: z.object({ ...pageQuery, q: z.string().min(1).max(200).optional().describe('search in title and id') }),
    },
  }, async (req) => {
    const { limit, offset, q } = req.query;
    const page = await ctx.queries.listDocuments({ limit, offset, ...(q ? { q } : {}) });
    return { total: page.total, limit, offset, documents: page.documents };
  });

  r.get('/api/documents/:id', {
    schema: { tags: ['documents'], summary: 'One document with its events', params: idParams },
  }, async (req) => {
    const document = await ctx.queries.getDocument(req.params.id);
    if (!document) throw new NotFoundError(`no document with id ${JSON.stringify(req.params.id)}`, { where: { field: 'id' } });
    const events = await ctx.store.queryEvents({ doc: req.params.id }, { limit: DOC_EVENTS });
    return { document, events };
  });
};
