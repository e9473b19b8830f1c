/**
 * Synthetic events for benchmarks: `n` plausible rows generated inside DuckDB (skewed country pairs, all 16
 * types, dates 2015–2025), appended to a store file. Not used by the product.
 */
import { EVENT_TYPES } from '../../model/event.ts';
import { Db, sqlString } from './_db.ts';
import { appendEvents, compact, compactionDue } from './_party.ts';
import { migrate } from './_schema.ts';

const CODES = ['USA', 'CHN', 'RUS', 'KAZ', 'GBR', 'FRA', 'DEU', 'IND', 'JPN', 'TUR', 'IRN', 'UKR', 'UZB', 'KGZ', 'TJK',
  'TKM', 'PAK', 'AFG', 'ISR', 'PSE', 'EGY', 'SAU', 'ARE', 'QAT', 'KOR', 'PRK', 'BRA', 'ZAF', 'NGA', 'ITA', 'ESP', 'POL',
  'AZE', 'ARM', 'GEO', 'MNG', 'EU', 'UN', 'NATO', 'SCO'];

/**
 * `clustered`: dates grow with the row number (with a few days' jitter), as in a store filled from daily
 * dataset files in order; otherwise dates are uniformly random over the rows. Rows go in through the store's
 * own write path (appendEvents, then compaction when due) in batches of `batch` rows (default 1,000,000).
 */
export async function fillSyntheticEvents(path: string, n: number,
  options: { seed?: number; clustered?: boolean; batch?: number } = {}): Promise<void> {
  const seed = options.seed ?? 1;
  const batch = Math.max(1, options.batch ?? 1_000_000);
  const db = await Db.open(path);
  try {
    await migrate(db);
    const codes = `[${CODES.map(sqlString).join(', ')}]`;
    const types = `[${EVENT_TYPES.map(sqlString).join(', ')}]`;
    const base = (await db.one<{ n: number }>('SELECT count(*)::INTEGER AS n FROM events'))?.n ?? 0;
    const total = base + n;
    for (let done = 0; done < n; done += batch) {
      const size = Math.min(batch, n - done);
      const start = base + done;
      // Zipf-like skew: index = floor(len * r^2) favours the first codes, as real event data does.
      await db.run(`CREATE OR REPLACE TEMP TABLE _synthetic AS
        SELECT 'synthetic:' || j::VARCHAR AS id, 'gdelt' AS origin, 'synthetic-doc-' || (j // 5)::VARCHAR AS doc, 0 AS sentence,
          '' AS text, t AS event_type, NULL::VARCHAR AS mode, []::VARCHAR[] AS context, [a] AS actor, [r] AS recipient,
          list_distinct([a, r]) AS parties, strftime(d, '%Y-%m-%d') AS date, d AS date_start, a AS location,
          NULL::DOUBLE AS value_amount, NULL::VARCHAR AS value_currency, NULL::VARCHAR AS cameo, 1.0::DOUBLE AS score,
          1::TINYINT AS quad_class, NULL::DOUBLE AS goldstein, NULL::INTEGER AS num_mentions, NULL::INTEGER AS num_sources,
          NULL::INTEGER AS num_articles, NULL::DOUBLE AS tone, NULL::VARCHAR AS source_url, NULL::INTEGER AS span_start,
          NULL::INTEGER AS span_end, NULL::DOUBLE AS confidence
        FROM (
          SELECT j,
            ${codes}[1 + floor(${CODES.length} * pow(hash(j, ${seed}) % 1000000 / 1000000.0, 2))::INTEGER] AS a,
            ${codes}[1 + floor(${CODES.length} * pow(hash(j, ${seed + 1}) % 1000000 / 1000000.0, 2))::INTEGER] AS r,
            ${types}[1 + (hash(j, ${seed + 2}) % ${EVENT_TYPES.length})::INTEGER] AS t,
            (DATE '2015-01-01' + ${options.clustered
              ? `least(4017, greatest(0, floor(j * 4018.0 / ${total})::INTEGER + (hash(j, ${seed + 3}) % 7)::INTEGER - 3))`
              : `(hash(j, ${seed + 3}) % 4018)::INTEGER`}) AS d
          FROM (SELECT i + ${start} AS j FROM range(${size}) AS g(i))
        )`);
      await db.transaction(() => appendEvents(db, '_synthetic'));
      if (await compactionDue(db)) await compact(db);
    }
    await db.run('DROP TABLE IF EXISTS _synthetic');
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
