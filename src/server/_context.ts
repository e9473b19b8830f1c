/**
 * What every route file gets: the store and its API queries, the result cache, the coding pool and the PDF
 * renderer, and the per-route rate limits. Write routes (POST,
 * PUT, PATCH, DELETE under /api) need the token without asking: see `guardWrites`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { PdfRenderer } from '../brief/_pdf.ts';
import type { CoderPool } from '../ingest/coder-pool.ts';
import type { ServerQueries } from '../store/queries.ts';
import type { Store } from '../store/store.ts';
import type { ResultCache } from './_cache.ts';
import type { Watcher } from '../watch/index.ts';

/** Ingest requests in each of their steps now (what /api/health reports; the bench times health checks per step). */
export interface IngestSteps {
  /** Coded by the workers, or waiting for one. */
  coding: number;
  /** Stored (one transaction on this thread). */
  storing: number;
  /** Read back and sent, until the answer's last byte went out. */
  answering: number;
}

export interface RouteContext {
  store: Store;
  queries: ServerQueries;
  cache: ResultCache;
  /** Codes documents in worker threads, off the event loop (bounded queue, time budget per request). */
  coding: CoderPool;
  /** The one shared browser for PDF briefs (bounded concurrency and queue). */
  pdf: PdfRenderer;
  /** Largest dataset file POST /api/import takes, bytes. */
  importLimit: number;
  /** Rate limit of write routes, per client. */
  writeLimit: { max: number; timeWindow: number };
  /** Rate limit of briefs (every format), per client: stricter than reads. */
  briefLimit: { max: number; timeWindow: number };
  ingestSteps: IngestSteps;
  /** The poller of `serve --watch`, or null. */
  watcher: Watcher | null;
}

/** A route file: registers its routes on the app (under /api). */
export type Routes = (app: FastifyInstance, ctx: RouteContext) => void;

export const zod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
