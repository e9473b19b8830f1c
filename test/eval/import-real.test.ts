/** Imports the real GDELT 2.0 and ICEWS samples from ../shared/data (eval suite only: needs the shared data). */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { importFile } from '../../src/import/index.ts';
import { openStore } from '../../src/store/store.ts';

const DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const GDELT = join(DATA, 'gdelt/20150218230000.export.CSV');
const ICEWS = join(DATA, 'icews/events.2018.sample.tab');

it('imports the real GDELT 2.0 and ICEWS samples completely, mapping nearly every actor and location', { skip: !existsSync(GDELT) && 'no shared data' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mv-eval-import-'));
  const store = await openStore({ path: join(dir, 'real.duckdb') });
  try {
    const g = await importFile(store, 'gdelt', GDELT);
    assert.equal(g.rows, 2271);
    assert.equal(g.malformed, 0);
    assert.equal(g.added + g.unmapped, 2271);
    const i = await importFile(store, 'icews', ICEWS);
    assert.equal(i.malformed, 0);
    assert.equal(i.added + i.unmapped, i.rows);
    assert.equal((await importFile(store, 'gdelt', GDELT)).added, 0);

    for (const origin of ['gdelt', 'icews'] as const) {
      let n = 0, located = 0, withActor = 0;
      for await (const batch of store.iterateEvents({ origins: [origin] })) {
        for (const e of batch) {
          n++;
          if (e.location) located++;
          if (e.actor.length || e.recipient.length) withActor++;
        }
      }
      console.log(`${origin}: ${n} events, ${(100 * located / n).toFixed(1)}% with a location, ${(100 * withActor / n).toFixed(1)}% with a coded participant`);
      assert.ok(located / n > 0.9, `${origin} locations mapped`);
      assert.ok(withActor / n > 0.6, `${origin} participants mapped`);
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
