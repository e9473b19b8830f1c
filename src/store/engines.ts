/**
 * The engines, chosen by the scheme of the database location (`--db`, MULTIVECTOR_DB): postgres:// and
 * postgresql:// URLs open a PostgreSQL server, anything else is an embedded DuckDB file (the default). Engines
 * are loaded on demand, so a command on one never loads the other's driver.
 */
import { isPostgresUrl } from './location.ts';
import type { OpenOptions, Store } from './store.ts';

export { displayLocation, isPostgresUrl } from './location.ts';

export interface Engine {
  name: 'duckdb' | 'postgres';
  /**
   * True when the database is a local file that one process holds (then a running `serve` is reached through
   * its API, and its token and serve record live beside the file); false for a server many processes share.
   */
  embedded: boolean;
  open(options: OpenOptions): Promise<Store>;
}

const POSTGRES: Engine = {
  name: 'postgres',
  embedded: false,
  open: async (o) => (await import('./postgres/store.ts')).openPostgresStore(o),
};

const DUCKDB: Engine = {
  name: 'duckdb',
  embedded: true,
  open: async (o) => (await import('./duckdb/store.ts')).openDuckDbStore(o),
};

export function engineFor(location: string): Engine {
  return isPostgresUrl(location) ? POSTGRES : DUCKDB;
}
