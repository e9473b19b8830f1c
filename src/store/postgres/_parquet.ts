/**
 * Parquet export: PostgreSQL writes no Parquet, so the exported events go through DuckDB's Parquet writer (the
 * embedded default's driver, already a dependency), in memory, from a private temporary JSON-lines file: the
 * same columns and types as the DuckDB engine's export. Memory stays bounded: events stream to the file by page.
 */
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { StoreError } from '../../errors.ts';
import { dateStart } from '../period.ts';
import type { StoredEvent } from '../store.ts';
import { scratchDir } from '../../scratch.ts';

/** Columns and DuckDB types, in the order the DuckDB engine exports them. */
const COLUMNS: Array<[string, string, (e: StoredEvent) => unknown]> = [
  ['id', 'VARCHAR', (e) => e.id], ['origin', 'VARCHAR', (e) => e.origin], ['doc', 'VARCHAR', (e) => e.doc],
  ['sentence', 'INTEGER', (e) => e.sentence], ['text', 'VARCHAR', (e) => e.text], ['event_type', 'VARCHAR', (e) => e.event_type],
  ['mode', 'VARCHAR', (e) => e.mode], ['context', 'VARCHAR[]', (e) => e.context], ['actor', 'VARCHAR[]', (e) => e.actor],
  ['recipient', 'VARCHAR[]', (e) => e.recipient], ['date', 'VARCHAR', (e) => e.date], ['date_start', 'DATE', (e) => dateStart(e.date)],
  ['location', 'VARCHAR', (e) => e.location], ['value_amount', 'DOUBLE', (e) => e.value?.amount ?? null],
  ['value_currency', 'VARCHAR', (e) => e.value?.currency ?? null], ['cameo', 'VARCHAR', (e) => e.cameo],
  ['score', 'DOUBLE', (e) => e.score], ['quad_class', 'TINYINT', (e) => e.quad_class], ['goldstein', 'DOUBLE', (e) => e.goldstein],
  ['num_mentions', 'INTEGER', (e) => e.num_mentions], ['num_sources', 'INTEGER', (e) => e.num_sources],
  ['num_articles', 'INTEGER', (e) => e.num_articles], ['tone', 'DOUBLE', (e) => e.tone], ['source_url', 'VARCHAR', (e) => e.source_url],
  ['review_status', 'VARCHAR', (e) => e.review_status], ['doc_changed', 'BOOLEAN', (e) => e.doc_changed],
];

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function writeParquet(events: AsyncIterable<StoredEvent[]>, out: string): Promise<number> {
  const dir = scratchDir('parquet');
  try {
    const tmp = join(dir, 'events.jsonl');
    const file = createWriteStream(tmp, { mode: 0o600 });
    let n = 0;
    try {
      for await (const batch of events) {
        n += batch.length;
        const text = batch.map((e) => JSON.stringify(Object.fromEntries(COLUMNS.map(([c, , get]) => [c, get(e)])))).join('\n') + '\n';
        if (!file.write(text)) await once(file, 'drain');
      }
    } finally {
      file.end();
      await once(file, 'close');
    }
    const instance = await DuckDBInstance.create(':memory:');
    try {
      const conn = await instance.connect();
      try {
        const columns = `{${COLUMNS.map(([c, t]) => `${lit(c)}: ${lit(t)}`).join(', ')}}`;
        await conn.run(`COPY (SELECT ${COLUMNS.map(([c]) => `"${c}"`).join(', ')} FROM read_json(${lit(tmp)}, format = 'newline_delimited', columns = ${columns}))
          TO ${lit(out)} (FORMAT parquet, COMPRESSION zstd)`);
      } catch (e) {
        throw new StoreError(`cannot write the Parquet file ${out}`, { cause: e, where: { file: out } });
      } finally {
        conn.closeSync();
      }
    } finally {
      instance.closeSync();
    }
    return n;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
