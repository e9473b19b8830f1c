/**
 * The dataset importers (src/import): GDELT 1.0 and 2.0 exports, ICEWS .tab, PLOVER JSON and JSON Lines, plain or
 * zipped (zips mutated whole, or built with mutated, oversized or hostile entries), into a real DuckDB file. An
 * import answers with its counts or throws a project error naming the file; the events stored grow by exactly
 * the count it reports added (nothing when it throws); the database's integrity check stays clean.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { importFile, type Dataset } from '../src/import/index.ts';
import { openStore } from '../src/store/store.ts';
import { makeZip } from '../test/unit/zip-helpers.ts';
import { fail, noEngineText, projectError, within } from './_check.ts';
import { mutated, nastyString } from './_mutate.ts';
import type { Target } from './_target.ts';

const fixture = (name: string) => readFileSync(new URL(`../test/fixtures/store/${name}`, import.meta.url));
const PLOVER_LINES = [
  { id: 'p1', date: '2024-03-05', actor: [{ code: 'KAZ' }], recipient: [{ code: 'CHN' }], event: ['CONSULT'], mode: ['visit'], context: ['diplomatic'], event_text: 'Tokayev visited Beijing.' },
  { event_id: 'p2', story_date: '2024-04-01', event_type: 'DEMAND', actor_country: 'Russian Federation', recipient_country: ['UKR'], contexts: 'military;legal' },
  { id: 'p6', date: '2024-05', event: 'DISAPPROVE', actor: ['USA'], recipient: ['RUS'], quad_code: 3, value: { amount: 5e8, currency: 'USD' } },
];
const SAMPLES: Record<Dataset, Buffer[]> = {
  gdelt: [fixture('gdelt1-sample.txt'), fixture('gdelt2-sample.CSV'), fixture('gdelt2-sample.zip')],
  icews: [fixture('icews-sample.tab')],
  plover: [Buffer.from(PLOVER_LINES.map((l) => JSON.stringify(l)).join('\n') + '\n'), Buffer.from(JSON.stringify(PLOVER_LINES))],
};
const ENTRY_NAMES = ['events.CSV', '20240101.export.CSV', 'icews.tab', 'nested/dir/x.txt', '../escape.csv', '/abs.csv', 'README', '', 'é😀.tab'];

interface Input { dataset: Dataset; bytes: Buffer; strict: boolean; zip: Array<{ name: string; declared: number | null }> | null }

const input: fc.Arbitrary<Input> = fc.constantFrom<Dataset>('gdelt', 'icews', 'plover').chain((dataset) => fc.record({
  dataset: fc.constant(dataset),
  bytes: mutated(SAMPLES[dataset], 8),
  strict: fc.boolean(),
  // GDELT and ICEWS come zipped too: the mutated file as one or more entries, some lying about their size.
  zip: dataset === 'plover' ? fc.constant(null) : fc.option(fc.array(fc.record({
    name: fc.oneof(fc.constantFrom(...ENTRY_NAMES), nastyString(2)),
    declared: fc.option(fc.nat(1 << 20), { nil: null }),
  }), { minLength: 1, maxLength: 3 }), { nil: null, freq: 3 }),
}));

export const importTarget: Target = {
  name: 'import',
  weight: 2,
  async setup(tmp) {
    const store = await openStore({ path: join(tmp, 'import.duckdb') });
    let n = 0;
    return {
      arbitrary: input,
      async check({ dataset, bytes, strict, zip }: Input) {
        const file = join(tmp, `data-${n++}`);
        writeFileSync(file, zip ? makeZip(zip.map((z) => ({ name: z.name, data: bytes, ...(z.declared === null ? {} : { declaredSize: z.declared }) }))) : bytes);
        const before = await store.countEvents({});
        try {
          await within(10_000, `importing ${bytes.length} bytes of ${dataset}${zip ? ` in a zip of ${zip.length}` : ''}`, async () => {
            let r;
            try {
              r = await importFile(store, dataset, file, { strict });
            } catch (e) {
              const err = projectError(e, ['file']);
              const after = await store.countEvents({});
              if (after !== before) fail(`a failed import (${err.describe()}) changed the events stored: ${before} -> ${after}`);
              return;
            }
            const after = await store.countEvents({});
            if (after - before !== r.added) fail(`the import says ${r.added} added, the store grew by ${after - before}`);
            if (r.problems.length > 20) fail(`${r.problems.length} problems listed (at most 20)`);
            for (const p of r.problems) {
              noEngineText('an import problem', p.reason);
              if (p.line == null && dataset !== 'plover') fail(`a problem without its line: ${p.reason}`);
            }
            for (const s of r.skipped) noEngineText('a skipped entry', s.reason);
          });
        } finally {
          rmSync(file, { force: true });
        }
      },
      async close() {
        try {
          const bad = await store.checkIntegrity();
          if (bad.length) fail(`the database fails its integrity check after the imports: ${JSON.stringify(bad).slice(0, 500)}`);
        } finally {
          await store.close();
        }
      },
    };
  },
};
