/**
 * Synthetic events for benchmarks: `n` plausible rows generated inside DuckDB (skewed country pairs, all 16
 * types, dates 2015–2025), appended to a store file. Not used by the product.
 */
import { EVENT_TYPES } from '../../model/event.ts';
import { Db, sqlString } from './_db.ts';
import { migrate } from './_schema.ts';

const CODES = ['USA', 'CHN', 'RUS', 'KAZ', 'GBR', 'FRA', 'DEU', 'IND', 'JPN', 'TUR', 'IRN', 'UKR', 'UZB', 'KGZ', 'TJK',
  'TKM', 'PAK', 'AFG', 'ISR', 'PSE', 'EGY', 'SAU', 'ARE', 'QAT', 'KOR', 'PRK', 'BRA', 'ZAF', 'NGA', 'ITA', 'ESP', 'POL',
  'AZE', 'ARM', 'GEO', 'MNG', 'EU', 'UN', 'NATO', 'SCO'];

/**
 * `clustered`: dates grow with the row number (with a few days' jitter), as in a store filled from daily
 * dataset files in order; otherwise dates are uniformly random over the rows.
 */
export async function fillSyntheticEvents(path: string, n: number, options: { seed?: number; clustered?: boolean } = {}): Promise<void> {
  const seed = options.seed ?? 1;
  const db = await Db.open(path);
  try {
    await migrate(db);
    const codes = `[${CODES.map(sqlString).join(', ')}]`;
    const types = `[${EVENT_TYPES.map(sqlString).join(', ')}]`;
    const start = (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM events'))?.n ?? 0;
    // Zipf-like skew: index = floor(len * r^2) favours the first codes, as real event data does.
    await db.run(`INSERT INTO events (id, origin, doc, sentence, text, event_type, mode, context, actor, recipient, parties,
        date, date_start, location, cameo, score, quad_class)
      SELECT 'synthetic:' || (i + ${start})::VARCHAR, 'gdelt', 'synthetic-doc-' || (i // 5)::VARCHAR, 0, '',
        t, NULL, []::VARCHAR[], [a], [r], list_distinct([a, r]), strftime(d, '%Y-%m-%d'), d, a, NULL, 1.0, 1
      FROM (
        SELECT i,
          ${codes}[1 + floor(${CODES.length} * pow(hash(i, ${seed}) % 1000000 / 1000000.0, 2))::INTEGER] AS a,
          ${codes}[1 + floor(${CODES.length} * pow(hash(i, ${seed + 1}) % 1000000 / 1000000.0, 2))::INTEGER] AS r,
          ${types}[1 + (hash(i, ${seed + 2}) % ${EVENT_TYPES.length})::INTEGER] AS t,
          (DATE '2015-01-01' + ${options.clustered
            ? `least(4017, greatest(0, floor((i + ${start}) * 4018.0 / ${n + start})::INTEGER + (hash(i, ${seed + 3}) % 7)::INTEGER - 3))`
            : `(hash(i, ${seed + 3}) % 4018)::INTEGER`}) AS d
        FROM range(${n}) AS g(i)
      )`);
    await db.run('CHECKPOINT');
  } finally {
    db.close();
  }
}

/** DuckDB's own read of a delimited file into a bare table: the yardstick for import speed. */
export async function rawReadCsv(path: string, file: string): Promise<number> {
  const db = await Db.open(path);
  try {
    await db.run('DROP TABLE IF EXISTS raw_bench');
    return await db.run(`CREATE TABLE raw_bench AS SELECT * FROM read_csv(${sqlString(file)}, delim = '\t', header = false,
      quote = '', escape = '', all_varchar = true, auto_detect = false,
      columns = {${Array.from({ length: 61 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ')}})`);
  } finally {
    db.close();
  }
}
