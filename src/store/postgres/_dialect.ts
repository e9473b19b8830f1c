/** PostgreSQL's spellings for the engine-neutral SQL of src/store (see ../_dialect.ts). */
import type { Dialect } from '../_dialect.ts';
import { SELECT_EVENT, whereClause } from './_rows.ts';

export const POSTGRES: Dialect<unknown> = {
  selectEvent: SELECT_EVENT,
  where: (f, params) => whereClause(f, params),
  list: (xs) => [...xs],
  inList: (col, param) => `${col} = ANY(${param}::text[])`,
  containsCi: (text, needle) => `strpos(lower(${text}), lower(${needle})) > 0`,
  isoTime: (col, ms = false) => `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS${ms ? '.MS' : ''}"Z"')`,
  day: (col) => `to_char(${col}, 'YYYY-MM-DD')`,
  regexpGroup: (col, pattern) => `substring(${col} FROM ${pattern})`,
  // Text sorts bytewise, as on DuckDB, whatever the database's collation.
  collate: 'COLLATE "C"',
};
