/** DuckDB's spellings for the engine-neutral SQL of src/store (see ../_dialect.ts). */
import type { DuckDBValue } from '@duckdb/node-api';
import type { Dialect } from '../_dialect.ts';
import { SELECT_EVENT, whereClause } from './_rows.ts';

export const DUCKDB: Dialect<DuckDBValue> = {
  selectEvent: SELECT_EVENT,
  where: (f, params) => whereClause(f, params),
  // Lists travel as JSON text: the driver binds no JS arrays.
  list: (xs) => JSON.stringify(xs),
  inList: (col, param) => `${col} IN (SELECT unnest(${param}::JSON::VARCHAR[]))`,
  containsCi: (text, needle) => `contains(lower(${text}), lower(${needle}))`,
  isoTime: (col, ms = false) => `strftime(${col}, '%Y-%m-%dT%H:%M:%S${ms ? '.%g' : ''}Z')`,
  day: (col) => `strftime(${col}, '%Y-%m-%d')`,
  regexpGroup: (col, pattern) => `regexp_extract(${col}, ${pattern}, 1)`,
  collate: '',
};
