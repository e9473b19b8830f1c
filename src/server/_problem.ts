/**
 * Errors as RFC 9457 problem details (application/problem+json): the project's error hierarchy, request
 * validation (zod), Fastify's own errors (body too large, bad JSON, unsupported media type) and rate limits
 * all come out in one shape: {type, title, status, detail, instance, errors?}.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isMultivectorError, type MultivectorError } from '../errors.ts';

export const PROBLEM_TYPE = 'application/problem+json';

export interface ProblemItem {
  /** Where: "query.from", "body.changes.actor.0", "line 3"… */
  field?: string;
  line?: number;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemItem[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed',
  406: 'Not acceptable', 421: 'Misdirected request', 413: 'Payload too large', 415: 'Unsupported media type', 429: 'Too many requests',
  500: 'Internal server error', 503: 'Service unavailable',
};

const SLUGS: Record<number, string> = {
  400: 'bad-request', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 413: 'payload-too-large',
  415: 'unsupported-media-type', 429: 'rate-limited', 500: 'internal',
};

/** A problem type URI: stable, documented in the OpenAPI document's description. */
export const problemType = (slug: string) => `urn:multivector:problem:${slug}`;

export function problem(status: number, detail: string, instance: string, o: { slug?: string; title?: string; errors?: ProblemItem[] } = {}): Problem {
  return {
    type: problemType(o.slug ?? SLUGS[status] ?? 'error'),
    title: o.title ?? TITLES[status] ?? 'Error',
    status, detail, instance,
    ...(o.errors?.length ? { errors: o.errors } : {}),
  };
}

/** Query parameters whose value is a secret (a token someone put in a URL): never echoed, never logged. */
const SECRET_PARAM = /token|secret|passw|auth|bearer|api[-_]?key|^key$|session|credential|^sig/i;

/** The URL with the values of secret-looking query parameters replaced by REDACTED. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const pairs = url.slice(q + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const raw = eq < 0 ? pair : pair.slice(0, eq);
    let name = raw;
    try {
      name = decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch { /* a malformed escape: test the raw name */ }
    return eq >= 0 && SECRET_PARAM.test(name) ? `${raw}=REDACTED` : pair;
  });
  return `${url.slice(0, q)}?${pairs.join('&')}`;
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type(PROBLEM_TYPE).send(JSON.stringify({ ...p, instance: redactUrl(p.instance) }));
}

/** "/query/from" + context "querystring" -> "query.from". */
function fieldOf(context: string | undefined, path: string): string {
  const where = context === 'querystring' ? 'query' : context ?? 'request';
  const rest = path.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return rest ? `${where}.${rest}` : where;
}

function fromMultivector(e: MultivectorError, instance: string): Problem {
  const { file, line, field } = e.where;
  const item: ProblemItem = { message: e.message };
  if (field) item.field = field;
  if (line !== undefined) item.line = line;
  const slug = e.name === 'InputError' ? 'invalid-input' : e.name === 'NotFoundError' ? 'not-found'
    : e.name === 'AuthError' ? 'unauthorized' : e.name === 'StoreError' ? 'store' : 'error';
  // Store failures are the server's problem: the detail names them without the SQL they carry.
  const detail = e.name === 'StoreError' ? `the database failed: ${e.message.split('\n')[0]}` : e.describe();
  return problem(e.status, detail, instance, { slug, errors: file || line !== undefined || field ? [item] : [] });
}

/** The one error handler of the app. `log` gets unexpected errors (5xx). */
export function errorHandler(log: (e: unknown, req: FastifyRequest) => void) {
  return (err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const instance = req.url;
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = (err as { validationContext?: string }).validationContext;
      const errors = err.validation.map((v) => ({ field: fieldOf(context, v.instancePath), message: v.message ?? 'invalid' }));
      const detail = errors.map((x) => `${x.field}: ${x.message}`).join('; ');
      return sendProblem(reply, problem(400, detail, instance, { slug: 'validation', title: 'Invalid request', errors }));
    }
    if (isMultivectorError(err)) {
      if (err.status >= 500) log(err, req);
      return sendProblem(reply, fromMultivector(err, instance));
    }
    const status = (err as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Fastify's and the plugins' own client errors (bad JSON, body too large, media type, rate limit).
      return sendProblem(reply, problem(status, err.message || TITLES[status] || 'bad request', instance));
    }
    log(err, req);
    return sendProblem(reply, problem(500, 'unexpected server error; it has been logged', instance));
  };
}
