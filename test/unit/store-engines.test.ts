/** The engine registry: the scheme of `--db` picks the engine; printed locations never carry a password. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { displayLocation, engineFor } from '../../src/store/engines.ts';
import { resolveDbPath } from '../../src/store/store.ts';

describe('engine registry', () => {
  const cases: Array<[string, 'duckdb' | 'postgres', boolean]> = [
    ['multivector.duckdb', 'duckdb', true],
    [':memory:', 'duckdb', true],
    ['/data/team/obs.duckdb', 'duckdb', true],
    ['postgres://u@db.example/obs', 'postgres', false],
    ['postgresql://u:pw@127.0.0.1:5432/obs', 'postgres', false],
    ['POSTGRES://u@h/obs', 'postgres', false],
    ['postgres.duckdb', 'duckdb', true],
    ['./postgres:/x.duckdb', 'duckdb', true],
  ];
  for (const [location, name, embedded] of cases) {
    it(`${location} -> ${name}`, () => {
      assert.equal(engineFor(location).name, name);
      assert.equal(engineFor(location).embedded, embedded);
    });
  }

  const shown: Array<[string, string]> = [
    ['postgres://alice:s3cret@db.example:5432/obs', 'postgres://alice:***@db.example:5432/obs'],
    ['postgresql://alice@db.example/obs?sslmode=require', 'postgresql://alice@db.example/obs?sslmode=require'],
    ['postgres://alice:p%40ss@h/obs', 'postgres://alice:***@h/obs'],
    ['multivector.duckdb', 'multivector.duckdb'],
  ];
  for (const [location, printed] of shown) {
    it(`prints ${location} as ${printed}`, () => assert.equal(displayLocation(location), printed));
  }

  it('MULTIVECTOR_DB selects the database when --db is not given', () => {
    const saved = process.env.MULTIVECTOR_DB;
    try {
      process.env.MULTIVECTOR_DB = 'postgres://u@h/obs';
      assert.equal(resolveDbPath(undefined), 'postgres://u@h/obs');
      assert.equal(resolveDbPath('x.duckdb'), 'x.duckdb');
      delete process.env.MULTIVECTOR_DB;
      assert.equal(resolveDbPath(undefined), 'multivector.duckdb');
    } finally {
      if (saved === undefined) delete process.env.MULTIVECTOR_DB;
      else process.env.MULTIVECTOR_DB = saved;
    }
  });
});
