/**
 * The Host header allow-list, against DNS rebinding: a page on evil.example whose name is made to resolve to
 * 127.0.0.1 reaches this server with "Host: evil.example" and is turned away (421). Allowed by default: the
 * loopback names, the address the connection arrived on (so http://<this machine's IP>:port/ works when
 * listening on 0.0.0.0) and the name given to --host; more with --allowed-hosts / MULTIVECTOR_ALLOWED_HOSTS,
 * "*" for any.
 */
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { InputError } from '../errors.ts';
import { problem, sendProblem } from './_problem.ts';

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** "Example.org:8080" -> "example.org", "[::1]:80" -> "[::1]", "::1" -> "[::1]"; null when not a host. */
export function hostName(value: string): string | null {
  const v = value.trim().toLowerCase();
  let name: string;
  const v6 = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(v);
  if (v6) name = `[${v6[1]}]`;
  else if (/^[0-9a-f:.]+$/.test(v) && (v.match(/:/g)?.length ?? 0) > 1) name = `[${v}]`; // a bare IPv6 address
  else {
    const m = /^([a-z0-9_.-]+)(?::\d{1,5})?$/.exec(v);
    if (!m) return null;
    name = m[1]!.replace(/\.$/, '');
  }
  return name.length > 0 && name.length <= 255 ? name : null;
}

/** A comma-separated list of host names (from the command line or the environment), "*" for any. */
export function parseAllowedHosts(spec: string, field = 'allowed-hosts'): string[] {
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((n) => {
    if (n === '*') return n;
    const name = hostName(n);
    if (!name) throw new InputError(`"${n.slice(0, 100)}" is not a host name (e.g. observatory.example.org or 192.168.1.5)`, { where: { field } });
    return name;
  });
}

/** The address a socket arrived on, as a Host header would name it. */
function localName(addr: string | undefined): string | null {
  if (!addr) return null;
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr);
  return hostName(v4 ? v4[1]! : addr);
}

/** onRequest hook: 421 problem+json unless the Host header names this server. */
export function hostGuard(o: { allowedHosts?: string[] | undefined; host?: string | undefined }): onRequestAsyncHookHandler {
  const extra = o.allowedHosts ?? [];
  const any = extra.includes('*');
  const allowed = new Set([...LOOPBACK_HOSTS, ...extra.map(hostName).filter((x): x is string => x !== null)]);
  const bound = o.host ? hostName(o.host) : null;
  // 0.0.0.0 and :: are not names anybody connects to; the connection's own address is checked instead.
  if (bound && bound !== '0.0.0.0' && bound !== '[::]') allowed.add(bound);
  return async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (any) return undefined;
    const header = req.headers.host;
    const name = header ? hostName(header) : null;
    if (name && (allowed.has(name) || name === localName(req.socket.localAddress))) return undefined;
    const shown = header === undefined ? 'no Host header' : `Host ${JSON.stringify(header.slice(0, 100))}`;
    // The allowed names are not listed: they may be internal names a stranger has no business learning.
    return sendProblem(reply, problem(421, `${shown} is not served here (allow a name with \`serve --allowed-hosts\` ` +
      'or MULTIVECTOR_ALLOWED_HOSTS)', req.url, { slug: 'misdirected-request' }));
  };
}
