/**
 * The visits query on PostgreSQL (semantics in ../measures.ts, VisitRow; the DuckDB form is
 * ../duckdb/_visits.ts): which pairs are visits, whose level counts, and how that level is read from the
 * evidence sentence with the lexicon's office-holders. PostgreSQL's regular expressions say \y for a word edge.
 */
import { GENERIC_CODES, IGO_CODES } from '../../model/event.ts';
import type { OfficeRow } from '../measures.ts';

export interface SqlParams {
  p(v: unknown): string;
}

const RANK = { head: 3, minister: 2, other: 1 } as const;
const NON_VISITORS: readonly string[] = [...IGO_CODES, ...GENERIC_CODES];

/** Words of a name or a sentence (letters and digits), split alike on both sides. */
const WORD_SPLIT = '[^[:alnum:]]+';
const lastWord = (alias: string): string => alias.split(/[^\p{L}\p{N}]+/u).filter(Boolean).at(-1) ?? alias;

const TITLE_LEVEL = `CASE
    WHEN text ~* '\\y(deputy|vice)[ -]?(prime minister|premier|president|chancellor)' THEN 'minister'
    WHEN text ~* '\\y(presidents?|prime ministers?|premiers?|kings?|emirs?|amir|sultan|chancellors?|leaders?|heads of (state|government))\\y' THEN 'head'
    WHEN text ~* '\\y(ministers?|secretary of state|foreign secretary|secretary of (defense|commerce|energy))\\y' THEN 'minister'
    ELSE 'other' END`;

/** The SELECT after `pairs` (with text, mode, date_start, prec): one row per partner, direction, level and kind. */
export function visitsSelect(sql: SqlParams, focal: string, offices: readonly OfficeRow[], partner?: string): string {
  const only = partner ? `AND partner = ${sql.p(partner.toUpperCase())}` : '';
  const orgs = `${sql.p(NON_VISITORS)}::text[]`;
  return `offices AS (
      SELECT * FROM unnest(${sql.p(offices.map((o) => o.alias))}::text[], ${sql.p(offices.map((o) => lastWord(o.alias)))}::text[],
        ${sql.p(offices.map((o) => o.code))}::text[], ${sql.p(offices.map((o) => RANK[o.level]))}::integer[],
        ${sql.p(offices.map((o) => o.from))}::date[], ${sql.p(offices.map((o) => o.to))}::date[]) AS o(alias, last, code, rank, from_d, to_d)
    ), v AS (
      SELECT id, partner, po, pi, text, date_start, prec FROM pairs WHERE mode = 'visit' ${only}
    ), vp AS (
      SELECT id, partner, 'out' AS direction, ${focal}::text AS visitor, text, date_start, prec FROM v
        WHERE po AND NOT (${focal} = ANY(${orgs}))
      UNION ALL
      SELECT id, partner, 'in' AS direction, partner AS visitor, text, date_start, prec FROM v
        WHERE pi AND NOT (partner = ANY(${orgs}))
    ), ve AS (
      SELECT DISTINCT id, text, date_start, prec FROM vp WHERE coalesce(text, '') <> ''
    ), tok AS (
      SELECT DISTINCT id, w FROM ve, regexp_split_to_table(text, '${WORD_SPLIT}') AS w
    ), named AS (
      SELECT DISTINCT ve.id, o.code, o.rank FROM ve JOIN tok ON tok.id = ve.id JOIN offices o ON o.last = tok.w
      WHERE strpos(ve.text, o.alias) > 0 AND (ve.date_start IS NULL OR (
        o.from_d < ve.date_start + CASE ve.prec WHEN 1 THEN interval '1 year' WHEN 2 THEN interval '1 month' ELSE interval '1 day' END
        AND (o.to_d IS NULL OR o.to_d >= ve.date_start)))
    ), lv AS (
      SELECT vp.id, vp.partner, vp.direction, min(vp.text) AS text,
        max(n.rank) FILTER (WHERE n.code = vp.visitor) AS own, count(n.code) FILTER (WHERE n.code <> vp.visitor) AS others
      FROM vp LEFT JOIN named n ON n.id = vp.id GROUP BY vp.id, vp.partner, vp.direction
    ), lk AS (
      SELECT partner, direction, CASE
          WHEN coalesce(text, '') = '' THEN 'unknown'
          WHEN own = 3 THEN 'head' WHEN own = 2 THEN 'minister' WHEN own = 1 THEN 'other'
          WHEN text ~* '\\ystate visit' THEN 'head'
          WHEN text ~* '\\y(the leaders|heads of state) of\\y' THEN 'head'
          WHEN others > 0 THEN 'unknown'
          ELSE ${TITLE_LEVEL} END AS level,
        CASE WHEN text ~* '\\ystate visit' THEN 'state'
          WHEN text ~* '\\yofficial visit' THEN 'official'
          WHEN text ~* '\\yworking visit' THEN 'working' END AS kind
      FROM lv
    )
    SELECT partner, direction, level, kind, count(*)::integer AS events
    FROM lk GROUP BY partner, direction, level, kind
    ORDER BY events DESC, partner COLLATE "C", direction COLLATE "C", level COLLATE "C", kind COLLATE "C" NULLS FIRST`;
}
