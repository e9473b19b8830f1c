/**
 * The queue's Redis connections (ioredis, as BullMQ takes them). A command's connection fails within seconds
 * with a QueueError when Redis cannot be reached; a worker's waits out a Redis restart (it reconnects for ever
 * once it has started). Messages name the queue without its password and never carry the driver's text.
 */
import { Redis } from 'ioredis';
import { InputError, QueueError } from '../errors.ts';

/** The queue location from `--queue`, else MULTIVECTOR_QUEUE. */
export function resolveQueueUrl(flag?: string): string | undefined {
  return flag || process.env.MULTIVECTOR_QUEUE || undefined;
}

function parse(url: string): URL {
  let u: URL | undefined;
  try {
    u = new URL(url);
  } catch {
    u = undefined;
  }
  if (!u || (u.protocol !== 'redis:' && u.protocol !== 'rediss:') || !u.hostname) {
    throw new InputError(`"${displayQueue(url)}" is not a Redis URL: expected redis://host[:port][/db]`, { where: { field: 'queue' } });
  }
  return u;
}

/** The queue's location as shown to people: without its password. */
export function displayQueue(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, '$1:***@');
}

/** What went wrong reaching Redis, in words (the driver's own text stays out of messages). */
function reason(e: unknown): string {
  const code = (e as { code?: string } | undefined)?.code;
  const message = e instanceof Error ? e.message : '';
  if (code === 'ECONNREFUSED') return 'connection refused: is redis-server running there?';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such host';
  if (code === 'ETIMEDOUT' || /timeout/i.test(message)) return 'it did not answer in time';
  if (/NOAUTH|WRONGPASS|AUTH/.test(message)) return 'authentication failed: check the user and password in the URL';
  if (/LOADING/.test(message)) return 'it is still loading its data: try again in a moment';
  return 'the connection failed';
}

export function queueError(url: string, e: unknown, doing = 'reach'): QueueError {
  return new QueueError(`cannot ${doing} the queue at ${displayQueue(url)}: ${reason(e)}`, { cause: e, where: { field: 'queue' } });
}

/** A connected client; `persistent` for a worker (reconnects for ever after the first connection). */
export async function openRedis(url: string, o: { persistent: boolean }): Promise<Redis> {
  parse(url);
  let last: unknown;
  const redis = new Redis(url, {
    lazyConnect: true,
    // BullMQ's blocking commands need it; a command's connection gives up by retryStrategy instead.
    maxRetriesPerRequest: null,
    connectTimeout: 5000,
    retryStrategy: (times) => (o.persistent || times < 3 ? Math.min(200 * times, 2000) : null),
  });
  // Connection errors are reported through the failing commands (or retried); an 'error' event left unheard
  // would end the process.
  redis.on('error', (e) => {
    last = e;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    redis.disconnect();
    throw queueError(url, last ?? e);
  }
  return redis;
}
