/**
 * Write access: a bearer token. MULTIVECTOR_TOKEN when set, else one generated at first start and kept
 * beside the database (`<db>.token`, mode 0600) so it survives restarts; a token file other users can read is
 * refused. Reads are open.
 * MULTIVECTOR_TOKEN may name its holders: "alice:secret1,bob:secret2"; the name goes to the review log.
 */
import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AuthError, InputError } from '../errors.ts';
import { problem, sendProblem } from './_problem.ts';

export interface Token {
  /** Who the review log names for writes with this token. */
  name: string;
  token: string;
}

export const DEFAULT_WHO = 'analyst';

/** "secret" or "name:secret[,name:secret…]" to tokens. */
export function parseTokens(spec: string): Token[] {
  const tokens = spec.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const m = /^([A-Za-z0-9_.@-]{1,64}):(.+)$/.exec(s);
    return m ? { name: m[1]!, token: m[2]! } : { name: DEFAULT_WHO, token: s };
  });
  for (const t of tokens) {
    if (t.token.length < 16) throw new InputError('a token must have at least 16 characters', { where: { field: 'MULTIVECTOR_TOKEN' } });
  }
  if (!tokens.length) throw new InputError('MULTIVECTOR_TOKEN is empty', { where: { field: 'MULTIVECTOR_TOKEN' } });
  return tokens;
}

export interface ResolvedTokens {
  tokens: Token[];
  /** Where they came from: 'env', 'file' (read from <db>.token) or 'generated' (written now), 'memory'. */
  source: 'env' | 'file' | 'generated' | 'memory';
  file: string | null;
}

/** The tokens for a database: from the environment, the token file, or freshly generated. */
export function resolveTokens(dbPath: string, env: NodeJS.ProcessEnv = process.env): ResolvedTokens {
  if (env.MULTIVECTOR_TOKEN) return { tokens: parseTokens(env.MULTIVECTOR_TOKEN), source: 'env', file: null };
  const fresh = () => randomBytes(24).toString('base64url');
  if (dbPath === ':memory:') return { tokens: [{ name: DEFAULT_WHO, token: fresh() }], source: 'memory', file: null };
  const file = `${dbPath}.token`;
  if (existsSync(file)) {
    // Like ssh with a private key: a token others can read (or replace) is no secret; say so rather than use it.
    const mode = statSync(file).mode & 0o777;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      throw new InputError(`the token file is open to other users (mode ${mode.toString(8).padStart(4, '0')}); ` +
        `make it private with \`chmod 600 ${file}\`, or delete it to have a new token generated`, { where: { file } });
    }
    const text = readFileSync(file, 'utf8').trim();
    return { tokens: parseTokens(text), source: 'file', file };
  }
  const token = fresh();
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return { tokens: [{ name: DEFAULT_WHO, token }], source: 'generated', file };
}

// Compare digests, so neither the length nor the content of a token leaks through timing.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** The holder of a presented token, or null. */
export function holderOf(tokens: Token[], presented: string): string | null {
  const d = digest(presented);
  let who: string | null = null;
  for (const t of tokens) if (timingSafeEqual(digest(t.token), d) && who === null) who = t.name;
  return who;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireToken`: the token holder's name. */
    who?: string;
  }
  interface FastifyContextConfig {
    /** false: a POST that only reads (a measure with a vector set in its body) needs no token. */
    auth?: boolean;
    /** The route reads its body itself, raw, of this media type (documented as a binary body). */
    rawBody?: string;
  }
}

/** onRequest hook of write routes: 401 without a bearer token, 403 with a wrong one. */
export function requireToken(tokens: Token[]): onRequestAsyncHookHandler {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const header = req.headers.authorization;
    const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!m) {
      reply.header('www-authenticate', 'Bearer realm="multivector"');
      throw new AuthError('this action needs "Authorization: Bearer <token>" (the token `multivector serve` printed, or MULTIVECTOR_TOKEN)');
    }
    const who = holderOf(tokens, m[1]!);
    if (who === null) {
      reply.header('www-authenticate', 'Bearer realm="multivector", error="invalid_token"');
      return sendProblem(reply, problem(403, 'the bearer token is not valid for this server', req.url, { slug: 'forbidden' }));
    }
    req.who = who;
    return undefined;
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Does this route need the token: a write under /api whose config does not say `auth: false`. The OpenAPI document uses it too. */
export function needsToken(route: { method: string | string[]; url: string; config?: { auth?: boolean } | undefined }): boolean {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return route.url.startsWith('/api/') && methods.some((m) => WRITE_METHODS.has(m)) && route.config?.auth !== false;
}

/**
 * Every write route under /api (POST, PUT, PATCH, DELETE, unless its config says `auth: false`) checks the
 * token in an onRequest hook: before the body is read, parsed or validated, so an anonymous caller learns
 * nothing from its body (no 400 with schema details, no 413, no 415) and costs the server no parsing.
 * Registered after the rate limit, whose route hook therefore runs first: token guessing is rate limited.
 */
export function guardWrites(app: FastifyInstance, tokens: Token[]): void {
  const check = requireToken(tokens);
  app.addHook('onRoute', (route) => {
    if (!needsToken(route)) return;
    const before = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [...before, check];
  });
}
