/** GET /api/export?format=csv|jsonl|parquet&<event filters>: the matching events as a download. */
import { createReadStream, rmSync } from 'node:fs';
import { join } from 'node:path';
import { zod, type Routes } from '../_context.ts';
import { exportQuery, toEventFilter } from '../_schemas.ts';
import { scratchDir } from '../../scratch.ts';

const MIME = { csv: 'text/csv; charset=utf-8', jsonl: 'application/x-ndjson; charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const;

export const exportRoutes: Routes = (app, ctx) => {
  zod(app).get('/api/export', {
    schema: { tags: ['events'], summary: 'Download matching events (csv, jsonl = the spec format, parquet)', querystring: exportQuery },
  }, async (req, reply) => {
    const { format } = req.query;
    const { q: _ignored, ...filter } = toEventFilter(req.query);
    // The engine writes the file itself (COPY); it is streamed out and removed once sent.
    const dir = scratchDir('export');
    const file = join(dir, `events.${format}`);
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    try {
      const n = await ctx.store.exportEvents(filter, format, file);
      const stream = createReadStream(file);
      stream.on('close', cleanup);
      return reply
        .type(MIME[format])
        .header('content-disposition', `attachment; filename="multivector-events.${format}"`)
        .header('x-event-count', String(n))
        .send(stream);
    } catch (e) {
      cleanup();
      throw e;
    }
  });
};
