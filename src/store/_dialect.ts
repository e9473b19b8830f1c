/**
 * What the engine-neutral SQL of src/store (happening lists, the API's queries, dataset mapping, measures'
 * shared parts) needs from an engine: a way to run a query, and the few spellings in which DuckDB and
 * PostgreSQL differ. Each engine gives one Dialect (duckdb/_dialect.ts, postgres/_dialect.ts); the logic is
 * written once against it. `P` is the engine's parameter value type.
 */
import type { EventFilter } from './store.ts';

/** Parameters of a query: plain values, or the engine's own (`P`, e.g. a list). */
export type SqlParams<P> = Array<P | string | number | boolean | null>;

export interface SqlRunner<P> {
  all<T>(sql: string, params?: SqlParams<P>): Promise<T[]>;
  one<T>(sql: string, params?: SqlParams<P>): Promise<T | undefined>;
}

export interface Dialect<P> {
  /** The SELECT list that reads an event back as an EventRow (../_event-row.ts). */
  selectEvent: string;
  /** WHERE clause (without the keyword; 'true' when empty) over an event filter, its parameters appended to `params`. */
  where(f: EventFilter, params?: SqlParams<P>): { where: string; params: SqlParams<P> };
  /** A list of strings as one parameter value. */
  list(xs: readonly string[]): P;
  /** `col` is one of the strings of the list parameter `param` (a `$n`). */
  inList(col: string, param: string): string;
  /** Case-insensitive substring test. */
  containsCi(text: string, needle: string): string;
  /** A timestamp as ISO 8601 UTC text, to the second, or to the millisecond with `ms`. */
  isoTime(col: string, ms?: boolean): string;
  /** A DATE as YYYY-MM-DD text. */
  day(col: string): string;
  /** The first capture group of `pattern` (a SQL string literal) in `col`; NULL or '' when it does not match. */
  regexpGroup(col: string, pattern: string): string;
  /** What makes a text ORDER BY bytewise ('' where that is the default). */
  collate: string;
}

/** A SQL string literal. */
export const sqlLiteral = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A whole, non-negative number for LIMIT/OFFSET (callers validate; this keeps the SQL safe regardless). */
export const sqlInt = (n: number | undefined, fallback = 0): number =>
  Math.max(0, Math.floor(n !== undefined && Number.isFinite(n) ? n : fallback));
