/**
 * Every request the watcher makes: Node's fetch (undici) with a clear User-Agent, conditional validators, one
 * time limit for the whole exchange (redirects and body included), a size limit counted on the decoded bytes as
 * they arrive (a gzip bomb stops at the limit), and redirects followed by hand within a limit, loops refused.
 * Failures are SourceErrors naming the URL.
 */
import { linkSignals } from '../abort.ts';
import { SourceError } from '../errors.ts';

export const USER_AGENT = 'multivector/0.1.0 (open diplomatic-event observatory; feed and dataset poller)';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5, userAgent: USER_AGENT };

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type Fetched =
  | { status: 'not-modified'; url: string }
  | { status: 'ok'; url: string; body: Buffer; etag: string | null; lastModified: string | null; type: string | null };

const fail = (url: string, message: string, cause?: unknown) => new SourceError(message, { where: { file: url }, cause });

/** GET `url` within the limits; `validators` make it conditional (a 304 is 'not-modified'). */
export async function fetchLimited(url: string, limits: FetchLimits, validators?: Validators, signal?: AbortSignal): Promise<Fetched> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const linked = linkSignals([timeout, signal]);
  const abort = linked.signal;
  const seen = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      seen.add(current);
      const headers: Record<string, string> = { 'user-agent': limits.userAgent, accept: '*/*' };
      if (validators?.etag) headers['if-none-match'] = validators.etag;
      if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await fetch(current, { headers, redirect: 'manual', signal: abort });
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        if (!location) throw fail(url, `HTTP ${res.status} without a Location to follow`);
        const next = new URL(location, current).toString();
        if (!/^https?:$/.test(new URL(next).protocol)) throw fail(url, `redirected to ${next}, not an http(s) URL`);
        if (seen.has(next)) throw fail(url, `redirect loop (${next} again after ${hop + 1} redirects)`);
        if (hop + 1 > limits.maxRedirects) throw fail(url, `more than ${limits.maxRedirects} redirects`);
        current = next;
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 'not-modified', url: current };
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw fail(url, `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}${current !== url ? ` (at ${current})` : ''}`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes && !res.headers.get('content-encoding')) {
        await res.body?.cancel();
        throw fail(url, `response of ${declared} bytes is larger than the limit of ${limits.maxBytes}`);
      }
      const body = await readCapped(res, limits.maxBytes, url);
      return { status: 'ok', url: current, body, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified'), type: res.headers.get('content-type') };
    }
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (signal?.aborted) throw fail(url, 'stopped', e);
    if (timeout.aborted) throw fail(url, `no complete answer within ${Math.round(limits.timeoutMs / 100) / 10} s`, e);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw fail(url, `cannot fetch (${cause?.code ?? cause?.message ?? (e as Error).message})`, e);
  } finally {
    linked.release();
  }
}

async function readCapped(res: Response, max: number, url: string): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    n += value.byteLength;
    if (n > max) {
      await reader.cancel();
      throw fail(url, `response is larger than the limit of ${max} bytes`);
    }
    parts.push(value);
  }
  return Buffer.concat(parts);
}
