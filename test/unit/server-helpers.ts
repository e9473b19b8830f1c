/** A real server on loopback over a real DuckDB file, for the API tests (not a test file itself). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/server/index.ts';
import { openStore, type NewEvent, type Store } from '../../src/store/store.ts';
import type { EventType } from '../../src/model/event.ts';

export const TOKEN = 'test-token-0123456789abcdef';

export interface Running {
  base: string;
  app: FastifyInstance;
  store: Store;
  dir: string;
  close: () => Promise<void>;
}

export function ev(id: string, doc: string, type: EventType, actor: string[], recipient: string[], date: string | null, extra: Partial<NewEvent> = {}): NewEvent {
  return {
    id, origin: 'coded', doc, sentence: 0, text: '', event_type: type, mode: null, context: [], actor, recipient, date,
    location: null, value: null, cameo: null, span: null, ...extra,
  };
}

/**
 * KAZ's events: d1 (2024-01) a visit to CHN and a deal with CHN; d2 (2024-03) an accusation of RUS (2024-02) and a
 * visit from RUS (2024-03); d3 (2023-06) a visit from CHN, for the previous period of briefs.
 */
export const FIXTURE = [
  {
    doc: { id: 'd1', title: 'Tokayev in Beijing', url: 'https://example.org/d1', date: '2024-01-10', lang: 'en', content_hash: 'h1', source: 'test' },
    events: [
      ev('e1', 'd1', 'CONSULT', ['KAZ'], ['CHN'], '2024-01-10', { mode: 'visit', text: 'President Tokayev arrived in Beijing on a state visit.' }),
      ev('e2', 'd1', 'AGREE', ['KAZ'], ['CHN'], '2024-01-11', { text: 'The two sides signed a loan agreement worth $500 million.', value: { amount: 500_000_000, currency: 'USD' }, context: ['economic'] }),
    ],
  },
  {
    // Published after the visit it reports: an event dated weeks after its document is a plan and is flagged.
    doc: { id: 'd2', title: 'Astana and Moscow', url: null, date: '2024-03-21', lang: 'en', content_hash: 'h2', source: 'test' },
    events: [
      ev('e3', 'd2', 'ACCUSE', ['KAZ'], ['RUS'], '2024-02-05', { text: 'Kazakhstan criticised Russian <b>statements</b> on its border.' }),
      ev('e4', 'd2', 'CONSULT', ['RUS'], ['KAZ'], '2024-03-20', { mode: 'visit', text: 'Lavrov visited Astana for talks.' }),
    ],
  },
  {
    doc: { id: 'd3', title: 'Wang Yi in Astana', url: null, date: '2023-06-01', lang: 'en', content_hash: 'h3', source: 'test' },
    events: [ev('e5', 'd3', 'CONSULT', ['CHN'], ['KAZ'], '2023-06-01', { mode: 'visit', text: 'Wang Yi visited Astana.' })],
  },
];

export async function fixtureStore(dir: string): Promise<Store> {
  const store = await openStore({ path: join(dir, 'api.duckdb') });
  await store.putDocuments(FIXTURE);
  return store;
}

export async function startServer(o: Partial<ServerOptions> = {}): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'mv-server-'));
  const store = o.store ?? await fixtureStore(dir);
  const app = await buildServer({ token: TOKEN, webRoot: join(dir, 'no-web'), ...o, store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    base: `http://127.0.0.1:${port}`, app, store, dir,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const auth = (token = TOKEN) => ({ authorization: `Bearer ${token}` });

export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** An RFC 9457 problem response with the given status and every member the API promises. */
export async function problemOf(res: Response, status: number): Promise<any> {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const p = await json(res);
  assert.equal(p.status, status);
  for (const k of ['type', 'title', 'detail', 'instance']) assert.equal(typeof p[k], 'string', `problem.${k}`);
  return p;
}
