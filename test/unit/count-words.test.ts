/**
 * One word for what the measures count, on every surface: "happenings" by default and "reports" with unit=reports
 * (src/model/unit.ts), never "events" for one and "happenings" for the other. The CLI's tables (the real command
 * for partners), the brief and the dashboard's labels, on a real DuckDB file.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { balance, brokerage, compare, convening, deals, dyad } from '../../src/analytics/index.ts';
import { gatherBrief, renderBrief } from '../../src/brief/index.ts';
import { balanceTable } from '../../src/cli/commands/balance.ts';
import { brokerageTable } from '../../src/cli/commands/brokerage.ts';
import { compareTable } from '../../src/cli/commands/compare.ts';
import { dealsTable } from '../../src/cli/commands/deals.ts';
import { dyadTable } from '../../src/cli/commands/dyad.ts';
import { countNoun, unitNote, type CountUnit } from '../../src/model/unit.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { fixtureStore } from './server-helpers.ts';

const bin = new URL('../../bin/multivector', import.meta.url).pathname;
/** A count called events ("4 events", "4 focal events", an "events" column): what must not appear. */
const EVENTS_COUNT = /\b\d[\d,]* (focal )?events?\b|\bevent–(vector|partner) pairs?\b|^\S.*\s{2}events\s/m;

describe('one word for what is counted, on every surface', () => {
  let dir: string;
  let store: Store;
  /** The real partners command's output, by unit (run while no one else holds the database file). */
  const partnersOut = new Map<CountUnit | undefined, string>();
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mv-words-'));
    await (await fixtureStore(dir)).close();
    const { MULTIVECTOR_TOKEN: _t, MULTIVECTOR_DB: _d, ...env } = process.env;
    for (const unit of [undefined, 'reports'] as const) {
      const r = spawnSync(bin, ['partners', 'KAZ', '--db', join(dir, 'api.duckdb'), ...(unit ? ['--unit', unit] : [])], { encoding: 'utf8', env });
      assert.equal(r.status, 0, r.stderr);
      partnersOut.set(unit, r.stdout);
    }
    store = await openStore({ path: join(dir, 'api.duckdb') });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const unit of [undefined, 'reports'] as Array<CountUnit | undefined>) {
    const noun = countNoun(unit);
    const other = countNoun(unit === 'reports' ? 'happenings' : 'reports');
    it(`CLI tables counting ${noun}`, async () => {
      const q = store.measures();
      const filter = unit ? { unit } : {};
      const texts: Record<string, string> = {
        balance: balanceTable(await balance(q, 'KAZ', { filter })),
        dyad: dyadTable(await dyad(q, 'KAZ', 'RUS', { filter })),
        deals: dealsTable(await deals(q, 'KAZ', { filter })),
        brokerage: brokerageTable({ brokerage: await brokerage(q, 'KAZ', { filter }), convening: await convening(q, 'KAZ', { filter }) }),
        compare: compareTable(await compare(q, ['KAZ', 'RUS'], { filter })),
        partners: partnersOut.get(unit)!,
      };
      const want: Record<string, RegExp> = {
        balance: new RegExp(`^KAZ: multi-vector balance, ${countNoun(unit, 1)}–vector pairs,.*\\n\\d+ focal ${noun}, `),
        dyad: new RegExp(`^KAZ–RUS: \\d+ ${noun} \\(`),
        deals: new RegExp(`^KAZ: \\d+ ${countNoun(unit, 1)}–partner pairs with money[^]*usd\\s+${noun}\\s`),
        brokerage: new RegExp(`computed on \\d+ ${noun} \\(`),
        compare: new RegExp(`^focal\\s+${noun}\\s`),
        partners: new RegExp(`vector\\s+${noun}\\s+out`),
      };
      assert.ok(texts.balance!.includes(`(${unitNote(unit)})`), 'the balance says what its counts are');
      for (const [name, text] of Object.entries(texts)) {
        assert.match(text, want[name]!, name);
        assert.doesNotMatch(text, EVENTS_COUNT, name);
        assert.ok(!new RegExp(`\\b\\d+ ${other}\\b`).test(text), `${name}: counted in ${other}`);
      }
    });
  }

  it('the brief says happenings, and what they are', async () => {
    for (const o of [{ focal: 'KAZ', from: '2024', to: '2024' }, { focal: 'KAZ', partner: 'RUS', from: '2024', to: '2024' }]) {
      const md = (await renderBrief(await gatherBrief(store, o), 'md')).toString();
      assert.ok(md.includes(unitNote(undefined)), 'the note');
      assert.match(md, o.partner ? /\| Happenings with Russia \|/ : /\| Happenings \| \d+ \|/);
      assert.doesNotMatch(md.replace(/^  > .*$/gm, ''), EVENTS_COUNT, 'no count called events (evidence sentences aside)');
    }
  });

  it('the dashboard takes its count labels from the same words', () => {
    // The pages that show measures: none counts in 'event' (the Events and Ingest pages list stored events, rightly so).
    const pages = new URL('../../web/src/pages/', import.meta.url).pathname;
    for (const f of ['_headline.ts', 'overview.ts', 'map.ts', 'dyad.ts', 'compare.ts']) {
      // (the dyad's timeline lists its stored events, one per report: those are events)
      const src = readFileSync(join(pages, f), 'utf8').split('\n').filter((l) => !l.includes('Timeline')).join('\n');
      assert.doesNotMatch(src, /count\([^)]*'event[^']*'\)/, `${f} counts in events`);
      assert.match(src, /MEASURED/, `${f} uses the shared word`);
    }
    assert.ok(readdirSync(pages).includes('methodology.ts'));
    assert.doesNotMatch(readFileSync(join(pages, 'methodology.ts'), 'utf8'), /Counts are events reported/);
  });
});
