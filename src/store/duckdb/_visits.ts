/**
 * The visits query (semantics in ../measures.ts, VisitRow): which pairs are visits, whose level counts, and
 * how that level is read from the evidence sentence with the lexicon's office-holders.
 */
import { GENERIC_CODES, IGO_CODES } from '../../model/event.ts';
import type { OfficeRow } from '../measures.ts';

/** What the query builder needs from the caller's parameter list. */
export interface SqlParams {
  p(v: string | number): string;
  json(v: unknown): string;
}

const RANK = { head: 3, minister: 2, other: 1 } as const;

/** Codes that host or are visited but never visit: organisations and generic actors. */
const NON_VISITORS: readonly string[] = [...IGO_CODES, ...GENERIC_CODES];

/** Words of a name or a sentence, split the same way on both sides so an office-holder's last word joins a token. */
export const WORD_SPLIT = '[^\\p{L}\\p{N}]+';
const lastWord = (alias: string): string => alias.split(new RegExp(WORD_SPLIT, 'u')).filter(Boolean).at(-1) ?? alias;

/**
 * The highest title named in a sentence, when nobody of another state is named in it (then the titles are the
 * visitor's): deputies of heads are ministers; "Secretary of State", "Foreign Secretary" are ministers.
 */
const TITLE_LEVEL = `CASE
    WHEN regexp_matches(text, '\\b(deputy|vice)[ -]?(prime minister|premier|president|chancellor)', 'i') THEN 'minister'
    WHEN regexp_matches(text, '\\b(presidents?|prime ministers?|premiers?|kings?|emirs?|amir|sultan|chancellors?|leaders?|heads of (state|government))\\b', 'i') THEN 'head'
    WHEN regexp_matches(text, '\\b(ministers?|secretary of state|foreign secretary|secretary of (defense|commerce|energy))\\b', 'i') THEN 'minister'
    ELSE 'other' END`;

/**
 * The SELECT after `pairs` (built with the detail columns text, mode, date_start, prec): one row per partner,
 * direction, level and kind. `focal` is the focal code's placeholder.
 */
export function visitsSelect(sql: SqlParams, focal: string, offices: readonly OfficeRow[], partner?: string): string {
  const only = partner ? `AND partner = ${sql.p(partner.toUpperCase())}` : '';
  const col = <K extends keyof OfficeRow>(k: K) => offices.map((o) => o[k]);
  const orgs = `${sql.json(NON_VISITORS)}::JSON::VARCHAR[]`;
  return `offices AS (
      SELECT unnest(${sql.json(col('alias'))}::JSON::VARCHAR[]) AS alias,
        unnest(${sql.json(offices.map((o) => lastWord(o.alias)))}::JSON::VARCHAR[]) AS last,
        unnest(${sql.json(col('code'))}::JSON::VARCHAR[]) AS code,
        unnest(${sql.json(offices.map((o) => RANK[o.level]))}::JSON::INTEGER[]) AS rank,
        unnest(${sql.json(col('from'))}::JSON::DATE[]) AS from_d,
        unnest(${sql.json(col('to'))}::JSON::DATE[]) AS to_d
    ), v AS (
      SELECT id, partner, po, pi, text, date_start, prec FROM pairs WHERE mode = 'visit' ${only}
    ), vp AS (
      SELECT id, partner, 'out' AS direction, ${focal} AS visitor, text, date_start, prec FROM v
        WHERE po AND NOT list_contains(${orgs}, ${focal})
      UNION ALL
      SELECT id, partner, 'in' AS direction, partner AS visitor, text, date_start, prec FROM v
        WHERE pi AND NOT list_contains(${orgs}, partner)
    ), ve AS (
      SELECT DISTINCT id, text, date_start, prec FROM vp WHERE coalesce(text, '') <> ''
    ), tok AS (
      SELECT DISTINCT id, w FROM (SELECT id, unnest(string_split_regex(text, '${WORD_SPLIT}')) AS w FROM ve)
    ), named AS (
      -- office-holders named in the sentence and in office on its date (any overlap with the date's span)
      SELECT DISTINCT ve.id, o.code, o.rank FROM ve JOIN tok ON tok.id = ve.id JOIN offices o ON o.last = tok.w
      WHERE contains(ve.text, o.alias) AND (ve.date_start IS NULL OR (
        o.from_d < ve.date_start + CASE ve.prec WHEN 1 THEN INTERVAL 1 YEAR WHEN 2 THEN INTERVAL 1 MONTH ELSE INTERVAL 1 DAY END
        AND (o.to_d IS NULL OR o.to_d >= ve.date_start)))
    ), lv AS (
      SELECT vp.id, vp.partner, vp.direction, any_value(vp.text) AS text,
        max(n.rank) FILTER (WHERE n.code = vp.visitor) AS own, count(n.code) FILTER (WHERE n.code <> vp.visitor) AS others
      FROM vp LEFT JOIN named n ON n.id = vp.id GROUP BY vp.id, vp.partner, vp.direction
    )
    SELECT partner, direction, CASE
        WHEN coalesce(text, '') = '' THEN 'unknown'
        WHEN own = 3 THEN 'head' WHEN own = 2 THEN 'minister' WHEN own = 1 THEN 'other'
        WHEN regexp_matches(text, '\\bstate visit', 'i') THEN 'head'
        -- "welcomed the leaders of Kyrgyzstan, Tajikistan…": the visitors are heads, whoever hosts them
        WHEN regexp_matches(text, '\\b(the leaders|heads of state) of\\b', 'i') THEN 'head'
        WHEN others > 0 THEN 'unknown'
        ELSE ${TITLE_LEVEL} END AS level,
      CASE WHEN regexp_matches(text, '\\bstate visit', 'i') THEN 'state'
        WHEN regexp_matches(text, '\\bofficial visit', 'i') THEN 'official'
        WHEN regexp_matches(text, '\\bworking visit', 'i') THEN 'working' END AS kind,
      count(*)::INTEGER AS events
    FROM lv GROUP BY ALL ORDER BY events DESC, partner, direction, level, kind NULLS FIRST`;
}
