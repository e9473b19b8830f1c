/**
 * Versioned schema. Migrations are an ordered list; each runs once, in its own transaction, and records its
 * version in schema_version. Never edit a released migration: append a new one.
 */
import { entities } from '../../model/cameo.ts';
import { StoreError } from '../../errors.ts';
import type { Db } from './_db.ts';
import { addSourceColumns, rebuildParties } from './_party.ts';
import { addHappenings } from './_happenings.ts';
import { addCoverage, COVERAGE_VERSION } from './_coverage.ts';

/** event_party as migration 2 created it (frozen; migration 4 recreates it in its current form). */
const CREATE_EVENT_PARTY_V2 = `CREATE TABLE event_party (
  code VARCHAR NOT NULL, id VARCHAR NOT NULL, date_start DATE, event_type VARCHAR NOT NULL, origin VARCHAR NOT NULL,
  review_status VARCHAR NOT NULL, mode VARCHAR, is_actor BOOLEAN NOT NULL, is_recipient BOOLEAN NOT NULL,
  out_p VARCHAR[] NOT NULL, in_p VARCHAR[] NOT NULL, n_partners INTEGER NOT NULL, sole_partner VARCHAR, sole_out BOOLEAN,
  sole_in BOOLEAN, parties VARCHAR[] NOT NULL, score DOUBLE NOT NULL, goldstein DOUBLE, quad_class TINYINT NOT NULL,
  value_amount DOUBLE, value_currency VARCHAR)`;

interface Migration {
  version: number;
  description: string;
  up: (db: Db) => Promise<void>;
}

const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'documents, events, entities, review log',
    up: async (db) => {
      await db.run(`CREATE TABLE documents (
        id VARCHAR PRIMARY KEY,
        title VARCHAR, url VARCHAR, date VARCHAR, lang VARCHAR,
        content_hash VARCHAR NOT NULL,
        source VARCHAR,
        -- how many coded events were stored with this version of the document (integrity check)
        n_events INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`);
      // No primary key on events: an ART index would slow bulk imports several-fold; ids are kept unique
      // by anti-joins on insert (import) and by per-document replacement (ingest).
      await db.run(`CREATE TABLE events (
        id VARCHAR NOT NULL,
        origin VARCHAR NOT NULL,
        doc VARCHAR NOT NULL,
        sentence INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        event_type VARCHAR NOT NULL,
        mode VARCHAR,
        context VARCHAR[] NOT NULL,
        actor VARCHAR[] NOT NULL,
        recipient VARCHAR[] NOT NULL,
        -- actor and recipient together (distinct), so "KAZ with CHN" is one list test
        parties VARCHAR[] NOT NULL,
        date VARCHAR,
        -- first day of the spec date at its precision, for range filters
        date_start DATE,
        location VARCHAR,
        value_amount DOUBLE,
        value_currency VARCHAR,
        cameo VARCHAR,
        score DOUBLE NOT NULL,
        quad_class TINYINT NOT NULL,
        goldstein DOUBLE,
        num_mentions INTEGER,
        num_sources INTEGER,
        num_articles INTEGER,
        tone DOUBLE,
        source_url VARCHAR,
        span_start INTEGER,
        span_end INTEGER,
        review_status VARCHAR NOT NULL DEFAULT 'auto',
        doc_changed BOOLEAN NOT NULL DEFAULT false,
        created_at TIMESTAMP NOT NULL DEFAULT current_timestamp)`);
      await db.run(`CREATE TABLE entities (code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL)`);
      await db.append('entities', entities().map((e) => [e.code, e.name, e.kind]));
      await db.run('CREATE SEQUENCE review_log_seq START 1');
      await db.run(`CREATE TABLE review_log (
        id BIGINT PRIMARY KEY DEFAULT nextval('review_log_seq'),
        event_id VARCHAR NOT NULL,
        who VARCHAR NOT NULL,
        "at" TIMESTAMP NOT NULL DEFAULT current_timestamp,
        action VARCHAR NOT NULL,
        "before" JSON,
        "after" JSON)`);
    },
  },
  {
    version: 2,
    description: 'event_party: participation rows clustered by code, for focal queries and measures',
    up: async (db) => {
      // The table's current form; its rows are (re)built by migration 4, which follows in the same run.
      await db.run(CREATE_EVENT_PARTY_V2);
      // Sorted runs appended since the last compaction (see _party.ts compactionDue).
      await db.run(`CREATE TABLE store_meta (runs INTEGER NOT NULL, rows_since BIGINT NOT NULL, rows_sorted BIGINT NOT NULL)`);
      await db.run(`INSERT INTO store_meta SELECT 0, 0, count(*) FROM events`);
    },
  },
  {
    version: 3,
    description: "events.confidence: the coder's confidence, so the review queue can put doubtful events first",
    up: async (db) => {
      await db.run(`ALTER TABLE events ADD COLUMN confidence DOUBLE`);
    },
  },
  {
    version: 4,
    description: 'event_party: co-actors of a joint act are partners for every type; date precision and date flags',
    up: async (db) => {
      // NULL, or 'after-document' when the event is dated well after its document (see _party.ts withDateFlag).
      await db.run(`ALTER TABLE events ADD COLUMN date_flag VARCHAR`);
      await rebuildParties(db);
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
    up: async (db) => {
      // Instants are ISO 8601 UTC text: they sort as time, and every engine stores them alike.
      await db.run(`CREATE TABLE source_status (
        name VARCHAR PRIMARY KEY, url VARCHAR NOT NULL, type VARCHAR NOT NULL, etag VARCHAR, last_modified VARCHAR,
        last_poll VARCHAR, last_success VARCHAR, next_poll VARCHAR, failures INTEGER NOT NULL,
        items_added BIGINT NOT NULL, events_added BIGINT NOT NULL, last_error VARCHAR)`);
      await db.run(`CREATE TABLE imported_files (
        key VARCHAR PRIMARY KEY, imported_at VARCHAR NOT NULL, "rows" BIGINT NOT NULL, added BIGINT NOT NULL)`);
      await db.run(`CREATE TABLE alerts (
        key VARCHAR PRIMARY KEY, focal VARCHAR NOT NULL, period VARCHAR, vector VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        share DOUBLE NOT NULL, previous DOUBLE, message VARCHAR NOT NULL, first_seen VARCHAR NOT NULL, delivery VARCHAR)`);
    },
  },
  {
    version: 7,
    description: "events.source: each report's source stored with it (and on event_party with its document), for coverage",
    up: addSourceColumns,
  },
  {
    version: 8,
    description: 'documents stored unread keep their text (documents.unread, unread_text), so they can be coded later',
    up: async (db) => {
      // Stored before this version: the coder read English only until the Russian and Kazakh packs (issue 13), so a
      // Russian or Kazakh document with no events, or one in any other language, was stored unread (text not kept).
      // The table is rebuilt: DuckDB cannot update a table altered in the same transaction.
      await db.run(`CREATE TABLE documents_v8 (
        id VARCHAR PRIMARY KEY,
        title VARCHAR, url VARCHAR, date VARCHAR, lang VARCHAR,
        content_hash VARCHAR NOT NULL,
        source VARCHAR,
        n_events INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
        unread BOOLEAN NOT NULL DEFAULT false,
        unread_text VARCHAR)`);
      await db.run(`INSERT INTO documents_v8 SELECT id, title, url, date, lang, content_hash, source, n_events, ingested_at,
        coalesce(lang NOT IN ('en', 'ru', 'kk') OR (lang IN ('ru', 'kk') AND n_events = 0), false), NULL FROM documents`);
      await db.run(`DROP TABLE documents`);
      await db.run(`ALTER TABLE documents_v8 RENAME TO documents`);
    },
  },
  {
    version: COVERAGE_VERSION,
    description: 'coverage_evidence: documents and sources of counted reports per focal code and partner, stored for coverage',
    up: addCoverage,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Brings the database to the latest schema version. */
export async function migrate(db: Db): Promise<number> {
  await db.run(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)`);
  const row = await db.one<{ v: number | null }>('SELECT max(version)::INTEGER AS v FROM schema_version');
  const current = row?.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(`database schema version ${current} is newer than this multivector (${SCHEMA_VERSION}); upgrade multivector`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    await db.transaction(async () => {
      await m.up(db);
      await db.run('INSERT INTO schema_version (version, description) VALUES ($1, $2)', [m.version, m.description]);
    });
  }
  // Write the new schema into the database file at once: DuckDB cannot replay an ALTER TABLE from its
  // write-ahead log after a crash (the kill test found it), so a schema change must never wait there.
  if (current < SCHEMA_VERSION) await db.run('CHECKPOINT');
  return SCHEMA_VERSION;
}

export async function readOnlyVersion(db: Db): Promise<number> {
  const row = await db.one<{ v: number | null }>('SELECT max(version)::INTEGER AS v FROM schema_version').catch(() => undefined);
  return row?.v ?? 0;
}
