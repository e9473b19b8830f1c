/**
 * The OpenAPI document's contract beyond the zod schemas: every operation gets an operationId, its security
 * (the bearer token on exactly the routes `guardWrites` guards, none elsewhere) and the problem+json error
 * responses it can give, and its success response: the JSON Schema of its type in _responses.ts (generated into
 * _responses.schema.json by `npm run openapi:types`), or the media types of a download. Derived from the routes,
 * so a new route is documented the same way without asking.
 */
import { readFileSync } from 'node:fs';
import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { needsToken } from './_auth.ts';
import { PROBLEM_TYPE, problemType } from './_problem.ts';
import { VERSION } from './routes/health.ts';

/** Downloads: the body is the file itself, in one of these media types. */
export const DOWNLOADS = {
  'GET /api/export': ['text/csv', 'application/x-ndjson', 'application/vnd.apache.parquet'],
  'GET /api/brief': ['text/markdown', 'text/html', 'application/pdf'],
} as const;

/** "METHOD /path" (Fastify's path, `:id`) -> the name of its success type in _responses.ts. */
export const RESPONSES: Record<string, string> = {
  'GET /api/health': 'HealthResponse',
  'GET /api/entities': 'EntitiesResponse',
  'GET /api/documents': 'DocumentsPage',
  'GET /api/documents/:id': 'DocumentResponse',
  'GET /api/events': 'EventsPage',
  'GET /api/events/:id': 'EventResponse',
  'POST /api/events/:id/review': 'ReviewResponse',
  'GET /api/happenings': 'HappeningsPage',
  'GET /api/happenings/:id': 'HappeningResponse',
  'POST /api/ingest': 'IngestResponse',
  'POST /api/import/:dataset': 'ImportResponse',
  'GET /api/stats': 'StatsResponse',
  'GET /api/sources': 'SourcesResponse',
  'GET /api/brief/data': 'BriefDataResponse',
  ...Object.fromEntries(['balance', 'partners', 'visits', 'dyad', 'deals', 'brokerage', 'convening', 'headline', 'compare'].flatMap((m) => {
    const type = `${m[0]!.toUpperCase()}${m.slice(1)}Response`;
    return [[`GET /api/measures/${m}`, type], [`POST /api/measures/${m}`, type]];
  })),
};

type Transform = NonNullable<FastifyDynamicSwaggerOptions['transform']>;
type TransformObject = NonNullable<FastifyDynamicSwaggerOptions['transformObject']>;
type Json = Record<string, any>;

/** "GET", "/api/events/:id/review" -> "getEventsByIdReview": unique per method and path, stable as routes are. */
export function operationId(method: string, url: string): string {
  const words = url.replace(/^\/api\//, '').split('/').filter(Boolean)
    .map((seg) => (seg.startsWith(':') || seg.startsWith('{') ? `by-${seg.replace(/[:{}]/g, '')}` : seg))
    .flatMap((seg) => seg.split(/[^A-Za-z0-9]+/)).filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/** Per route: the zod schemas as JSON Schema, plus operationId and security (which need the route's config). */
export const transform: Transform = (input) => {
  const out = jsonSchemaTransform(input as Parameters<typeof jsonSchemaTransform>[0]) as { schema: Json; url: string };
  const method = Array.isArray(input.route.method) ? input.route.method[0]! : input.route.method;
  const { security: _declared, ...schema } = out.schema;
  const raw = (input.route.config as { rawBody?: string } | undefined)?.rawBody;
  return {
    ...out,
    schema: {
      ...schema,
      // A body the handler streams itself: documented as a file, not validated as JSON.
      ...(raw ? { body: { type: 'string', format: 'binary' }, consumes: [raw] } : {}),
      operationId: operationId(method, input.route.url),
      // An empty list says "public" explicitly (an absent one would mean "not documented").
      security: needsToken(input.route) ? [{ bearer: [] }] : [],
    },
  };
};

/** The error responses, shared by reference. */
const ERRORS: Record<string, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'Invalid parameters or body; `errors` lists each field' },
  401: { name: 'Unauthorized', description: 'No bearer token (checked before the body is read)' },
  403: { name: 'Forbidden', description: 'The bearer token is not valid for this server' },
  404: { name: 'NotFound', description: 'No such resource (document, event, dataset)' },
  413: { name: 'PayloadTooLarge', description: 'The body is larger than the server accepts' },
  415: { name: 'UnsupportedMediaType', description: 'The body\'s content type is not one this operation reads' },
  429: { name: 'TooManyRequests', description: 'Rate limit reached; retry later' },
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description: `RFC 9457 problem details; type is ${problemType('<slug>')}`,
  required: ['type', 'title', 'status', 'detail', 'instance'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object', required: ['message'],
        properties: { field: { type: 'string' }, line: { type: 'integer' }, message: { type: 'string' } },
      },
    },
    more_errors: { type: 'integer', description: 'errors left out of the list' },
  },
};

/** The statuses an operation can answer with besides success, from what it takes. */
function errorStatuses(op: Json): string[] {
  const secured = Array.isArray(op.security) && op.security.length > 0;
  const hasPathParam = (op.parameters ?? []).some((p: Json) => p.in === 'path');
  return [
    '400',
    ...(secured ? ['401', '403'] : []),
    ...(hasPathParam ? ['404'] : []),
    ...(op.requestBody ? ['413', '415'] : []),
    '429',
  ];
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** The success types' schemas, by component name (see scripts/_response-schemas.ts); read when the document is built. */
const responseSchemas = () => JSON.parse(readFileSync(new URL('./_responses.schema.json', import.meta.url), 'utf8')) as Record<string, Json>;

/** The success response of "METHOD /api/path/{id}": a schema of _responses.ts, or the file types of a download. */
function successResponse(schemas: Record<string, Json>, method: string, path: string, summary: string | undefined): Json | null {
  const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
  const download = (DOWNLOADS as Record<string, readonly string[]>)[key];
  if (download) {
    return {
      description: 'The file, as an attachment (content-disposition names it)',
      content: Object.fromEntries(download.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    };
  }
  const name = RESPONSES[key];
  if (!name) return null;
  if (!schemas[name]) throw new Error(`no schema for ${name} (${key}): run npm run openapi:types`);
  return { description: summary ?? 'Success', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } };
}

/** The whole document: servers, license, the problem schema and every operation's success and error responses. */
export const transformObject: TransformObject = (input) => {
  const doc = structuredClone(('openapiObject' in input ? input.openapiObject : input.swaggerObject) as Json);
  doc.servers = [{ url: '/', description: 'this server (the API is under /api)' }];
  doc.components ??= {};
  const schemas = responseSchemas();
  doc.components.schemas = { ...doc.components.schemas, ...schemas, Problem: PROBLEM_SCHEMA };
  doc.components.responses = Object.fromEntries(Object.values(ERRORS).map(({ name, description }) => [name, {
    description, content: { [PROBLEM_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  }]));
  for (const [path, ops] of Object.entries<Json>(doc.paths ?? {})) {
    for (const [method, op] of Object.entries<Json>(ops)) {
      if (!METHODS.has(method)) continue;
      const ok = successResponse(schemas, method, path, op.summary);
      if (ok) op.responses = { ...op.responses, 200: ok };
      for (const status of errorStatuses(op)) op.responses[status] ??= { $ref: `#/components/responses/${ERRORS[status]!.name}` };
    }
  }
  return doc;
};

export const INFO = {
  title: 'multivector API', version: VERSION,
  license: { name: 'MIT', identifier: 'MIT' },
  description: 'Diplomatic events coded from news (PLOVER), their measures, review and briefs. Errors are ' +
    `application/problem+json with type ${problemType('<slug>')}. Writes need "Authorization: Bearer <token>".`,
};
