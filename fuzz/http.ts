/**
 * The HTTP API: a real server (buildServer, as `serve` starts it) on loopback over a real DuckDB file, sent random
 * methods, paths (the routes, mutated, with bad percent escapes), query strings, headers (tokens right, wrong and
 * missing; content types; Host) and bodies (JSON shaped like each route's, random JSON, text, bytes, zips),
 * authenticated and not. Every answer is a success or a bounded problem+json without engine text; no 5xx but
 * 503 with Retry-After; /api/health answers after every request; a refused write leaves the data as it was.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildServer } from '../src/server/index.ts';
import { MAX_PROBLEM_BYTES } from '../src/server/_problem.ts';
import { openStore } from '../src/store/store.ts';
import { FIXTURE } from '../test/unit/server-helpers.ts';
import { fail, noEngineText } from './_check.ts';
import { mutated, nastyString } from './_mutate.ts';
import type { Target } from './_target.ts';

const TOKEN = 'fuzz-token-0123456789abcdefghij';
const ROUTES = [
  '/api/health', '/api/entities', '/api/documents', '/api/documents/d1', '/api/events', '/api/events/e1', '/api/events/e2/review',
  '/api/happenings', '/api/happenings/e1', '/api/ingest', '/api/export', '/api/stats', '/api/brief', '/api/brief/data',
  '/api/import/gdelt', '/api/import/icews', '/api/import/plover', '/api/import/nope', '/api/openapi.json', '/', '/index.html', '/events', '/nope.js',
  ...['balance', 'partners', 'visits', 'dyad', 'deals', 'brokerage', 'convening', 'compare', 'headline'].map((m) => `/api/measures/${m}`),
];
const PARAMS: Record<string, string[]> = {
  focal: ['KAZ', 'kaz', 'KAZ,UZB', 'KAX', 'K', ''], partner: ['CHN', 'RUS', 'XX'], from: ['2024', '2023-06', '1000', '0999', '9999', '2024-02-30'],
  to: ['2024-03', '9998', '9999', '1000'], type: ['CONSULT', 'consult,AGREE', 'NOPE'], types: ['AID,ACCUSE'], origin: ['coded', 'gdelt', 'x'],
  status: ['confirmed', 'x'], review: ['unreviewed'], unit: ['reports', 'happenings', 'x'], by: ['month', 'quarter', 'year', 'day'],
  direction: ['out', 'in', 'both', 'x'], metric: ['events', 'usd', 'x'], top: ['0', '10', '1001', '-1', 'x'], limit: ['0', '1', '500', '501', '1e3', '-1'],
  offset: ['0', '10000000', '10000001', '-1', '1.5'], sort: ['date', '-date', 'type', 'confidence', 'stored', 'reports', 'x'],
  q: ['Astana', '%', '_', "'", ''], doc: ['d1', 'nope', ''], country: ['KAZ', 'CHN', '???'], kind: ['state', 'igo', ''],
  format: ['csv', 'jsonl', 'parquet', 'md', 'html', 'x'], min_reports: ['1', '2', '0', '1000001'], strict: ['true', 'false', 'x'],
  name: ['upload.csv', ''], id: ['doc1', ''], date: ['2024-03-05', '2024-02-30'], title: ['T'], token: [TOKEN, 'x'],
};
const TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-ndjson', 'application/octet-stream',
  'multipart/form-data; boundary=x', 'application/xml', 'text/html', '', 'application/json; charset=utf-16', '*/*'];

const BODY_SAMPLES = [
  JSON.stringify({ action: 'confirm', note: 'checked' }), JSON.stringify({ action: 'edit', changes: { event_type: 'agree', actor: ['KAZ'], value: { amount: 5e8, currency: 'USD' } } }),
  JSON.stringify({ action: 'reject' }), JSON.stringify({ id: 'fz', date: '2024-03-05', title: 'T', text: 'President Tokayev met Xi Jinping in Astana on Monday.' }),
  `${JSON.stringify({ id: 'n1', text: 'Japan sent aid to Turkey.' })}\n${JSON.stringify({ id: 'n2', text: 'Russia accused Ukraine.' })}\n`,
  'Date: 2024-03-05\n\nKazakhstan and China signed a deal.', readFileSync(new URL('../data/vectors/default.json', import.meta.url), 'utf8'),
  readFileSync(new URL('../test/fixtures/store/icews-sample.tab', import.meta.url), 'utf8'),
].map((s) => Buffer.from(s));

interface Req { method: string; path: string; headers: Record<string, string>; body: Buffer | null }

const pathArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ROUTES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...ROUTES), fc.constantFrom('/%ED%A0%80', '/%C0', '/%', '/..', '/x%00', '//', '/' + 'a'.repeat(600), '/%2e%2e/%2e%2e/etc/passwd')).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: nastyString(3).map((s) => `/api/${encodeURIComponent(s.toWellFormed())}`) },
);
const queryArb = fc.array(fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...Object.keys(PARAMS)).chain((k) => fc.tuple(fc.constant(k), fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PARAMS[k]!) }, { weight: 1, arbitrary: nastyString(2) }))) },
  { weight: 1, arbitrary: fc.tuple(nastyString(1), nastyString(2)) },
), { maxLength: 6 }).chain((pairs) => fc.constantFrom('', 'raw').map((how) => pairs.map(([k, v]) =>
  // Mostly encoded as a client would; sometimes raw escapes (a bad %, a lone surrogate's bytes).
  how ? `${k.replace(/[^\x21-\x7e]/g, '')}=${v.replace(/[^\x21-\x7e]/g, '%ED%A0%80').replace(/#/g, '%23')}` : `${encodeURIComponent(k.toWellFormed())}=${encodeURIComponent(v.toWellFormed())}`).join('&')));

/** A value worth trying where a number goes: the edges of int64, doubles, and what JSON can barely say. */
const number = fc.oneof(fc.constantFrom(0, -1, 1e300, -1e300, 2 ** 63, -(2 ** 63), 9.2e18, 5e8, 0.5), fc.double({ noNaN: true }), fc.integer());
const text = fc.oneof(nastyString(3), fc.constantFrom('KAZ', 'CHN', 'visit', 'economic', '2024-03-05', 'President Tokayev met Xi Jinping in Astana.'));
const list = <T>(a: fc.Arbitrary<T>) => fc.array(a, { maxLength: 3 });
/** Mostly a value the route takes, sometimes a hostile one: so one bad field at a time reaches the code behind. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });

/** Bodies shaped like what each write and POSTed measure takes, with hostile values in the fields. */
const SHAPED: Array<{ method: string; path: fc.Arbitrary<string>; type: string; token: boolean; body: fc.Arbitrary<unknown> }> = [
  {
    method: 'POST', path: fc.constantFrom('/api/events/e1/review', '/api/events/e2/review', '/api/events/e5/review', '/api/events/nope/review'), type: 'application/json', token: true,
    body: fc.oneof(
      fc.record({ action: fc.constantFrom('confirm', 'reject'), note: mostly(fc.constantFrom('checked', 'wrong date'), text) }, { requiredKeys: ['action'] }),
      fc.record({
        action: fc.constant('edit'), note: mostly(fc.constant('fixed'), text),
        changes: fc.record({
          event_type: mostly(fc.constantFrom('agree', 'CONSULT', 'aid'), text), mode: fc.option(mostly(fc.constantFrom('visit', 'loan'), text)),
          context: list(mostly(fc.constantFrom('economic', 'military'), text)), actor: list(mostly(fc.constantFrom('KAZ', 'CHN', 'rus'), text)),
          recipient: list(mostly(fc.constantFrom('KAZ', 'USA'), text)),
          date: fc.option(mostly(fc.constantFrom('2024', '2024-02', '9998-12-31', '1000-01-01'), fc.oneof(text, fc.constantFrom('2024-02-30', '0999', '9999')))),
          location: fc.option(mostly(fc.constantFrom('KAZ', 'CHN'), text)),
          value: fc.option(fc.record({ amount: number, currency: mostly(fc.constantFrom('USD', 'EUR'), text) })),
        }, { requiredKeys: [] }),
      }, { requiredKeys: ['action', 'changes'] }),
      fc.record({ action: text, note: text, changes: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
    ),
  },
  {
    method: 'POST', path: fc.constantFrom('/api/ingest', '/api/ingest?date=2024-03-05', '/api/ingest?id=x&date=2024-02-30'), type: 'application/json', token: true,
    body: fc.record({
      id: mostly(fc.constantFrom('f1', 'f2'), text), date: fc.option(mostly(fc.constantFrom('2024-03-05', '0000-01-01'), text)), title: fc.option(mostly(fc.constant('T'), text)),
      url: fc.option(mostly(fc.constant('https://example.org/x'), text)), lang: fc.option(mostly(fc.constant('en'), text)),
      text: mostly(fc.constantFrom('President Tokayev met Xi Jinping in Astana on Monday.', 'Kazakhstan and China signed a $500 million loan agreement.'), text),
    }, { requiredKeys: ['text'] }),
  },
  {
    method: 'POST', path: fc.constantFrom(...['balance', 'partners', 'headline'].map((m) => `/api/measures/${m}?focal=KAZ`), '/api/measures/compare?focal=KAZ,RUS'), type: 'application/json', token: false,
    body: fc.record({
      name: text, description: fc.option(text),
      vectors: list(fc.record({ id: text, label: text, members: list(text), weight: fc.option(number) }, { requiredKeys: ['id', 'label', 'members'] })),
    }, { requiredKeys: ['name', 'vectors'] }),
  },
];

const shapedArb: fc.Arbitrary<Req> = fc.constantFrom(...SHAPED).chain((r) => fc.record({ path: r.path, body: r.body, right: mostly(fc.constant(true), fc.constant(false)) }).map(({ path, body, right }) => ({
  method: r.method, path,
  headers: { 'content-type': r.type, ...(r.token ? { authorization: right ? `Bearer ${TOKEN}` : 'Bearer wrong-token-0000000000000000' } : {}) },
  body: Buffer.from(JSON.stringify(body)),
})));

const randomArb: fc.Arbitrary<Req> = fc.record({
  method: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('GET', 'POST') }, { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS') }),
  path: pathArb,
  query: queryArb,
  auth: fc.constantFrom('right', 'right', 'none', 'wrong', 'malformed', 'query'),
  type: fc.option(fc.constantFrom(...TYPES), { nil: undefined }),
  host: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'evil.example', '', 'localhost:1'),
  extra: fc.array(fc.tuple(fc.constantFrom('accept', 'accept-encoding', 'x-forwarded-for', 'origin', 'if-none-match', 'range', 'cookie'), fc.string({ maxLength: 40 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))), { maxLength: 3 }),
  body: fc.oneof(
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: mutated(BODY_SAMPLES, 5) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)) },
  ),
}).map(({ method, path, query, auth, type, host, extra, body }) => {
  const headers: Record<string, string> = {};
  if (auth === 'right') headers.authorization = `Bearer ${TOKEN}`;
  if (auth === 'wrong') headers.authorization = 'Bearer wrong-token-0000000000000000';
  if (auth === 'malformed') headers.authorization = 'Basic Zm9vOmJhcg==';
  if (type !== undefined) headers['content-type'] = type;
  if (host !== 'ok') headers.host = host;
  for (const [k, v] of extra) headers[k] = v;
  const q = [query, auth === 'query' ? `token=${TOKEN}` : ''].filter(Boolean).join('&');
  return { method, path: q ? `${path}?${q}` : path, headers, body: method === 'GET' || method === 'HEAD' ? null : body };
});

const reqArb: fc.Arbitrary<Req> = fc.oneof({ weight: 2, arbitrary: randomArb }, { weight: 1, arbitrary: shapedArb });

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function send(port: number, r: Req): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: { ...r.headers, ...(r.body ? { 'content-length': String(r.body.length) } : {}) }, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within 30 s to ${r.method} ${r.path}`)));
    // The server may answer (401, 413) and close before the body is sent: that answer is what counts.
    req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end(r.body ?? undefined);
  });
}

export const httpTarget: Target = {
  name: 'http',
  weight: 4,
  async setup(tmp) {
    const store = await openStore({ path: join(tmp, 'http.duckdb') });
    await store.putDocuments(FIXTURE);
    const app = await buildServer({
      store, token: TOKEN,
      // The limits have their own tests; here they would only turn most inputs into 429s.
      rateLimit: { readLoopback: 1e9, readRemote: 1e9, write: 1e9, brief: 1e9 },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    const fingerprint = async () => JSON.stringify([await store.stats(), await store.queryEvents({}, { limit: 100_000 }), ...await Promise.all(['e1', 'e2'].map((id) => store.reviewLog(id)))]);
    let before = await fingerprint();

    return {
      arbitrary: reqArb,
      async check(r: Req) {
        const a = await send(port, r);
        const what = `${r.method} ${r.path} (${JSON.stringify(r.headers).slice(0, 200)})`;
        const type = String(a.headers['content-type'] ?? '');
        if (a.status >= 500 && !(a.status === 503 && a.headers['retry-after'])) fail(`${what}: answered ${a.status}: ${a.body.toString('utf8', 0, 600)}`);
        if (a.status >= 400) {
          if (!type.startsWith('application/problem+json')) fail(`${what}: ${a.status} as ${type}, not problem+json: ${a.body.toString('utf8', 0, 300)}`);
          if (r.method !== 'HEAD') {
            if (a.body.length > MAX_PROBLEM_BYTES) fail(`${what}: a problem of ${a.body.length} bytes`);
            let p: { status?: unknown; type?: unknown; title?: unknown; detail?: unknown };
            try {
              p = JSON.parse(a.body.toString('utf8'));
            } catch {
              fail(`${what}: a problem that is not JSON: ${a.body.toString('utf8', 0, 300)}`);
            }
            if (p.status !== a.status || typeof p.type !== 'string' || typeof p.title !== 'string' || typeof p.detail !== 'string') fail(`${what}: not a whole problem: ${a.body.toString('utf8', 0, 300)}`);
          }
        }
        // What the API answers is checked for engine text and stacks; binary downloads and the dashboard's own files
        // (its script bundle names JavaScript errors) are not.
        if (!/parquet|pdf|octet-stream|javascript|css|html|image|font/.test(type)) noEngineText(what, a.body.toString('utf8'));
        if (r.path.includes(TOKEN) && a.body.toString('utf8').includes(TOKEN)) fail(`${what}: the token in the query string was echoed`);
        const health = await send(port, { method: 'GET', path: '/api/health', headers: {}, body: null });
        if (health.status !== 200) fail(`after ${what}: /api/health answered ${health.status}`);
        if (r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH' || r.method === 'DELETE') {
          const now = await fingerprint();
          if (a.status >= 400 && now !== before) fail(`${what}: refused with ${a.status}, yet the data changed`);
          before = now;
        }
      },
      async close() {
        try {
          await app.close();
          const bad = await store.checkIntegrity();
          if (bad.length) fail(`the database fails its integrity check after the requests: ${JSON.stringify(bad).slice(0, 500)}`);
        } finally {
          await store.close();
        }
      },
    };
  },
};
