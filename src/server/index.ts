/**
 * The HTTP edge: a Fastify app over one Store. JSON under /api (validated by zod schemas that are also the
 * OpenAPI document at /api/openapi.json), errors as problem+json, writes behind a bearer token checked before
 * the body is read, security headers, a Host allow-list (DNS rebinding), no CORS unless asked for, body and
 * rate limits, and the dashboard's static files at `/`.
 */
import { inspect } from 'node:util';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { PdfRenderer, type PdfOptions } from '../brief/_pdf.ts';
import { CoderPool, type CoderPoolOptions } from '../ingest/coder-pool.ts';
import type { Store } from '../store/store.ts';
import { guardWrites, type Token, DEFAULT_WHO } from './_auth.ts';
import { ResultCache } from './_cache.ts';
import type { RouteContext } from './_context.ts';
import { corsHook } from './_cors.ts';
import { hostGuard } from './_hosts.ts';
import { INFO, transform, transformObject } from './_openapi.ts';
import { clientErrorHandler, errorHandler, problem, redactUrl, sendProblem } from './_problem.ts';
import { DEFAULT_WEB_ROOT, registerStatic } from './_static.ts';
import { briefRoutes } from './routes/brief.ts';
import { briefDataRoutes } from './routes/brief-data.ts';
import { documentRoutes } from './routes/documents.ts';
import { entityRoutes } from './routes/entities.ts';
import { eventRoutes } from './routes/events.ts';
import { happeningRoutes } from './routes/happenings.ts';
import { exportRoutes } from './routes/export.ts';
import { healthRoutes } from './routes/health.ts';
import { ingestRoutes, NDJSON_TYPES } from './routes/ingest.ts';
import { importRoutes } from './routes/import.ts';
import { measureRoutes } from './routes/measures.ts';
import { statsRoutes } from './routes/stats.ts';
import { sourcesRoutes } from './routes/sources.ts';
import { Watcher, type FetchLimits, type SourcesFile, type WatchEvent } from '../watch/index.ts';
import { engineProbe, MemoryLog, type MemoryLogTarget } from '../memory-log.ts';

export { resolveTokens, parseTokens, type Token } from './_auth.ts';
export { parseAllowedHosts } from './_hosts.ts';

export interface RateLimits {
  /** Reads per client and window from loopback (the dashboard on this machine): generous. */
  readLoopback: number;
  /** Reads per client and window from elsewhere. */
  readRemote: number;
  /** Writes (review, ingest) per client and window. */
  write: number;
  /** Briefs (any format; a PDF costs a browser page) per client and window, from anywhere. */
  brief: number;
  /** Window, ms. */
  timeWindow: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { readLoopback: 1_000_000, readRemote: 1200, write: 120, brief: 20, timeWindow: 60_000 };

export interface ServerOptions {
  store: Store;
  /** The write token: a bare token (the review log says "analyst"), or named tokens. */
  token: string | Token[];
  /** Allowed cross-origin caller (e.g. http://localhost:5173 for Vite's dev server); none by default. */
  cors?: string | null;
  /** The dashboard's built files (default web/dist). */
  webRoot?: string;
  /** Largest request body, bytes (default 5 MB). */
  bodyLimit?: number;
  rateLimit?: Partial<RateLimits>;
  /** Largest dataset file POST /api/import takes (default 2 GiB; streamed to disk, not held in memory). */
  importLimit?: number;
  /** Entries of the measure result cache (0 = no cache). */
  cacheSize?: number;
  /** Extra lexicon files for the coder (its worker threads build the coder with them). */
  lexicons?: string[];
  /**
   * The coding pool of ingest requests and the poller's reads: its options (worker threads, queue, time budget per
   * request; `lexicons` above), or a pool of the caller's (which then keeps its own lexicons). Closed with the server.
   */
  coding?: Omit<CoderPoolOptions, 'lexicons'> | CoderPool;
  /** PDF briefs: pages printed at once and the queue (and another Chromium binary). */
  pdf?: PdfOptions;
  /** The address or name the server listens on: allowed in the Host header (besides the loopback names). */
  host?: string;
  /** More names allowed in the Host header (DNS rebinding guard); "*" allows any. */
  allowedHosts?: string[];
  /** Fastify's logger (pino); off by default. Unexpected errors go to stderr either way. */
  logger?: boolean;
  /** `serve --watch`: follow these sources while the server runs (started when it is ready, stopped when it closes). */
  watch?: { sources: SourcesFile; limits?: Partial<FetchLimits>; onEvent?: (e: WatchEvent) => void } | null;
  /**
   * The memory log (MULTIVECTOR_MEMORY_LOG, see ../memory-log.ts): a record when the server is ready, every `everyMs`
   * and when it closes, of the process's memory and of the poller, the result cache, the coding threads and the engine.
   */
  memoryLog?: { target: MemoryLogTarget; everyMs: number } | null;
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
export const isLoopback = (ip: string) => LOOPBACK.test(ip);

export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  const tokens: Token[] = typeof o.token === 'string' ? [{ name: DEFAULT_WHO, token: o.token }] : o.token;
  const limits = { ...DEFAULT_RATE_LIMITS, ...o.rateLimit };
  // The logger sees URLs with secret-looking query parameters (?token=…) redacted.
  const logger = o.logger ? {
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), host: req.host, remoteAddress: req.ip }),
    },
  } : false;
  const app = Fastify({
    logger, clientErrorHandler,
    // A path Fastify cannot decode (a bad percent escape such as %ED%A0%80) is a problem too, not its plain JSON.
    frameworkErrors: (err, req, reply) => sendProblem(reply, problem(400, `the URL is not valid: ${err.code === 'FST_ERR_BAD_URL' ? 'a path segment is not a valid percent-encoded UTF-8 component' : 'it cannot be routed'}`, req.url)),
    bodyLimit: o.bodyLimit ?? 5 * 1024 * 1024,
    // An id in a path (a document's is often its URL, percent-encoded) may be long: the schemas bound it, with a clear
    // error, and the request line is bounded anyway (16 KB); the router's default of 100 characters left such paths unrouted.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 16 * 1024 } });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler((e, req) => {
    if (o.logger) req.log.error(e);
    // inspect: the stack with its causes (a StoreError's cause holds the driver's message and the statement).
    else process.stderr.write(`multivector serve: ${req.method} ${redactUrl(req.url)}: ${inspect(e, { depth: 4 })}\n`);
  }));
  app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string' }, (_req, body, done) => done(null, body));

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], connectSrc: ["'self'"], imgSrc: ["'self'", 'data:', 'blob:'],
        // Inline style attributes: ECharts writes its tooltips and the briefs carry their own <style>.
        styleSrc: ["'self'", "'unsafe-inline'"], fontSrc: ["'self'", 'data:'], objectSrc: ["'none'"], baseUri: ["'self'"],
        formAction: ["'self'"], frameAncestors: ["'none'"], workerSrc: ["'self'", 'blob:'],
      },
    },
    // Plain http on loopback: HSTS would be meaningless and upgrade-insecure-requests would break the page.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', hostGuard({ allowedHosts: o.allowedHosts, host: o.host }));
  if (o.cors) app.addHook('onRequest', corsHook(o.cors));
  await app.register(fastifyRateLimit, {
    global: true,
    max: (req: FastifyRequest) => (isLoopback(req.ip) ? limits.readLoopback : limits.readRemote),
    timeWindow: limits.timeWindow,
    errorResponseBuilder: (_req, c) => ({ statusCode: 429, message: `rate limit reached: at most ${c.max} requests per ${c.after === '1 minute' ? 'minute' : c.after}; retry in ${Math.ceil(c.ttl / 1000)} s` }),
  });
  await app.register(fastifySwagger, {
    openapi: { openapi: '3.1.0', info: INFO, components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } },
    transform, transformObject,
  });
  guardWrites(app, tokens);

  const ctx: RouteContext = {
    store: o.store,
    queries: o.store.queries(),
    cache: new ResultCache(o.cacheSize ?? 500),
    coding: o.coding instanceof CoderPool ? o.coding : new CoderPool({ ...o.coding, ...(o.lexicons ? { lexicons: o.lexicons } : {}) }),
    pdf: new PdfRenderer(o.pdf),
    writeLimit: { max: limits.write, timeWindow: limits.timeWindow },
    briefLimit: { max: limits.brief, timeWindow: limits.timeWindow },
    importLimit: o.importLimit ?? 2 * 1024 ** 3,
    ingestSteps: { coding: 0, storing: 0, answering: 0 },
    watcher: null,
  };
  if (o.watch) {
    const { onEvent } = o.watch;
    ctx.watcher = new Watcher({
      // Coded by the same worker threads as ingest requests: a poll never holds the server's event loop.
      store: o.store, coder: ctx.coding, sources: o.watch.sources, ...(o.watch.limits ? { limits: o.watch.limits } : {}),
      onEvent: (e) => {
        // What the measures answered before is stale once a poll stored something.
        if (e.kind === 'poll' && e.result && (e.result.items || e.result.updated || e.result.events)) ctx.cache.clear();
        onEvent?.(e);
      },
    });
    const watcher = ctx.watcher;
    app.addHook('onReady', async () => watcher.start());
    app.addHook('onClose', async () => watcher.stop());
  }
  if (o.memoryLog) {
    const log = new MemoryLog({ ...o.memoryLog, process: 'serve' })
      .add('cache', () => ctx.cache.memoryStats())
      .add('coding', () => ctx.coding.memoryStats())
      .add('engine', () => engineProbe(o.store));
    const watcher = ctx.watcher;
    if (watcher) log.add('watcher', () => watcher.memoryStats());
    app.addHook('onReady', async () => void log.start());
    // The last record before anything closes.
    app.addHook('preClose', async () => log.stop());
  }
  // Workers and the browser go with the server (after the requests in flight have been answered).
  app.addHook('onClose', async () => {
    // The poller first: it codes with the workers.
    await ctx.watcher?.stop();
    await Promise.all([ctx.coding.close(), ctx.pdf.close()]);
  });
  for (const routes of [healthRoutes, entityRoutes, documentRoutes, eventRoutes, happeningRoutes, ingestRoutes, exportRoutes, measureRoutes, briefRoutes, briefDataRoutes, statsRoutes, importRoutes, sourcesRoutes]) {
    routes(app, ctx);
  }
  app.get('/api/openapi.json', { schema: { hide: true } }, (_req, reply) => reply.type('application/json; charset=utf-8').send(app.swagger()));
  await registerStatic(app, o.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
