/**
 * Versioned schema on PostgreSQL, version for version the effect of ../duckdb/_schema.ts (same numbers and
 * descriptions). Pending migrations run in one transaction (a failed upgrade leaves the previous version
 * whole) under an advisory lock (two processes opening a new database at once migrate it once); each records
 * its version in schema_version. Never edit a
 * released migration: append a new one.
 *
 * Differences that stay here: events has a primary key (PostgreSQL's B-tree costs little on bulk loads and is
 * what keeps concurrent writers from storing an id twice); no event_party table: a GIN index on `parties`
 * finds a country's events, and the partner lists are computed by the IMMUTABLE functions below (inlined by
 * the planner); text columns compare bytewise (COLLATE "C"), as DuckDB and JavaScript do.
 */
import { entities } from '../../model/cameo.ts';
import { StoreError } from '../../errors.ts';
import type { Conn } from './_db.ts';
import { addHappenings } from './_happenings.ts';
import { addCoverage, COVERAGE_VERSION } from './_coverage.ts';
import { markFlags } from './_write.ts';
import { sourceSql } from '../_source.ts';
import { POSTGRES } from './_dialect.ts';

const T = 'TEXT COLLATE "C"';
const TA = 'TEXT[] COLLATE "C"';

interface Migration {
  version: number;
  description: string;
  up: (c: Conn) => Promise<void>;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'documents, events, entities, review log',
    up: async (c) => {
      await c.run(`CREATE TABLE documents (
        id ${T} PRIMARY KEY, title ${T}, url ${T}, date ${T}, lang ${T},
        content_hash ${T} NOT NULL, source ${T},
        n_events INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))`);
      await c.run(`CREATE TABLE events (
        id ${T} PRIMARY KEY,
        origin ${T} NOT NULL, doc ${T} NOT NULL, sentence INTEGER NOT NULL, text ${T} NOT NULL,
        event_type ${T} NOT NULL, mode ${T},
        context ${TA} NOT NULL, actor ${TA} NOT NULL, recipient ${TA} NOT NULL, parties ${TA} NOT NULL,
        date ${T}, date_start DATE, location ${T}, value_amount DOUBLE PRECISION, value_currency ${T}, cameo ${T},
        score DOUBLE PRECISION NOT NULL, quad_class SMALLINT NOT NULL, goldstein DOUBLE PRECISION,
        num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, tone DOUBLE PRECISION, source_url ${T},
        span_start INTEGER, span_end INTEGER,
        review_status ${T} NOT NULL DEFAULT 'auto',
        doc_changed BOOLEAN NOT NULL DEFAULT false,
        created_at TIMESTAMP NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'))`);
      await c.run('CREATE INDEX events_doc ON events (doc)');
      await c.run('CREATE INDEX events_date ON events (date_start, id)');
      await c.run(`CREATE TABLE entities (code ${T} PRIMARY KEY, name ${T} NOT NULL, kind ${T} NOT NULL)`);
      const ents = entities();
      await c.run(`INSERT INTO entities SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
        [ents.map((e) => e.code), ents.map((e) => e.name), ents.map((e) => e.kind)]);
      await c.run(`CREATE TABLE review_log (
        id BIGSERIAL PRIMARY KEY, event_id ${T} NOT NULL, who ${T} NOT NULL,
        "at" TIMESTAMP NOT NULL DEFAULT (clock_timestamp() AT TIME ZONE 'UTC'),
        action ${T} NOT NULL, "before" JSON, "after" JSON)`);
      await c.run('CREATE INDEX review_log_event ON review_log (event_id, id)');
    },
  },
  {
    version: 2,
    description: 'event_party: participation rows clustered by code, for focal queries and measures',
    up: async (c) => {
      // PostgreSQL's form of it: an inverted index on the parties, and the partner functions.
      await c.run('CREATE INDEX events_parties ON events USING GIN (parties)');
      await c.run(`CREATE FUNCTION mv_distinct(a text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT coalesce(array_agg(DISTINCT x COLLATE "C" ORDER BY x COLLATE "C"), '{}') FROM unnest(a) x $$`);
    },
  },
  {
    version: 3,
    description: "events.confidence: the coder's confidence, so the review queue can put doubtful events first",
    up: async (c) => {
      await c.run('ALTER TABLE events ADD COLUMN confidence DOUBLE PRECISION');
    },
  },
  {
    version: 4,
    description: 'event_party: co-actors of a joint act are partners for every type; date precision and date flags',
    up: async (c) => {
      await c.run(`ALTER TABLE events ADD COLUMN date_flag ${T}`);
      // Partners of `code` (../measures.ts): out = the recipients, or the other actors of a joint act; in = the actors.
      await c.run(`CREATE FUNCTION mv_out_partners(actor text[], recipient text[], code text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN code = ANY(actor) THEN (SELECT coalesce(array_agg(DISTINCT x COLLATE "C" ORDER BY x COLLATE "C"), '{}')
          FROM unnest(CASE WHEN cardinality(recipient) = 0 THEN actor ELSE recipient END) x WHERE x <> code)
        ELSE '{}'::text[] END $$`);
      await c.run(`CREATE FUNCTION mv_in_partners(actor text[], recipient text[], code text) RETURNS text[]
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN code = ANY(recipient) THEN (SELECT coalesce(array_agg(DISTINCT x COLLATE "C" ORDER BY x COLLATE "C"), '{}')
          FROM unnest(actor) x WHERE x <> code)
        ELSE '{}'::text[] END $$`);
      // A date's precision: 1 year, 2 month, 3 day; NULL when undated.
      await c.run(`CREATE FUNCTION mv_prec(date text) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT (CASE length(date) WHEN 4 THEN 1 WHEN 7 THEN 2 WHEN 10 THEN 3 END)::smallint $$`);
      // A document's date as a date, or NULL when it is not one (documents keep what their source said).
      await c.run(`CREATE FUNCTION mv_try_date(t text) RETURNS date LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
        BEGIN
          IF t IS NULL OR t !~ '^\\d{4}-\\d{2}-\\d{2}$' THEN RETURN NULL; END IF;
          RETURN t::date;
        EXCEPTION WHEN others THEN RETURN NULL;
        END $$`);
      await markFlags(c, 'SELECT id FROM events');
    },
  },
  {
    version: 5,
    description: 'happenings: events reporting the same happening are clustered (events.hkey, happening, h_rep)',
    up: addHappenings,
  },
  {
    version: 6,
    description: 'live sources: source status, files imported once, alerts seen',
    up: async (c) => {
      // Instants are ISO 8601 UTC text, as the DuckDB engine keeps them.
      await c.run(`CREATE TABLE source_status (
        name ${T} PRIMARY KEY, url ${T} NOT NULL, type ${T} NOT NULL, etag ${T}, last_modified ${T},
        last_poll ${T}, last_success ${T}, next_poll ${T}, failures INTEGER NOT NULL,
        items_added BIGINT NOT NULL, events_added BIGINT NOT NULL, last_error ${T})`);
      await c.run(`CREATE TABLE imported_files (
        key ${T} PRIMARY KEY, imported_at ${T} NOT NULL, "rows" BIGINT NOT NULL, added BIGINT NOT NULL)`);
      await c.run(`CREATE TABLE alerts (
        key ${T} PRIMARY KEY, focal ${T} NOT NULL, period ${T}, vector ${T} NOT NULL, kind ${T} NOT NULL,
        share DOUBLE PRECISION NOT NULL, previous DOUBLE PRECISION, message ${T} NOT NULL, first_seen ${T} NOT NULL, delivery ${T})`);
    },
  },
  {
    version: 7,
    description: "events.source: each report's source stored with it (and on event_party with its document), for coverage",
    up: async (c) => {
      await c.run(`ALTER TABLE events ADD COLUMN source ${T}`);
      await c.run(`UPDATE events SET source = x.source FROM (
          SELECT r.id, ${sourceSql(POSTGRES)} AS source FROM events r LEFT JOIN documents d ON d.id = r.doc) x
        WHERE events.id = x.id`);
    },
  },
  {
    version: 8,
    description: 'documents stored unread keep their text (documents.unread, unread_text), so they can be coded later',
    up: async (c) => {
      await c.run(`ALTER TABLE documents ADD COLUMN unread BOOLEAN DEFAULT false`);
      await c.run(`ALTER TABLE documents ADD COLUMN unread_text TEXT`);
      // Stored before this version: the coder read English only until the Russian and Kazakh packs (issue 13), so a
      // Russian or Kazakh document with no events, or one in any other language, was stored unread (text not kept).
      await c.run(`UPDATE documents SET unread = coalesce(lang NOT IN ('en', 'ru', 'kk')
        OR (lang IN ('ru', 'kk') AND n_events = 0), false)`);
    },
  },
  {
    version: COVERAGE_VERSION,
    description: 'coverage_evidence: documents and sources of counted reports per focal code and partner, stored for coverage',
    up: addCoverage,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The key of the advisory lock migrations hold. */
const MIGRATE_LOCK = 0x6d7602;

/** Brings the database to the latest schema version; returns it. */
export async function migrate(c: Conn): Promise<number> {
  // Up to date: nothing is written (so a read replica, where every write fails, opens fine).
  if ((await c.one<{ t: string | null }>(`SELECT to_regclass('schema_version')::text AS t`))?.t) {
    const v = (await c.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_version'))?.v ?? 0;
    if (v === SCHEMA_VERSION) return v;
  }
  await c.run('BEGIN');
  let ok = false;
  try {
    await c.run('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await c.run(`CREATE TABLE IF NOT EXISTS schema_version (
      version INTEGER PRIMARY KEY, description TEXT, applied_at TIMESTAMP DEFAULT (now() AT TIME ZONE 'UTC'))`);
    const current = (await c.one<{ v: number | null }>('SELECT max(version) AS v FROM schema_version'))?.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreError(`database schema version ${current} is newer than this multivector (${SCHEMA_VERSION}); upgrade multivector`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await c.run(`SAVEPOINT m${m.version}`);
      await m.up(c);
      await c.run('INSERT INTO schema_version (version, description) VALUES ($1, $2)', [m.version, m.description]);
      await c.run(`RELEASE SAVEPOINT m${m.version}`);
    }
    await c.run('COMMIT');
    ok = true;
    return SCHEMA_VERSION;
  } finally {
    if (!ok) await c.run('ROLLBACK').catch(() => undefined);
  }
}
