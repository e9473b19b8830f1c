/**
 * The CLI on PostgreSQL, as it runs: `serve --db postgres://…` holds no lock, so import, stats and balance run
 * beside it from other processes and the running server sees what they wrote; a password in the URL is never
 * printed. Needs a PostgreSQL test server (./_pg.ts).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, it } from 'node:test';
import { freshDatabase, withPostgres } from './_pg.ts';

const BIN = new URL('../../bin/multivector', import.meta.url).pathname;
const FIX = new URL('../fixtures/store/', import.meta.url).pathname;

const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, MULTIVECTOR_DB: '', ...env }, timeout: 120_000 });

withPostgres('the CLI beside serve on PostgreSQL', () => {
  let db: { url: string; drop(): Promise<void> };
  let serve: ChildProcess;
  let base: string;
  let banner = '';

  before(async () => {
    db = await freshDatabase();
    // A password in the URL (trust authentication ignores it): it must never be shown.
    const u = new URL(db.url);
    u.password = 's3cret-pw';
    db = { ...db, url: u.toString() };
    serve = spawn(process.execPath, [BIN, 'serve', '--db', db.url, '--port', '0', '--no-examples'], {
      stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MULTIVECTOR_TOKEN: 'test-token-for-postgres' },
    });
    serve.stdout!.on('data', (d) => (banner += d));
    for (;;) {
      const m = /observatory on (http:\/\/\S+)/.exec(banner);
      if (m) {
        base = m[1]!;
        break;
      }
      if (serve.exitCode !== null) throw new Error(`serve exited: ${banner}`);
      await Promise.race([once(serve.stdout!, 'data'), once(serve, 'exit')]);
    }
  });
  after(async () => {
    if (serve && serve.exitCode === null) {
      serve.kill('SIGTERM');
      await once(serve, 'exit');
    }
    await db?.drop();
  });

  it('import, stats and balance run beside serve, and serve sees what they wrote', async () => {
    assert.doesNotMatch(banner, /s3cret-pw/);
    assert.match(banner, /database postgres:\/\/[^ ]*\*\*\*@/);
    const imp = cli(['import', 'gdelt', `${FIX}gdelt2-sample.CSV`, '--db', db.url]);
    // The fixture has malformed rows on purpose: they are named, the others stored (exit 2, as on DuckDB).
    assert.equal(imp.status, 2, imp.stderr);
    assert.match(imp.stdout, /[1-9]\d* added/);
    const stats = cli(['stats', '--json'], { MULTIVECTOR_DB: db.url });
    assert.equal(stats.status, 0, stats.stderr);
    const s = JSON.parse(stats.stdout) as { path: string; events: number };
    assert.ok(s.events > 0);
    assert.doesNotMatch(stats.stdout, /s3cret-pw/);
    const viaApi = await (await fetch(new URL('api/stats', base))).json() as { events: number };
    assert.equal(viaApi.events, s.events, 'the running server reads what another process wrote');
    const bal = cli(['balance', 'USA', '--db', db.url, '--format', 'json']);
    assert.equal(bal.status, 0, bal.stderr);
  });

  it('an unreachable server is one line naming it, without its password', () => {
    const r = cli(['stats', '--db', 'postgres://someone:pw-hidden@127.0.0.1:1/nothing']);
    assert.equal(r.status, 4);
    assert.match(r.stderr.trim(), /^multivector: cannot reach the PostgreSQL server of postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nothing: nothing listens there/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.doesNotMatch(r.stderr, /pw-hidden|ECONNREFUSED/);
  });
});
