/**
 * CORS for one configured origin (`serve --cors ORIGIN`), e.g. a dashboard dev server on another port.
 * Without it the API sends no CORS headers at all, so browsers keep other sites out.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

export function corsHook(origin: string) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    reply.header('vary', 'Origin');
    if (req.headers.origin !== origin) return undefined;
    reply.header('access-control-allow-origin', origin);
    reply.header('access-control-expose-headers', 'content-disposition, x-event-count');
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      reply.header('access-control-allow-methods', 'GET, POST, OPTIONS');
      reply.header('access-control-allow-headers', 'authorization, content-type');
      reply.header('access-control-max-age', '600');
      return reply.code(204).send();
    }
    return undefined;
  };
}
