/**
 * The commands' way through a running `multivector serve` (see _serve-record.ts): its HTTP API, with the write
 * token from MULTIVECTOR_TOKEN or the token file beside the database. Problem responses become the project's
 * errors, so a command fails with the same message and exit code as when it opens the database itself.
 */
import { readFileSync, statSync } from 'node:fs';
import { AuthError, InputError, MultivectorError, NotFoundError, StoreError } from '../errors.ts';
import { readServeRecord } from './_serve-record.ts';

export interface Remote {
  /** Base URL, ending in "/". */
  url: string;
  db: string;
}

/** The server holding `db`, if one runs and answers; null means: open the file. */
export async function remoteFor(db: string): Promise<Remote | null> {
  const record = readServeRecord(db);
  if (!record) return null;
  try {
    const res = await fetch(new URL('api/health', record.url), { signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    if (res.ok) return { url: record.url, db };
  } catch { /* not answering: a stale record whose pid was reused */ }
  return null;
}

export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export function queryString(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(','));
    } else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The write token for the server holding `db`: as `serve` resolved it (environment first, then the token file). */
export async function tokenFor(db: string): Promise<string> {
  // Loaded here, not at CLI start: reads need none of the server's modules.
  const { parseTokens } = await import('../server/_auth.ts');
  if (process.env.MULTIVECTOR_TOKEN) return parseTokens(process.env.MULTIVECTOR_TOKEN)[0]!.token;
  const file = `${db}.token`;
  let text: string;
  try {
    // Like serve: a token file others can read is no secret, and is not used.
    if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0) {
      throw new AuthError(`the token file is open to other users; make it private with \`chmod 600 ${file}\``, { where: { file } });
    }
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof MultivectorError) throw e;
    throw new AuthError(`the running server needs its write token: set MULTIVECTOR_TOKEN or keep ${file}`, { where: { file } });
  }
  return parseTokens(text.trim())[0]!.token;
}

/** A problem+json answer as the error a local run would have thrown. */
async function failure(res: Response, remote: Remote): Promise<MultivectorError> {
  let p: { detail?: string; errors?: Array<{ field?: string; line?: number; message: string }> } = {};
  try {
    p = (await res.json()) as typeof p;
  } catch { /* not JSON */ }
  const first = p.errors?.length === 1 ? p.errors[0] : undefined;
  const message = first ? first.message : (p.detail ?? `${res.status} ${res.statusText}`);
  const where = { ...(first?.field ? { field: first.field } : {}), ...(first?.line !== undefined ? { line: first.line } : {}) };
  if (res.status === 404) return new NotFoundError(message, { where });
  if (res.status === 401 || res.status === 403) return new AuthError(`${remote.url}: ${message}`);
  if (res.status < 500) return new InputError(message, { where });
  return new StoreError(`the server at ${remote.url} failed: ${message}`);
}

export async function request(remote: Remote, path: string, init: { method?: string; query?: Query; body?: BodyInit; type?: string; auth?: boolean } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.type) headers['content-type'] = init.type;
  if (init.auth) headers.authorization = `Bearer ${await tokenFor(remote.db)}`;
  let res: Response;
  try {
    res = await fetch(new URL(`api/${path}${queryString(init.query ?? {})}`, remote.url), {
      method: init.method ?? 'GET', headers, ...(init.body !== undefined ? { body: init.body, duplex: 'half' } : {}),
    } as RequestInit);
  } catch (e) {
    throw new StoreError(`cannot reach the server at ${remote.url} (${(e as Error).message})`);
  }
  if (!res.ok) throw await failure(res, remote);
  return res;
}

export async function getJson<T>(remote: Remote, path: string, query: Query = {}): Promise<T> {
  return (await (await request(remote, path, { query })).json()) as T;
}

export async function postJson<T>(remote: Remote, path: string, query: Query, body: unknown): Promise<T> {
  return (await (await request(remote, path, { method: 'POST', query, body: JSON.stringify(body), type: 'application/json' })).json()) as T;
}

