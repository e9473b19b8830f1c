/**
 * What every route file gets: the store and its API queries, the result cache, the coder. Write routes (POST,
 * PUT, PATCH, DELETE under /api) need the token without asking: see `guardWrites`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Coder } from '../coder/coder.ts';
import type { ServerQueries } from '../store/duckdb/_server-queries.ts';
import type { Store } from '../store/store.ts';
import type { ResultCache } from './_cache.ts';

export interface RouteContext {
  store: Store;
  queries: ServerQueries;
  cache: ResultCache;
  /** The coder, created on first use (loading the lexicon takes a moment). */
  coder: () => Coder;
  /** Rate limit of write routes, per client. */
  writeLimit: { max: number; timeWindow: number };
}

/** A route file: registers its routes on the app (under /api). */
export type Routes = (app: FastifyInstance, ctx: RouteContext) => void;

export const zod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
