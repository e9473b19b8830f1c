/**
 * POST /api/import/{dataset}?strict&name (bearer token): a dataset file (GDELT, ICEWS, PLOVER; plain or zipped)
 * as the raw body, imported as `multivector import` does (the same importer): this is how `import` works
 * while `serve` holds the database. The body is streamed to a private temporary file (never held in memory),
 * bounded by the import limit, and removed whatever happens.
 */
import { createWriteStream, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { InputError, isMultivectorError, MultivectorError } from '../../errors.ts';
import { DATASETS, importFile } from '../../import/index.ts';
import { zod, type Routes } from '../_context.ts';
import { scratchDir } from '../../scratch.ts';

/** Larger than the limit: the rest of the body is not read. */
class TooLarge extends MultivectorError {
  override readonly name: string = 'PayloadTooLarge';
  override readonly exitCode: number = 2;
  override readonly status: number = 413;
}

function limitBytes(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > max) done(new TooLarge(`the file is larger than the server's import limit (${max} bytes)`));
      else done(null, chunk);
    },
  });
}

/**
 * The body into `file`, at most `max` bytes. Piped, not pipeline()d: over the limit the request is left alone
 * (the answer closes the connection) instead of destroyed under the reply.
 */
async function saveBody(raw: IncomingMessage, file: string, max: number): Promise<void> {
  const limiter = limitBytes(max);
  const fail = (e?: Error) => limiter.destroy(e ?? new InputError('the upload was cut short'));
  raw.once('error', fail).once('aborted', fail);
  raw.pipe(limiter);
  try {
    await pipeline(limiter, createWriteStream(file, { mode: 0o600 }));
  } finally {
    raw.unpipe(limiter);
    raw.off('error', fail).off('aborted', fail);
  }
}

export const importRoutes: Routes = (app, ctx) => {
  void app.register(async (scope) => {
    // Here only: any body is a file, left unread until the handler streams it (after the token was checked).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null, undefined));
    zod(scope).post('/api/import/:dataset', {
      schema: {
        tags: ['write'], summary: 'Import a dataset file: GDELT 1.0/2.0 export, ICEWS .tab, PLOVER/POLECAT JSON(L); plain or zipped (bearer token)',
        params: z.object({ dataset: z.enum(DATASETS) }),
        querystring: z.object({
          strict: z.enum(['true', 'false']).optional().describe('true: stop at the first malformed row (nothing from the file is stored)'),
          name: z.string().min(1).max(200).optional().describe('the file\'s name, for the answer and its messages'),
        }),
      },
      config: { rateLimit: ctx.writeLimit, rawBody: 'application/octet-stream' },
    }, async (req, reply) => {
      const name = req.query.name ?? 'upload';
      const dir = scratchDir('import');
      const file = join(dir, 'upload');
      try {
        await saveBody(req.raw, file, ctx.importLimit);
        const r = await importFile(ctx.store, req.params.dataset, file, { strict: req.query.strict === 'true' });
        if (r.added) ctx.cache.clear();
        // Messages name the file as the caller knows it (`name`, `name/entry` in a zip), not the temporary copy.
        const named = (s: string) => s.split(file).join(name);
        return {
          ...r, file: name,
          problems: r.problems.map((p) => ({ ...p, ...(p.file === undefined ? {} : { file: named(p.file) }), reason: named(p.reason) })),
          skipped: r.skipped.map((x) => ({ file: named(x.file), reason: named(x.reason) })),
        };
      } catch (e) {
        // The rest of an oversized body is not read: the connection ends with the answer.
        if (e instanceof TooLarge) reply.header('connection', 'close');
        if (isMultivectorError(e) && e.where.file === file) e.where.file = name;
        throw e;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
};
