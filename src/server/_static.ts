/**
 * The dashboard: the files of web/dist at `/`, with the SPA fallback (any other non-API GET that accepts
 * HTML gets index.html, so a shared URL opens its view). Before the dashboard is built, `/` says so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './_problem.ts';

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>multivector</title></head>
<body style="font: 15px/1.5 sans-serif; max-width: 40em; margin: 3em auto">
<h1>multivector</h1>
<p>The API is running, but the dashboard is not built yet. Build it with <code>npm run build:web</code> (Vite, output in
<code>web/dist</code>) and reload.</p>
<p>Meanwhile: <a href="/api/health">/api/health</a> · <a href="/api/openapi.json">/api/openapi.json</a> ·
<a href="/api/measures/headline?focal=KAZ">/api/measures/headline?focal=KAZ</a></p>
</body></html>`;

const wantsHtml = (req: FastifyRequest) => (req.method === 'GET' || req.method === 'HEAD') && /text\/html|\*\/\*/.test(req.headers.accept ?? '*/*');

export async function registerStatic(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    // A route per file of the built dashboard (not a wildcard): any other path, such as an API id longer than the
    // router takes, goes to the not-found handler rather than to the file system, which answered 403 "Forbidden" for a
    // name too long to be a file.
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], maxAge: '1h' });
  } else {
    app.get('/', { schema: { hide: true } }, (_req, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
  }
  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0]!;
    if (built && !path.startsWith('/api/') && path !== '/api' && wantsHtml(req) && !/\.[a-z0-9]{1,8}$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
    }
    return sendProblem(reply, problem(404, `no route ${req.method} ${path}`, req.url));
  });
}
