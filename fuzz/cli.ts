/**
 * The command line's argument parsing and validation, in this process (main(), as bin/multivector runs it) over
 * a real DuckDB file: commands with random, hostile or missing arguments and options. Every run ends with an exit
 * code of the project's (never 70, "unexpected"), stderr without a stack or engine text; a read command never
 * changes the database, and its integrity check stays clean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { main } from '../src/cli/main.ts';
import { openStore } from '../src/store/store.ts';
import { FIXTURE } from '../test/unit/server-helpers.ts';
import { fail, noEngineText } from './_check.ts';
import { nastyString } from './_mutate.ts';
import type { Target } from './_target.ts';

const COMMANDS = ['extract', 'ingest', 'import', 'events', 'happenings', 'export', 'stats', 'balance', 'partners', 'dyad', 'deals', 'brokerage', 'compare', 'brief'];
const WRITES = new Set(['ingest', 'import']);
/** Exit codes the CLI promises: ok, usage/input, not found, store, auth, output, busy. */
const EXIT_CODES = new Set([0, 1, 2, 3, 4, 5, 74, 75]);

const VALUES: Record<string, string[]> = {
  '--format': ['table', 'json', 'jsonl', 'csv', 'md', 'html', 'parquet', 'xml', ''],
  '--from': ['2024', '2024-01', '2024-02-30', '2024-13', '9999', '0999', '1000', 'x', ''],
  '--to': ['2024', '2025-12-31', '9998', '9999', '1000-01', ''],
  '--limit': ['0', '1', '-1', '1e9', 'abc', '99999999999999999999', '1.5', ''],
  '--offset': ['0', '3', '-1', '1e300', 'x'],
  '--top': ['0', '10', '-5', 'lots'],
  '--batch': ['1', '0', '-1', '100000', 'x'],
  '--min-reports': ['1', '0', '2', 'x'],
  '--by': ['month', 'quarter', 'year', 'week', ''],
  '--direction': ['out', 'in', 'both', 'sideways'],
  '--metric': ['events', 'usd', 'eur'],
  '--unit': ['happenings', 'reports', 'x'],
  '--type': ['CONSULT', 'consult,agree', 'NOPE', ',', ''],
  '--origin': ['coded', 'gdelt,icews', 'nope'],
  '--review': ['confirmed', 'rejected,unreviewed', 'maybe'],
  '--country': ['KAZ', 'kaz', 'KAX', 'K', 'ZZZZZZ', ''],
  '--partner': ['CHN', 'RUS', 'XXX', ''],
  '--doc': ['d1', 'nope', "'; DROP TABLE events; --"],
  '--date': ['2024-03-05', '2024-02-30', 'yesterday', ''],
  '--sort': ['-date', 'reports', 'date', 'x'],
};
const FLAGS = ['--strict', '--visits', '--json', '--help', '--version', '--no-such-option'];

export const cliTarget: Target = {
  name: 'cli',
  weight: 1,
  async setup(tmp) {
    const dir = join(tmp, 'cli');
    mkdirSync(dir, { recursive: true });
    const db = join(dir, 'cli.duckdb');
    const store = await openStore({ path: db });
    await store.putDocuments(FIXTURE);
    await store.close();
    const files = {
      binary: join(dir, 'binary.txt'), badJson: join(dir, 'bad.json'), vectors: join(dir, 'vectors.json'), out: join(dir, 'out.txt'),
    };
    writeFileSync(files.binary, Buffer.from([0, 1, 2, 255, 0, 7]));
    writeFileSync(files.badJson, '{"vectors": [');
    writeFileSync(files.vectors, JSON.stringify({ name: 'x', vectors: [{ id: 'a', label: 'A', members: ['CHN'] }] }));
    const PATHS = [new URL('../examples/docs.jsonl', import.meta.url).pathname, new URL('../test/fixtures/store/icews-sample.tab', import.meta.url).pathname,
      new URL('../test/fixtures/store/gdelt2-sample.zip', import.meta.url).pathname, files.binary, files.badJson, join(dir, 'missing.txt'), dir];
    const VALUE_FILES: Record<string, string[]> = { '--out': ['-', files.out], '--vectors': [files.vectors, files.badJson, files.binary, join(dir, 'none.json')], '--lexicon': [files.badJson, files.binary] };
    const optionNames = [...Object.keys(VALUES), ...Object.keys(VALUE_FILES)];

    const word = fc.oneof(
      fc.constantFrom('KAZ', 'CHN', 'RUS', 'kaz', 'KAX', 'gdelt', 'icews', 'plover', 'nope', ''),
      fc.constantFrom(...PATHS), nastyString(2),
    );
    const option = fc.oneof(
      // Values that name files come from the list only: a random one would write a file wherever the fuzzer runs.
      fc.constantFrom(...optionNames).chain((name) => fc.tuple(fc.constant(name), VALUE_FILES[name] ? fc.constantFrom(...VALUE_FILES[name])
        : fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES[name]!) }, { weight: 1, arbitrary: nastyString(2) }))),
      fc.constantFrom(...FLAGS).map((f) => [f] as [string]),
    );
    const argv = fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: nastyString(1) }), fc.array(word, { maxLength: 3 }), fc.array(option, { maxLength: 5 }))
      // No stdin here ('-' or no path would wait on it), no PDF (a browser per run): those have their own tests.
      .map(([cmd, words, opts]) => {
        const args = [cmd, ...words.filter((w) => w !== '-'), ...opts.flat()];
        if ((cmd === 'extract' || cmd === 'ingest') && words.filter((w) => w && w !== '-').length === 0) args.splice(1, 0, PATHS[0]!);
        // A brief is written beside the caller unless --out says where: here, into the fuzzer's folder.
        if (cmd === 'brief' && !args.includes('--out')) args.push('--out', files.out);
        return args.map((a) => (a === 'pdf' ? 'md' : a));
      });

    const fingerprint = async () => {
      const s = await openStore({ path: db });
      try {
        return JSON.stringify([await s.stats(), await s.queryEvents({}, { limit: 100_000 })]);
      } finally {
        await s.close();
      }
    };
    let before = await fingerprint();

    return {
      arbitrary: argv,
      async check(args: string[]) {
        const out: string[] = [];
        const err: string[] = [];
        const [o, e] = [process.stdout.write, process.stderr.write];
        const listeners = process.stdout.listeners('error');
        process.stdout.write = ((c: string | Uint8Array) => (out.push(String(c)), true)) as typeof process.stdout.write;
        process.stderr.write = ((c: string | Uint8Array) => (err.push(String(c)), true)) as typeof process.stderr.write;
        let code: number;
        try {
          code = await main([...args, '--db', db]);
        } finally {
          process.stdout.write = o;
          process.stderr.write = e;
          for (const l of process.stdout.listeners('error')) if (!listeners.includes(l)) process.stdout.off('error', l as () => void);
        }
        const stderr = err.join('');
        if (!EXIT_CODES.has(code)) fail(`exit code ${code} for ${JSON.stringify(args)}:\n${stderr.slice(0, 1000)}`);
        noEngineText(`stderr of ${JSON.stringify(args)}`, stderr);
        const cmd = args[0]!;
        if (!WRITES.has(cmd)) {
          const now = await fingerprint();
          if (now !== before) fail(`${JSON.stringify(args)} (exit ${code}) changed the database`);
        } else before = await fingerprint();
      },
      async close() {
        const s = await openStore({ path: db });
        try {
          const bad = await s.checkIntegrity();
          if (bad.length) fail(`the database fails its integrity check after the commands: ${JSON.stringify(bad).slice(0, 500)}`);
        } finally {
          await s.close();
        }
      },
    };
  },
};
