/**
 * The command line beside a running `serve` reads long lists a page at a time. Shown with the real CLI, a real
 * server on loopback and, between them, a loopback proxy that changes the offset the way a misbehaving server (or
 * one whose events shift while they are read) would: pages that repeat the end of the one before are read once;
 * a server that ignores the offset ends the command with an error, where it looped forever.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/index.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { ev, TOKEN } from './server-helpers.ts';

const bin = fileURLToPath(new URL('../../bin/multivector', import.meta.url));
const { MULTIVECTOR_TOKEN: _t, MULTIVECTOR_DB: _d, ...env } = process.env;
const EVENTS = 1234;

/** How the proxy changes a page's offset: unchanged, back by 3 (the pages overlap), or dropped. */
let shift: (offset: number) => number | null = (o) => o;

/** Runs the CLI; a command that loops is killed after 60 s. */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(bin, args, { env });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    p.stderr.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
    const timer = setTimeout(() => p.kill('SIGKILL'), 60_000);
    p.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('lists read through a running serve, page by page', () => {
  let dir: string;
  let db: string;
  let store: Store;
  let app: FastifyInstance;
  let proxy: Server;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-cli-pages-'));
    db = join(dir, 'db.duckdb');
    store = await openStore({ path: db });
    const events = Array.from({ length: EVENTS }, (_, i) => ev(`e${String(i).padStart(5, '0')}`, `d${i % 7}`, 'CONSULT', ['KAZ'], [i % 2 ? 'CHN' : 'RUS'],
      // Five days apart: each its own happening.
      new Date(Date.UTC(2000, 0, 1) + i * 5 * 86_400_000).toISOString().slice(0, 10), { sentence: i, text: `report ${i}` }));
    await store.putDocuments(Array.from({ length: 7 }, (_, d) => ({
      doc: { id: `d${d}`, title: `d${d}`, url: null, date: '2024-12-31', lang: 'en', content_hash: `h${d}`, source: 'test' },
      events: events.filter((e) => e.doc === `d${d}`),
    })));
    app = await buildServer({ store, token: TOKEN, webRoot: join(dir, 'no-web') });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const target = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    proxy = createServer((req, res) => {
      const url = new URL(req.url ?? '/', target);
      const offset = url.searchParams.get('offset');
      if (offset !== null) {
        const to = shift(Number(offset));
        if (to === null) url.searchParams.delete('offset');
        else url.searchParams.set('offset', String(to));
      }
      void fetch(url).then(async (r) => {
        res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/json' });
        res.end(Buffer.from(await r.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    // The CLI finds the server through the record beside the database: here, the proxy.
    writeFileSync(`${db}.serve.json`, JSON.stringify({ url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`, pid: process.pid }));
  });
  after(async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('overlapping pages: every event once, in order (csv, read in batches; a table, read as one page)', async () => {
    shift = (o) => Math.max(0, o - 3);
    const csv = await run(['events', '--db', db, '--format', 'csv', '--limit', '0']);
    assert.equal(csv.status, 0, csv.stderr);
    const rows = csv.stdout.trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
    assert.equal(rows.length, EVENTS);
    assert.equal(new Set(rows).size, EVENTS, 'an event listed twice');
    const table = await run(['events', '--db', db, '--limit', '1200']);
    assert.equal(table.status, 0, table.stderr);
    assert.equal(table.stdout.trim().split('\n').length, 1200 + 2, 'a header, a rule and 1,200 events');
    assert.match(table.stderr, /\(1200 of 1234 events shown/);
  });

  it('a server that ignores the offset: events (csv and table) and happenings stop with an error instead of looping', async () => {
    shift = () => null;
    for (const args of [['events', '--format', 'csv', '--limit', '0'], ['events', '--limit', '1200'], ['happenings', '--limit', '1500']]) {
      const r = await run([...args, '--db', db]);
      assert.notEqual(r.status, null, `${args[0]} had to be killed`);
      assert.notEqual(r.status, 0, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, /answered the same page of (events|happenings) again at offset \d+: stopped rather than repeat it/, args[0]);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });
});
