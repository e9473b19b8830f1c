/**
 * The HTTP API against a real server on loopback (port 0), a real DuckDB file and real fetch: every route's
 * happy path, validation errors as problem+json, auth, review persisting and changing a measure, ingest,
 * export formats, the OpenAPI document and the security headers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { auth, json, problemOf, startServer, TOKEN, type Running } from './server-helpers.ts';

let s: Running;
const get = (path: string, init?: RequestInit) => fetch(s.base + path, init);
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => fetch(s.base + path, {
  method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...headers },
});

before(async () => {
  s = await startServer();
});
after(async () => {
  await s?.close();
});


describe('reads', () => {
  it('GET /api/health counts the store', async () => {
    const h = await json(await get('/api/health'));
    assert.deepEqual([h.status, h.engine, h.events, h.documents], ['ok', 'duckdb', 5, 3]);
  });

  it('GET /api/entities lists codes with names, and filters by kind', async () => {
    const all = await json(await get('/api/entities'));
    assert.equal(all.entities.find((e: any) => e.code === 'KAZ')?.name, 'Kazakhstan');
    const kinds = new Set(all.entities.map((e: any) => e.kind));
    const kind = [...kinds][0] as string;
    const some = await json(await get(`/api/entities?kind=${kind}`));
    assert.ok(some.total > 0 && some.total < all.total && some.entities.every((e: any) => e.kind === kind));
  });

  it('GET /api/documents pages newest first; /:id has its events; unknown id is 404', async () => {
    const page = await json(await get('/api/documents?limit=2'));
    assert.equal(page.total, 3);
    assert.deepEqual(page.documents.map((d: any) => d.id), ['d2', 'd1']);
    assert.equal(page.documents[0].events, 2);
    const next = await json(await get('/api/documents?limit=2&offset=2'));
    assert.deepEqual(next.documents.map((d: any) => d.id), ['d3']);
    const one = await json(await get('/api/documents/d1'));
    assert.equal(one.document.title, 'Tokayev in Beijing');
    assert.deepEqual(one.events.map((e: any) => e.id).sort(), ['e1', 'e2']);
    const p = await problemOf(await get('/api/documents/nope'), 404);
    assert.match(p.detail, /no document with id "nope"/);
  });

  const cases: Array<[string, string[]]> = [
    ['/api/events?country=KAZ&sort=date', ['e5', 'e1', 'e2', 'e3', 'e4']],
    ['/api/events?country=kaz&partner=CHN&sort=-date', ['e2', 'e1', 'e5']],
    ['/api/events?types=consult,AGREE&from=2024&to=2024-02&sort=date', ['e1', 'e2']],
    ['/api/events?type=CONSULT&type=ACCUSE&sort=type', ['e3', 'e4', 'e1', 'e5']],
    ['/api/events?q=BEIJING', ['e1']],
    ['/api/events?doc=d2&sort=date', ['e3', 'e4']],
    ['/api/events?origins=gdelt', []],
    ['/api/events?sort=date&limit=2&offset=1', ['e1', 'e2']],
  ];
  for (const [path, ids] of cases) {
    it(`GET ${path}`, async () => {
      const r = await json(await get(path));
      assert.deepEqual(r.events.map((e: any) => e.id), ids);
    });
  }

  it('GET /api/events reports the total beyond the page', async () => {
    const r = await json(await get('/api/events?limit=1'));
    assert.deepEqual([r.total, r.events.length, r.limit, r.offset, r.sort], [5, 1, 1, 0, '-date']);
  });

  const invalid: Array<[string, string, RegExp]> = [
    ['/api/events?limit=501', 'query.limit', /500/],
    ['/api/events?limit=abc', 'query.limit', /number/i],
    ['/api/events?from=2024-13', 'query.from', /not a period/],
    ['/api/events?types=CONSULT,PARTY', 'query.types.1', /CONSULT/],
    ['/api/events?sort=name', 'query.sort', /date/],
    ['/api/events?country=Kazakhstan', 'query.country', /entity code/],
    ['/api/measures/balance', 'query.focal', /./],
    ['/api/measures/balance?focal=KAZ&by=week', 'query.by', /month/],
    ['/api/measures/dyad?focal=KAZ', 'query.partner', /needs a partner/],
    ['/api/export?format=xlsx', 'query.format', /csv/],
    ['/api/brief?focal=KAZ&format=docx', 'query.format', /md/],
  ];
  for (const [path, field, msg] of invalid) {
    it(`400 problem+json for ${path}`, async () => {
      const p = await problemOf(await get(path), 400);
      const item = p.errors?.find((e: any) => e.field === field);
      assert.ok(item, `an error on ${field}: ${JSON.stringify(p.errors)}`);
      assert.match(item.message, msg);
    });
  }

  it('GET /api/events/:id has the event and its review log; unknown id is 404', async () => {
    const r = await json(await get('/api/events/e3'));
    assert.equal(r.event.event_type, 'ACCUSE');
    assert.deepEqual(r.review_log, []);
    await problemOf(await get('/api/events/nope'), 404);
  });

  it('unknown API routes are 404 problem+json; / says the dashboard is not built', async () => {
    await problemOf(await get('/api/nothing-here'), 404);
    await problemOf(await get('/api/events', { method: 'DELETE' }), 404);
    const home = await get('/');
    assert.equal(home.status, 200);
    assert.match(await home.text(), /dashboard is not built/);
  });
});

describe('measures', () => {
  const routes = ['balance', 'partners', 'visits', 'deals', 'brokerage', 'convening', 'headline'];
  for (const m of routes) {
    it(`GET /api/measures/${m}?focal=KAZ`, async () => {
      const r = await get(`/api/measures/${m}?focal=KAZ&from=2024&to=2024`);
      assert.equal(r.status, 200);
      const body = await json(r);
      assert.equal(body.measure, m);
      assert.equal(body.focal, 'KAZ');
      assert.deepEqual(body.filter, { from: '2024', to: '2024' });
    });
  }

  it('dyad and compare', async () => {
    const d = await json(await get('/api/measures/dyad?focal=KAZ&partner=CHN&by=year'));
    assert.equal(d.total.events, 3);
    assert.deepEqual(d.series.map((p: any) => p.period), ['2023', '2024']);
    const c = await json(await get('/api/measures/compare?focal=KAZ,CHN&focal=RUS'));
    assert.deepEqual(c.focals, ['KAZ', 'CHN', 'RUS']);
  });

  it('headline: the overview numbers of the window', async () => {
    const h = await json(await get('/api/measures/headline?focal=KAZ&from=2024&to=2024'));
    assert.equal(h.events, 4);
    assert.equal(h.partners, 2);
    // CHN and RUS tie at 2 pairs each: no top partner and no dominant vector, the tie is listed.
    assert.equal(h.top_partner, null);
    assert.deepEqual(h.top_partner_tie.map((x: any) => [x.partner, x.events]), [['CHN', 2], ['RUS', 2]]);
    assert.equal(h.dominant, null);
    assert.deepEqual(h.dominant_tie.map((x: any) => [x.vector, x.share]), [['russia', 0.5], ['china', 0.5]]);
    assert.equal(h.deals_usd, 500_000_000);
    assert.deepEqual(h.visits, { inbound: 1, outbound: 1, reciprocity: 1 });
    assert.equal(typeof h.entropy, 'number');
  });

  it('POST /api/measures/balance takes a vector set with weights', async () => {
    const set = { name: 'two', vectors: [{ id: 'east', label: 'East', members: ['CHN'], weight: 2 }, { id: 'other', label: 'Other', rest: true }] };
    const r = await json(await post('/api/measures/balance?focal=KAZ&from=2024&to=2024', set));
    assert.equal(r.vector_set, 'two');
    const share = Object.fromEntries(r.total.vectors.map((v: any) => [v.vector, v.share]));
    // CHN: 2 pairs weighted 2 = 4; RUS: 2 pairs = 2 -> 4/6.
    assert.ok(Math.abs(share.east - 4 / 6) < 1e-3, JSON.stringify(share));
  });

  it('a bad vector set is a 400 naming the field', async () => {
    const p = await problemOf(await post('/api/measures/balance?focal=KAZ', { name: 'x', vectors: [{ id: 'Bad Id', label: 'x' }] }), 400);
    assert.ok(p.errors.some((e: any) => e.field === 'body.vectors.0.id'), JSON.stringify(p.errors));
  });
});

describe('writes', () => {
  it('401 without a token, 403 with a wrong one, and nothing changes', async () => {
    const p401 = await problemOf(await post('/api/events/e3/review', { action: 'reject' }), 401);
    assert.match(p401.detail, /Bearer/);
    await problemOf(await post('/api/events/e3/review', { action: 'reject' }, { authorization: 'Bearer wrong-token-0000000000' }), 403);
    await problemOf(await post('/api/ingest', 'Some text.', { authorization: 'Basic abc' }), 401);
    assert.equal((await json(await get('/api/events/e3'))).event.review_status, 'auto');
  });

  it('review: reject persists, is logged with its note and leaves the measures', async () => {
    const before = await json(await get('/api/measures/partners?focal=KAZ&from=2024&to=2024'));
    const rus = (r: any) => r.partners.find((p: any) => p.partner === 'RUS')?.events ?? 0;
    assert.equal(rus(before), 2);
    const r = await post('/api/events/e3/review', { action: 'reject', note: 'misread' }, auth());
    assert.equal(r.status, 200);
    const body = await json(r);
    assert.equal(body.event.review_status, 'rejected');
    assert.deepEqual([body.log.action, body.log.who, body.log.after.note], ['reject', 'analyst', 'misread']);
    const again = await json(await get('/api/events/e3'));
    assert.equal(again.event.review_status, 'rejected');
    assert.equal(again.review_log.length, 1);
    const after = await json(await get('/api/measures/partners?focal=KAZ&from=2024&to=2024'));
    assert.equal(rus(after), 1, 'the rejected event left the measure (cache cleared)');
    const rejected = await json(await get('/api/measures/partners?focal=KAZ&from=2024&to=2024&review=rejected'));
    assert.equal(rus(rejected), 1, 'review statuses filter the measures');
  });

  it('review: edit changes the fields, recomputes the event and logs before/after', async () => {
    const r = await json(await post('/api/events/e4/review', { action: 'edit', changes: { recipient: ['kaz', 'UZB'], event_type: 'cooperate' } }, auth()));
    assert.equal(r.event.review_status, 'edited');
    assert.deepEqual(r.event.recipient, ['KAZ', 'UZB']);
    assert.equal(r.event.event_type, 'COOPERATE');
    assert.equal(r.event.quad_class, 2);
    assert.deepEqual(r.log.before, { review_status: 'auto', event_type: 'CONSULT', recipient: ['KAZ'] });
    const ev = await json(await get('/api/events?partner=UZB'));
    assert.deepEqual(ev.events.map((e: any) => e.id), ['e4']);
    const confirm = await json(await post('/api/events/e1/review', { action: 'confirm' }, auth()));
    assert.equal(confirm.event.review_status, 'confirmed');
    assert.deepEqual(await s.store.checkIntegrity(), [], 'derived rows follow the edited event');
    const visits = await json(await get('/api/measures/visits?focal=KAZ&from=2024&to=2024'));
    assert.equal(visits.inbound, 0, 'the edited event is no longer a visit from RUS');
  });

  it('review: bad bodies and unknown events', async () => {
    const cases: Array<[unknown, string]> = [
      [{ action: 'approve' }, 'body.action'],
      [{ action: 'edit' }, 'body.changes'],
      [{ action: 'edit', changes: { date: '2024-02-30' } }, 'body.changes.date'],
      [{ action: 'edit', changes: { colour: 'red' } }, 'body.changes'],
      [{ action: 'confirm', changes: { mode: 'visit' } }, 'body.changes'],
    ];
    for (const [body, field] of cases) {
      const p = await problemOf(await post('/api/events/e1/review', body, auth()), 400);
      assert.ok(p.errors.some((e: any) => e.field === field), `${JSON.stringify(body)}: ${JSON.stringify(p.errors)}`);
    }
    await problemOf(await post('/api/events/nope/review', { action: 'confirm' }, auth()), 404);
    await problemOf(await fetch(`${s.base}/api/events/e1/review`, { method: 'POST', body: '{"action":', headers: { 'content-type': 'application/json', ...auth() } }), 400);
  });

  const blinken = 'US Secretary of State Antony Blinken held talks in Astana on Tuesday with President Kassym-Jomart Tokayev and Foreign Minister Mukhtar Tileuberdi.';

  it('ingest: a pasted text is coded on arrival and its events returned; again, it is unchanged', async () => {
    const r = await post('/api/ingest?id=pasted-1&date=2023-03-01&title=Blinken', blinken, auth());
    assert.equal(r.status, 200);
    const body = await json(r);
    assert.equal(body.documents.length, 1);
    const [d] = body.documents;
    assert.deepEqual([d.id, d.status], ['pasted-1', 'added']);
    assert.ok(d.events.length >= 1, 'at least one event');
    assert.ok(d.events.some((e: any) => e.event_type === 'CONSULT' && [...e.actor, ...e.recipient].includes('USA') && [...e.actor, ...e.recipient].includes('KAZ')),
      JSON.stringify(d.events));
    assert.ok(d.events.every((e: any) => e.doc === 'pasted-1' && e.date?.startsWith('2023')));
    const doc = await json(await get('/api/documents/pasted-1'));
    assert.equal(doc.document.title, 'Blinken');
    const again = await json(await post('/api/ingest?id=pasted-1&date=2023-03-01', blinken, auth()));
    assert.equal(again.documents[0].status, 'unchanged');
    assert.equal(again.documents[0].events.length, d.events.length);
  });

  it('ingest: coded events carry a confidence; the review order puts the least confident first', async () => {
    // the first sentence names both parties and the day; the second takes them from the discourse
    const text = 'President Tokayev held talks with President Khurelsukh in Astana on Wednesday. A package of documents was signed.';
    const r = await post('/api/ingest?id=conf-1&date=2024-09-20', text, auth());
    assert.equal(r.status, 200);
    const events = (await json(r)).documents[0].events as { event_type: string; confidence: number }[];
    const talks = events.find((e) => e.event_type === 'CONSULT');
    const signing = events.find((e) => e.event_type === 'SUPPORT');
    assert.ok(talks && signing, JSON.stringify(events));
    assert.ok(talks.confidence > signing.confidence, `talks ${talks.confidence} vs signing ${signing.confidence}`);
    assert.ok(signing.confidence > 0 && talks.confidence <= 1);
    const queue = await json(await get('/api/events?doc=conf-1&sort=confidence'));
    const order = queue.events.map((e: { confidence: number }) => e.confidence);
    assert.deepEqual(order, [...order].sort((x: number, y: number) => x - y));
    // imported dataset events carry none and are never served as if the coder had been sure of them
    const all = await json(await get('/api/events?sort=confidence&limit=500'));
    assert.ok(all.events.every((e: { origin: string; confidence: number | null }) => e.origin === 'coded' ? typeof e.confidence === 'number' || e.confidence === null : e.confidence === null));
  });

  it('ingest: JSON {text} gets an id from its text; NDJSON reports bad lines and stores the rest', async () => {
    const j = await json(await post('/api/ingest', { text: blinken.replace('Tuesday', 'Wednesday'), date: '2023-03-02' }, auth()));
    assert.match(j.documents[0].id, /^paste-[0-9a-f]{16}$/);
    const first = readFileSync(new URL('../../examples/docs.jsonl', import.meta.url), 'utf8').split('\n')[0]!;
    const nd = `${first}\n{"id": "bad"}\nnot json\n`;
    const r = await json(await post('/api/ingest', nd, { ...auth(), 'content-type': 'application/x-ndjson' }));
    assert.equal(r.documents.length, 1);
    assert.deepEqual(r.problems.map((p: any) => p.line), [2, 3]);
    assert.match(r.problems[0].message, /text/);
  });

  it('ingest: nothing readable is a 400; unknown media types are 415', async () => {
    await problemOf(await post('/api/ingest', '   ', auth()), 400);
    const p = await problemOf(await post('/api/ingest', '{"id": "x"}\n', { ...auth(), 'content-type': 'application/x-ndjson' }), 400);
    assert.match(p.detail, /missing document text/);
    await problemOf(await post('/api/ingest', { title: 'no text' }, auth()), 400);
    await problemOf(await fetch(`${s.base}/api/ingest`, { method: 'POST', body: 'x', headers: { 'content-type': 'application/xml', ...auth() } }), 415);
  });
});

describe('export and briefs', () => {
  it('GET /api/export in csv, jsonl and parquet', async () => {
    const csv = await get('/api/export?format=csv&country=KAZ&partner=CHN');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="multivector-events.csv"/);
    const lines = (await csv.text()).trim().split('\n');
    assert.match(lines[0]!, /^id,origin,doc/);
    assert.equal(lines.length, 4);
    const jsonl = (await (await get('/api/export?format=jsonl&doc=d1')).text()).trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(jsonl.map((e) => e.event_type).sort(), ['AGREE', 'CONSULT']);
    assert.deepEqual(Object.keys(jsonl[0]), ['doc', 'sentence', 'text', 'event_type', 'mode', 'context', 'actor', 'recipient', 'date', 'location', 'value', 'cameo']);
    const pq = Buffer.from(await (await get('/api/export?format=parquet')).arrayBuffer());
    assert.equal(pq.subarray(0, 4).toString(), 'PAR1');
    assert.equal(pq.subarray(-4).toString(), 'PAR1');
  });

  it('GET /api/brief as md and html downloads', async () => {
    const md = await get('/api/brief?focal=KAZ&from=2024-01&to=2024-12&format=md');
    assert.equal(md.status, 200);
    assert.match(md.headers.get('content-type') ?? '', /text\/markdown/);
    assert.match(md.headers.get('content-disposition') ?? '', /brief-KAZ-2024-01-to-2024-12\.md/);
    const text = await md.text();
    assert.match(text, /^# Kazakhstan: brief, 2024-01 to 2024-12/);
    assert.match(text, /!\[Vector shares\]\(data:image\/svg\+xml;base64,/);
    const html = await (await get('/api/brief?focal=KAZ&partner=CHN&from=2024-01&to=2024-12&format=html')).text();
    assert.match(html, /<svg[\s\S]*<\/svg>/);
    assert.match(html, /Kazakhstan and China/);
  });
});

describe('OpenAPI and headers', () => {
  it('/api/openapi.json is an OpenAPI 3.1 document listing every route with its parameters', async () => {
    const doc = await json(await get('/api/openapi.json'));
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(typeof doc.info.title, 'string');
    const expected: Array<[string, string]> = [
      ['get', '/api/health'], ['get', '/api/entities'], ['get', '/api/documents'], ['get', '/api/documents/{id}'],
      ['get', '/api/events'], ['get', '/api/events/{id}'], ['post', '/api/events/{id}/review'], ['post', '/api/ingest'],
      ['get', '/api/export'], ['get', '/api/brief'], ['post', '/api/measures/balance'], ['post', '/api/measures/compare'],
      ...['balance', 'partners', 'visits', 'dyad', 'deals', 'brokerage', 'convening', 'compare', 'headline'].map((m) => ['get', `/api/measures/${m}`] as [string, string]),
    ];
    for (const [method, path] of expected) assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is documented`);
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        assert.ok(op.responses && Object.keys(op.responses).length, `${method} ${path} has responses`);
        for (const p of op.parameters ?? []) {
          assert.ok(p.name && ['query', 'path', 'header', 'cookie'].includes(p.in) && p.schema, `${method} ${path}: parameter ${JSON.stringify(p)}`);
          if (p.in === 'path') assert.ok(path.includes(`{${p.name}}`) && p.required === true);
        }
      }
    }
    const params = doc.paths['/api/events'].get.parameters.map((p: any) => p.name);
    for (const n of ['country', 'partner', 'types', 'from', 'to', 'q', 'limit', 'offset', 'sort']) assert.ok(params.includes(n), n);
    assert.ok(doc.paths['/api/events/{id}/review'].post.requestBody.content['application/json'].schema);
    assert.deepEqual(doc.paths['/api/ingest'].post.security, [{ bearer: [] }]);
  });

  it('security headers on every response, no CORS by default', async () => {
    for (const path of ['/api/health', '/', '/api/nope']) {
      const r = await get(path, { headers: { origin: 'https://evil.example' } });
      const csp = r.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /https?:/, 'no outside origin allowed');
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(r.headers.get('x-frame-options'));
      assert.equal(r.headers.get('access-control-allow-origin'), null);
    }
  });

  it('an oversized body is a 413', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024 + 10);
    await problemOf(await post('/api/ingest', big, auth()), 413);
  });

  it('the token holder\'s name goes to the review log', async () => {
    const named = await startServer({ token: [{ name: 'alice', token: `alice-${TOKEN}` }] });
    try {
      const r = await json(await fetch(`${named.base}/api/events/e5/review`, {
        method: 'POST', body: JSON.stringify({ action: 'confirm' }), headers: { 'content-type': 'application/json', ...auth(`alice-${TOKEN}`) },
      }));
      assert.equal(r.log.who, 'alice');
    } finally {
      await named.close();
    }
  });
});
