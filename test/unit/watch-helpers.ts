/** A loopback HTTP server for the watcher's tests: routes the test changes between polls, and a request log. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { makeZip } from './zip-helpers.ts';

export interface Route {
  status?: number;
  body?: string | Buffer;
  type?: string;
  /** Answered 304 when the request's If-None-Match carries it. */
  etag?: string;
  /** Sent as Last-Modified; answered 304 when the request's If-Modified-Since carries it. */
  lastModified?: string;
  /** Redirect to this path or URL (302). */
  redirect?: string;
  /** Never answer (a feed that times out). */
  hang?: boolean;
  /** Answer after this many ms (a slow feed). */
  delayMs?: number;
}

export interface FeedServer {
  url: string;
  routes: Map<string, Route>;
  /** Requests as "METHOD path", with their headers. */
  log: Array<{ path: string; method: string; headers: IncomingMessage['headers']; body: string }>;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const log: FeedServer['log'] = [];
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      log.push({ path, method: req.method ?? 'GET', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const r = routes.get(path);
      if (!r) {
        res.writeHead(404).end('not found');
        return;
      }
      if (r.hang) {
        hanging.add(res);
        return;
      }
      if (r.delayMs) {
        hanging.add(res);
        setTimeout(() => {
          hanging.delete(res);
          if (!res.destroyed) res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'application/xml' }).end(r.body ?? '');
        }, r.delayMs);
        return;
      }
      if (r.redirect) {
        res.writeHead(302, { location: r.redirect }).end();
        return;
      }
      if ((r.etag && req.headers['if-none-match'] === r.etag) || (r.lastModified && req.headers['if-modified-since'] === r.lastModified)) {
        res.writeHead(304, { ...(r.etag ? { etag: r.etag } : {}), ...(r.lastModified ? { 'last-modified': r.lastModified } : {}) }).end();
        return;
      }
      res.writeHead(r.status ?? 200, {
        'content-type': r.type ?? 'application/xml', ...(r.etag ? { etag: r.etag } : {}), ...(r.lastModified ? { 'last-modified': r.lastModified } : {}),
      }).end(r.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`, routes, log,
    close: async () => {
      for (const r of hanging) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A test file's loopback feed server and private directory: started and made before its tests (then `setup`),
 * closed and removed after them. Read `server` and `dir` inside the tests (they are set once `before` has run).
 */
export function feedFixture(prefix: string, setup?: (f: { server: FeedServer; dir: string }) => void): { server: FeedServer; dir: string } {
  const f = {} as { server: FeedServer; dir: string };
  before(async () => {
    f.server = await startFeedServer();
    f.dir = mkdtempSync(join(tmpdir(), prefix));
    setup?.(f);
  });
  after(async () => {
    await f.server?.close();
    if (f.dir) rmSync(f.dir, { recursive: true, force: true });
  });
  return f;
}

export interface Item {
  id: string;
  title: string;
  text: string;
  link: string;
  date: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(items: Item[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test</title><link>http://example.test/</link><description>t</description><language>en</language>
${items.map((i) => `<item><guid isPermaLink="false">${esc(i.id)}</guid><title>${esc(i.title)}</title><link>${esc(i.link)}</link>
<pubDate>${new Date(i.date).toUTCString()}</pubDate><description>${esc(i.text)}</description></item>`).join('\n')}
</channel></rss>`;
}

export function atom(items: Item[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Test</title><id>urn:test</id><updated>${items[0]?.date ?? '2026-01-01'}T00:00:00Z</updated>
${items.map((i) => `<entry><id>${esc(i.id)}</id><title>${esc(i.title)}</title><link rel="alternate" href="${esc(i.link)}"/>
<published>${i.date}T08:00:00Z</published><updated>${i.date}T08:00:00Z</updated><content type="text">${esc(i.text)}</content></entry>`).join('\n')}
</feed>`;
}

export function jsonFeed(items: Item[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Test', language: 'en',
    items: items.map((i) => ({ id: i.id, url: i.link, title: i.title, content_text: i.text, date_published: `${i.date}T08:00:00Z` })),
  });
}

const FIXTURE = new URL('../fixtures/store/gdelt2-sample.CSV', import.meta.url);

/** A GDELT 2.0 export zip of `n` events (a recorded AUS–NZL row with new GLOBALEVENTIDs from `firstId`). */
export function gdeltZip(firstId: number, n: number, name = 'export.CSV'): Buffer {
  const row = readFileSync(FIXTURE, 'utf8').split('\n')[1]!.split('\t');
  const rows = Array.from({ length: n }, (_, i) => [String(firstId + i), ...row.slice(1)].join('\t'));
  return makeZip([{ name, data: rows.join('\n') + '\n' }]);
}

/** GDELT 2.0 lastupdate.txt listing the export at `exportUrl` (and the mentions and gkg files beside it). */
export function lastUpdate(exportUrl: string): string {
  const base = exportUrl.replace(/\.export\.CSV\.zip$/, '');
  return [`12345 0123456789abcdef0123456789abcdef ${exportUrl}`, `2345 fedcba9876543210fedcba9876543210 ${base}.mentions.CSV.zip`,
    `3456 00112233445566778899aabbccddeeff ${base}.gkg.csv.zip`].join('\n') + '\n';
}
