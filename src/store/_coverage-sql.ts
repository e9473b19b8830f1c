/**
 * The stored coverage aggregate, the same on every engine: `coverage_evidence` holds, per focal code and partner,
 * each document and source a counted report brings, with the columns a measure filter reads, so the coverage
 * measure (./measures.ts CoverageRow) reads a focal code's rows of it instead of joining each happening's reports,
 * unnesting partner lists and de-duplicating event–key pairs over the events at query time (at 1M events that was
 * about two thirds of an uncached balance).
 *
 * Rows of a focal code `code`, for each report of it with at least one partner and each of its partners:
 * - own rows (`own`): the report's document and source, with the report's own date, type, origin, review status
 *   and date flag; `h_rep` tells whether the report is its happening's representative. Counting reports reads
 *   these.
 * - evidence rows (`h_rep` true, `own` false): for a representative, the document and source of every other
 *   report of its happening, with the representative's columns. Counting happenings reads the representatives'
 *   own rows and these: a happening counts where its representative does and brings all its reports' documents.
 * `po`/`pi`: the pair holds in direction out/in. `hkey` (the happening block key) and `h` (the happening) say which
 * rows a write recomputes: a happening's reports share its block key. Distinct counts cannot be summed over
 * periods, keys or windows, so the rows stay per document; de-duplicating them is the query's work, on few rows.
 * Documents and sources are stored as numbers (`doc_n`, `source_n`) from the dictionary `evidence_names`, which
 * gives each name one number for good: grouping on integers took a third of the time grouping on the names took.
 */
export const COVERAGE_COLUMNS = `code, partner, hkey, h, doc_n, source_n, po, pi, date_start, date_prec, date_flag, event_type, origin,
  review_status, h_rep, own`;

/** COVERAGE_COLUMNS of the derived rows `r` (with doc and source names), numbered through evidence_names. */
export const NUMBERED_SQL = (rows: string) => `SELECT r.code, r.partner, r.hkey, r.h, dn.n AS doc_n, sn.n AS source_n, r.po, r.pi,
    r.date_start, r.date_prec, r.date_flag, r.event_type, r.origin, r.review_status, r.h_rep, r.own
  FROM ${rows} r JOIN evidence_names dn ON dn.name = r.doc LEFT JOIN evidence_names sn ON sn.name = r.source`;

/** Inserts into evidence_names the document and source names of the derived rows `rows` it does not hold yet. */
export const NEW_NAMES_SQL = (rows: string) => `INSERT INTO evidence_names (name)
  SELECT name FROM (SELECT doc AS name FROM ${rows} UNION SELECT source FROM ${rows} WHERE source IS NOT NULL) x
  WHERE NOT EXISTS (SELECT 1 FROM evidence_names e WHERE e.name = x.name) ORDER BY name`;
