/**
 * Errors as RFC 9457 problem details (application/problem+json): the project's error hierarchy, request
 * validation (zod), Fastify's own errors (body too large, bad JSON, unsupported media type) and rate limits
 * all come out in one shape: {type, title, status, detail, instance, errors?}.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isBusyError, isMultivectorError, type MultivectorError } from '../errors.ts';
import { splitsPair } from '../model/wellformed.ts';

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
  406: 'Not acceptable', 408: 'Request timeout', 421: 'Misdirected request', 431: 'Request header fields too large', 413: 'Payload too large', 415: 'Unsupported media type', 429: 'Too many requests',
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

/** The largest problem body, bytes: a few kilobytes whatever the request (echoed values are cut short). */
export const MAX_PROBLEM_BYTES = 4096;
const MAX_ERRORS = 20;

/** `s` cut to `n` characters (never inside a surrogate pair), saying how much was left out. */
function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  let t = s.slice(0, n);
  if (splitsPair(s, n)) t = t.slice(0, -1);
  return `${t}… (${s.length - t.length} more characters)`;
}

/** The problem as JSON, bounded: long texts cut, at most MAX_ERRORS items, at most MAX_PROBLEM_BYTES in all. */
export function boundedProblem(p: Problem): string {
  const out: Problem & { more_errors?: number } = {
    type: cut(p.type, 100), title: cut(p.title, 100), status: p.status, detail: cut(p.detail, 1000), instance: cut(redactUrl(p.instance), 300),
  };
  if (p.errors?.length) {
    out.errors = p.errors.slice(0, MAX_ERRORS).map((e) => ({
      ...(e.field !== undefined ? { field: cut(e.field, 100) } : {}), ...(e.line !== undefined ? { line: e.line } : {}), message: cut(e.message, 300),
    }));
    if (p.errors.length > MAX_ERRORS) out.more_errors = p.errors.length - MAX_ERRORS;
  }
  let json = JSON.stringify(out);
  // Escapes can make a character six bytes: drop items, then shorten the texts, until it fits.
  while (Buffer.byteLength(json) > MAX_PROBLEM_BYTES && out.errors?.length) {
    out.errors.pop();
    out.more_errors = (out.more_errors ?? 0) + 1;
    if (!out.errors.length) delete out.errors;
    json = JSON.stringify(out);
  }
  if (Buffer.byteLength(json) > MAX_PROBLEM_BYTES) {
    out.detail = cut(out.detail, 200);
    out.instance = cut(out.instance, 100);
    json = JSON.stringify(out);
  }
  return json;
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type(PROBLEM_TYPE).send(boundedProblem(p));
}

/** "/query/from" + context "querystring" -> "query.from". */
function fieldOf(context: string | undefined, path: string): string {
  const where = context === 'querystring' ? 'query' : context ?? 'request';
  const rest = path.replace(/^\//, '').split('/').filter(Boolean).join('.');
  return rest ? `${where}.${rest}` : where;
}

const SLUG_OF_ERROR: Record<string, string> = {
  InputError: 'invalid-input', NotFoundError: 'not-found', AuthError: 'unauthorized', StoreError: 'store',
  BusyError: 'busy', BudgetError: 'over-budget',
};

function fromMultivector(e: MultivectorError, instance: string): Problem {
  const { file, line, field } = e.where;
  const item: ProblemItem = { message: e.message };
  if (field) item.field = field;
  if (line !== undefined) item.line = line;
  const slug = SLUG_OF_ERROR[e.name] ?? 'error';
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
      // A full queue is expected under load, not a fault to log; the caller learns when to come back.
      if (isBusyError(err)) reply.header('retry-after', String(err.retryAfter));
      else if (err.status >= 500) log(err, req);
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

/**
 * Requests Node's HTTP parser rejects before Fastify sees them (headers over 16 KB, a malformed request line,
 * a timeout): problem+json too, on the raw socket, as Fastify's own handler does with its plain JSON.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'the request took too long to arrive']
    : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'the request line and headers are larger than 16 KB']
      : [400, 'the request is not valid HTTP'];
  const body = boundedProblem(problem(status, detail, ''));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${TITLES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Content-Type: ${PROBLEM_TYPE}; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
