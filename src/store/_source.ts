/**
 * A report's source, stored on its event row (`events.source`, and on DuckDB's party rows): where its document
 * comes from, so the measures count distinct sources without reading documents or matching URLs per row at query
 * time (over 1M events that took most of an uncached balance). The definition is written once, here; every write
 * path fills it (the engines' appendEvents join each new event to its document), `refreshSourcesSql` follows a
 * document whose URL or input file changed under reports that outlive the change, and `sourceProblemsSql` is the
 * integrity check that they never disagree.
 */
import type { Dialect } from './_dialect.ts';

/**
 * The source of the report `r` with its document `d` (LEFT JOINed; see ./measures.ts CoverageRow): for GDELT and
 * ICEWS rows the host of their source URL, else their origin; for the others the host of the document's URL, else
 * its input file (the label without its ":line"), else the report's origin. Hosts are lower-case, without "www.".
 */
export function sourceSql<P>(d: Dialect<P>, r = 'r', doc = 'd'): string {
  // Lower-case host of a URL, without "www."; NULL when it is not an absolute URL. An http(s) URL whose authority
  // has no user, port, query or fragment is cut without the pattern (the same host, several times cheaper per row).
  const host = (col: string) => {
    const authority = `split_part(${col}, '/', 3)`;
    return `lower(nullif(CASE WHEN (${col} LIKE 'http://%' OR ${col} LIKE 'https://%')
        AND translate(${authority}, '@:?#', '') = ${authority}
      THEN CASE WHEN ${authority} LIKE 'www._%' THEN substr(${authority}, 5) ELSE ${authority} END
      ELSE ${d.regexpGroup(col, `'^[A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?(?:www[.])?([^/:?#]+)'`)} END, ''))`;
  };
  return `CASE WHEN ${r}.origin IN ('gdelt', 'icews') THEN coalesce(${host(`${r}.source_url`)}, ${r}.origin)
  ELSE coalesce(${host(`${doc}.url`)}, nullif(regexp_replace(${doc}.source, ':[0-9]+$', ''), ''), ${r}.origin) END`;
}

/**
 * Sets the stored source of the events of the documents in `docs` (a `$n` list parameter; see Dialect.inList) where
 * it differs from what their document now says: reports kept when their document is stored again (reviewed ones)
 * and reports stored before their document. Returns an UPDATE over `events`.
 */
export function refreshSourcesSql<P>(d: Dialect<P>, docs: string): string {
  return `UPDATE events SET source = x.source FROM (
      SELECT r.id, ${sourceSql(d)} AS source FROM events r LEFT JOIN documents d ON d.id = r.doc
      WHERE ${d.inList('r.doc', docs)}) x
    WHERE events.id = x.id AND events.source IS DISTINCT FROM x.source`;
}

/** Events whose stored source is not what their document says (should always be empty), as 'source:<id>'. */
export function sourceProblemsSql<P>(d: Dialect<P>): string {
  return `SELECT 'source:' || r.id AS p FROM events r LEFT JOIN documents d ON d.id = r.doc
    WHERE r.source IS DISTINCT FROM ${sourceSql(d)}`;
}

/** ASCII letters lower-cased, as lower() under COLLATE "C" (the stored columns' collation) does. */
const lowerAscii = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.replace(/[A-Z]+/g, (x) => x.toLowerCase()) : s.toLowerCase());

const HOST = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(?:www[.])?([^/:?#]+)/;

/** `sourceSql`'s host of a URL, in JavaScript (for rows mapped before they are stored). */
function host(url: string): string | null {
  let h: string | undefined;
  const start = url.startsWith('http://') ? 7 : url.startsWith('https://') ? 8 : -1;
  if (start > 0) {
    const end = url.indexOf('/', start);
    const authority = end < 0 ? url.slice(start) : url.slice(start, end);
    if (!/[@:?#]/.test(authority)) h = authority.length > 4 && authority.startsWith('www.') ? authority.slice(4) : authority;
  }
  if (h === undefined) h = HOST.exec(url)?.[1];
  return h ? lowerAscii(h) : null;
}

/** The last URL read and its host: a dataset's rows come by article, several from one URL. */
let last: { url: string; host: string | null } = { url: '', host: null };

/** `sourceSql` for a GDELT or ICEWS report (whose source does not depend on its document), in JavaScript. */
export function reportSource(origin: 'gdelt' | 'icews', sourceUrl: string | null): string {
  if (sourceUrl === null) return origin;
  if (sourceUrl !== last.url) last = { url: sourceUrl, host: host(sourceUrl) };
  return last.host ?? origin;
}
