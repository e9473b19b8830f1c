/**
 * The PostgreSQL engine of the Store interface: one database on a server that many processes share (`serve`,
 * ingests, imports and read commands at once). Writes are transactions under one advisory lock (./_db.ts), so
 * concurrent writers never store an id twice nor lose a review; reads see what was committed.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { NotFoundError } from '../../errors.ts';
import type { Entity } from '../../model/cameo.ts';
import type { EventType } from '../../model/event.ts';
import { toSpec } from '../../model/event.ts';
import { toStoredEvent, type EventRow } from '../_event-row.ts';
import { displayLocation } from '../location.ts';
import type { MeasureQueries } from '../measures.ts';
import type { ServerQueries } from '../queries.ts';
import type {
  AlertRecord, DelimitedImport, DocumentWithEvents, KnownDocument, SourceStatus, EventFilter, ExportFormat, Happening, HappeningFilter, HappeningSort, ImportCounts, NewEvent, OpenOptions, Origin,
  Page, PutOutcome, ReviewEntry, ReviewStatus, Stats, Store, StoredEvent, UnreadDocument,
} from '../store.ts';
import { Pg, type Conn } from './_db.ts';
import { happeningProblems, reclusterDirty } from './_happenings.ts';
import { coverageMismatches, markCoverage } from './_coverage.ts';
import { getHappening, listHappenings } from '../_happening-list.ts';
import { POSTGRES } from './_dialect.ts';
import { dedupe, planPut, STORED_HASH_SQL } from '../_put-plan.ts';
import { eventPages } from '../_event-pages.ts';
import { importDelimited } from './_import.ts';
import { writeParquet } from './_parquet.ts';
import { postgresServerQueries } from './_queries.ts';
import { reviewColumns, toReview, type RawReview } from '../_review.ts';
import { refreshSourcesSql, sourceProblemsSql } from '../_source.ts';
import { SELECT_EVENT, whereClause } from './_rows.ts';
import { migrate } from './_schema.ts';
import { appendEvents, deleteEvents, setStatus, stageEvents } from './_write.ts';
import { postgresMeasures } from './measures.ts';

export async function openPostgresStore(options: OpenOptions): Promise<Store> {
  const where = displayLocation(options.path);
  const db = await Pg.open(options.path, where);
  try {
    // A read-only open still brings an older schema up to date (as on DuckDB): its queries need the new columns.
    const version = await db.use(migrate);
    return new PostgresStore(db, where, version);
  } catch (e) {
    await db.close();
    throw e;
  }
}

class PostgresStore implements Store {
  readonly engine = 'postgres';
  private closed = false;

  constructor(private readonly db: Pg, readonly path: string, private readonly version: number) {}

  async documentHashes(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (!ids.length) return out;
    for (const r of await this.db.all<{ id: string; content_hash: string }>(
      `SELECT id, ${STORED_HASH_SQL} AS content_hash FROM documents WHERE id = ANY($1::text[])`, [ids])) out.set(r.id, r.content_hash);
    return out;
  }

  unreadDocuments(q: { langs?: string[]; after?: string | null; limit: number }): Promise<UnreadDocument[]> {
    return this.db.all<UnreadDocument>(
      `SELECT id, title, url, date, lang, content_hash, source, unread_text AS text FROM documents
        WHERE unread AND id > $1 ${q.langs ? 'AND lang = ANY($3::text[])' : ''} ORDER BY id LIMIT $2`,
      [q.after ?? '', Math.max(1, Math.floor(q.limit)), ...(q.langs ? [q.langs] : [])]);
  }

  putDocuments(batch: DocumentWithEvents[]): Promise<PutOutcome[]> {
    return this.db.write(async (c) => {
      const existing = new Map<string, string>();
      const ids = batch.map((b) => b.doc.id);
      if (ids.length) {
        for (const r of await c.all<{ id: string; content_hash: string }>(
          `SELECT id, ${STORED_HASH_SQL} AS content_hash FROM documents WHERE id = ANY($1::text[])`, [ids])) existing.set(r.id, r.content_hash);
      }
      const plan = await planPut(batch, existing, {
        dropUnreviewed: async (doc) => {
          await deleteEvents(c, `SELECT id FROM events WHERE doc = $1 AND origin = 'coded' AND review_status = 'auto'`, [doc]);
          return (await c.all<{ id: string }>(`SELECT id FROM events WHERE doc = $1 AND origin = 'coded'`, [doc])).map((r) => r.id);
        },
        flagChanged: async (doc, survivors) => {
          await c.run(`UPDATE events SET doc_changed = NOT (id = ANY($2::text[])) WHERE doc = $1 AND origin = 'coded'`, [doc, survivors]);
        },
      });
      const toInsert = plan.events;
      for (const { doc, events } of plan.documents) {
        await c.run(`INSERT INTO documents (id, title, url, date, lang, content_hash, source, n_events, unread, unread_text, ingested_at)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() AT TIME ZONE 'UTC')
          ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, url = EXCLUDED.url, date = EXCLUDED.date, lang = EXCLUDED.lang,
            content_hash = EXCLUDED.content_hash, source = EXCLUDED.source, n_events = EXCLUDED.n_events, unread = EXCLUDED.unread,
            unread_text = EXCLUDED.unread_text, ingested_at = EXCLUDED.ingested_at`,
        [doc.id, doc.title, doc.url, doc.date, doc.lang, doc.content_hash, doc.source, events, doc.unread_text != null, doc.unread_text ?? null]);
      }
      // Reports these documents keep, or that were stored before them, take the source they now give.
      if (plan.documents.length) {
        const docs = plan.documents.map((d) => d.doc.id);
        await c.run(refreshSourcesSql(POSTGRES, '$1'), [docs]);
        // Their coverage rows carry the source: recomputed by the reclusterDirty that ends the write.
        await markCoverage(c, 'SELECT DISTINCT hkey FROM events WHERE doc = ANY($1::text[])', [docs]);
      }
      if (toInsert.length) {
        await stageEvents(c, '_batch', toInsert);
        await appendEvents(c, '_batch');
      }
      await reclusterDirty(c);
      return plan.outcomes;
    });
  }

  importEvents(events: NewEvent[]): Promise<{ added: number; duplicates: number }> {
    return this.db.write(async (c) => {
      await stageEvents(c, '_incoming', dedupe(events));
      const added = await appendEvents(c, '_incoming');
      return { added, duplicates: events.length - added };
    });
  }

  importDelimited(spec: DelimitedImport, options: { strict?: boolean } = {}): Promise<ImportCounts> {
    return importDelimited(this.db, spec, options.strict ?? false);
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const r = await this.db.one<EventRow>(`SELECT ${SELECT_EVENT} FROM events WHERE id = $1`, [id]);
    return r ? toStoredEvent(r) : null;
  }

  queryHappenings(filter: HappeningFilter, page: Page & { sort?: HappeningSort } = {}): Promise<{ total: number; happenings: Happening[] }> {
    return this.db.snapshot((c) => listHappenings(POSTGRES, c, filter, page));
  }

  getHappening(id: string): Promise<Happening | null> {
    return this.db.snapshot((c) => getHappening(POSTGRES, c, id));
  }

  async queryEvents(filter: EventFilter, page: Page = {}): Promise<StoredEvent[]> {
    const limit = Math.max(0, Math.floor(page.limit ?? 1000));
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const { where, params } = whereClause(filter);
    const rows = await this.db.all<EventRow>(
      `SELECT ${SELECT_EVENT} FROM events WHERE ${where} ORDER BY date_start NULLS LAST, id LIMIT ${limit} OFFSET ${offset}`, params);
    return rows.map(toStoredEvent);
  }

  async countEvents(filter: EventFilter): Promise<number> {
    const { where, params } = whereClause(filter);
    return (await this.db.one<{ n: number }>(`SELECT count(*)::integer AS n FROM events WHERE ${where}`, params))?.n ?? 0;
  }

  iterateEvents(filter: EventFilter): AsyncGenerator<StoredEvent[]> {
    return eventPages(POSTGRES, (fn) => fn(this.db), filter);
  }

  async exportEvents(filter: EventFilter, format: ExportFormat, out: string): Promise<number> {
    if (format === 'parquet') return writeParquet(this.iterateEvents(filter), out);
    if (format === 'csv') {
      const { where, params } = whereClause(filter);
      // COPY takes no parameters: the filter picks the ids into a temp table first, COPY reads them back.
      return this.db.transaction(async (c) => {
        await c.run('DROP TABLE IF EXISTS _export');
        const n = await c.run(`CREATE TEMP TABLE _export ON COMMIT DROP AS SELECT id FROM events WHERE ${where}`, params);
        await c.copyOut(`COPY (SELECT id, origin, doc, sentence, text, event_type, mode, array_to_string(context, ';') AS context,
            array_to_string(actor, ';') AS actor, array_to_string(recipient, ';') AS recipient,
            date, date_start, location, value_amount, value_currency, cameo, score, quad_class, goldstein, num_mentions,
            num_sources, num_articles, tone, source_url, review_status, CASE WHEN doc_changed THEN 'true' ELSE 'false' END AS doc_changed
          FROM events JOIN _export USING (id) ORDER BY date_start NULLS LAST, id) TO STDOUT WITH (FORMAT csv, HEADER true)`, createWriteStream(out));
        return n;
      });
    }
    // jsonl: the spec's format, written from the events read back (the same fields in the same order as DuckDB).
    const file = createWriteStream(out);
    let n = 0;
    try {
      for await (const batch of this.iterateEvents(filter)) {
        const text = batch.map((e) => JSON.stringify(toSpec(e))).join('\n') + '\n';
        n += batch.length;
        if (!file.write(text)) await once(file, 'drain');
      }
    } finally {
      file.end();
      await once(file, 'close');
    }
    return n;
  }

  stats(): Promise<Stats> {
    return this.db.snapshot(async (c) => {
      const totals = await c.one<{ events: number; documents: number; happenings: number; bytes: number }>(
        `SELECT (SELECT count(*) FROM events)::integer AS events, (SELECT count(*) FROM documents)::integer AS documents,
           (SELECT count(*) FROM events WHERE h_rep)::integer AS happenings,
           (SELECT sum(pg_total_relation_size(t))::bigint FROM unnest(ARRAY['events', 'documents', 'entities', 'review_log', 'schema_version']) t) AS bytes`);
      const byOrigin = await c.all<{ origin: Origin; events: number }>(
        `SELECT origin, count(*)::integer AS events FROM events GROUP BY origin ORDER BY events DESC, origin`);
      const byType = await c.all<{ event_type: EventType; events: number }>(
        `SELECT event_type, count(*)::integer AS events FROM events GROUP BY event_type ORDER BY events DESC, event_type`);
      const flagged = `date_flag IS NOT NULL OR date_start > current_date`;
      const byYear = await c.all<{ year: number | null; events: number }>(
        `SELECT extract(year FROM date_start)::integer AS year, count(*)::integer AS events FROM events WHERE NOT coalesce(${flagged}, false)
         GROUP BY 1 ORDER BY 1 NULLS LAST`);
      const flaggedDates = (await c.one<{ n: number }>(`SELECT count(*)::integer AS n FROM events WHERE ${flagged}`))?.n ?? 0;
      return {
        events: totals?.events ?? 0, happenings: totals?.happenings ?? 0, documents: totals?.documents ?? 0, byOrigin, byType, byYear, flaggedDates,
        schemaVersion: this.version, bytes: totals?.bytes ?? 0,
      };
    });
  }

  entities(): Promise<Entity[]> {
    return this.db.all<Entity>(`SELECT code, name, kind FROM entities ORDER BY kind DESC, code`);
  }

  appendReview(entry: Omit<ReviewEntry, 'id' | 'at'> & { at?: string }): Promise<ReviewEntry> {
    return this.db.write(async (c) => {
      const row = await c.one<RawReview>(
        `INSERT INTO review_log (event_id, who, "at", action, "before", "after")
         VALUES ($1, $2, coalesce($3::timestamp, clock_timestamp() AT TIME ZONE 'UTC'), $4, $5::json, $6::json) RETURNING ${reviewColumns(POSTGRES)}`,
        [entry.event_id, entry.who, entry.at ?? null, entry.action, JSON.stringify(entry.before ?? null), JSON.stringify(entry.after ?? null)]);
      return toReview(row!);
    });
  }

  knownDocuments(q: { urls: string[]; hashes: string[] }): Promise<KnownDocument[]> {
    if (!q.urls.length && !q.hashes.length) return Promise.resolve([]);
    return this.db.all<KnownDocument>(`SELECT id, url, content_hash FROM documents
      WHERE url = ANY($1::text[]) OR content_hash = ANY($2::text[]) ORDER BY id`, [q.urls, q.hashes]);
  }

  async importedFiles(keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set<string>();
    const rows = await this.db.all<{ key: string }>('SELECT key FROM imported_files WHERE key = ANY($1::text[])', [keys]);
    return new Set(rows.map((r) => r.key));
  }

  async newestImported(prefix: string): Promise<string | null> {
    const row = await this.db.one<{ key: string | null }>('SELECT max(key) AS key FROM imported_files WHERE left(key, length($1)) = $1', [prefix]);
    return row?.key ?? null;
  }

  async rememberKeys(keys: string[]): Promise<void> {
    if (!keys.length) return;
    await this.db.write((c) => c.run(`INSERT INTO imported_files (key, imported_at, "rows", added)
      SELECT DISTINCT k, $2, 0, 0 FROM unnest($1::text[]) AS k ON CONFLICT (key) DO NOTHING`, [keys, new Date().toISOString()]));
  }

  sourceStatus(): Promise<SourceStatus[]> {
    return this.db.all<SourceStatus>(`SELECT name, url, type, etag, last_modified, last_poll, last_success, next_poll, failures,
      items_added::float8 AS items_added, events_added::float8 AS events_added, last_error FROM source_status ORDER BY name`);
  }

  async saveSourceStatus(s: SourceStatus): Promise<void> {
    await this.db.write((c) => c.run(`INSERT INTO source_status (name, url, type, etag, last_modified, last_poll, last_success, next_poll,
      failures, items_added, events_added, last_error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
      ON CONFLICT (name) DO UPDATE SET url = EXCLUDED.url, type = EXCLUDED.type, etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
        last_poll = EXCLUDED.last_poll, last_success = EXCLUDED.last_success, next_poll = EXCLUDED.next_poll, failures = EXCLUDED.failures,
        items_added = EXCLUDED.items_added, events_added = EXCLUDED.events_added, last_error = EXCLUDED.last_error`,
    [s.name, s.url, s.type, s.etag, s.last_modified, s.last_poll, s.last_success, s.next_poll, s.failures, s.items_added, s.events_added, s.last_error]));
  }

  addAlerts(alerts: AlertRecord[]): Promise<AlertRecord[]> {
    return this.db.write(async (c) => {
      const fresh: AlertRecord[] = [];
      const now = new Date().toISOString();
      for (const a of alerts) {
        const n = await c.run(`INSERT INTO alerts (key, focal, period, vector, kind, share, previous, message, first_seen, delivery)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (key) DO NOTHING`,
        [a.key, a.focal, a.period, a.vector, a.kind, a.share, a.previous, a.message, now, a.delivery]);
        if (n > 0) fresh.push({ ...a, first_seen: now });
      }
      return fresh;
    });
  }

  alerts(limit = 100): Promise<AlertRecord[]> {
    return this.db.all<AlertRecord>(`SELECT key, focal, period, vector, kind, share, previous, message, first_seen, delivery
      FROM alerts ORDER BY first_seen DESC, key LIMIT $1`, [Math.max(0, Math.floor(limit))]);
  }

  async setAlertDelivery(key: string, delivery: string): Promise<void> {
    await this.db.write((c) => c.run('UPDATE alerts SET delivery = $2 WHERE key = $1', [key, delivery]));
  }

  async reviewLog(eventId?: string): Promise<ReviewEntry[]> {
    const select = `SELECT ${reviewColumns(POSTGRES)} FROM review_log`;
    const rows = eventId === undefined
      ? await this.db.all<RawReview>(`${select} ORDER BY id`)
      : await this.db.all<RawReview>(`${select} WHERE event_id = $1 ORDER BY id`, [eventId]);
    return rows.map(toReview);
  }

  setReviewStatus(eventId: string, status: ReviewStatus, who: string): Promise<void> {
    return this.db.write(async (c) => {
      const cur = await c.one<{ review_status: string }>('SELECT review_status FROM events WHERE id = $1 FOR UPDATE', [eventId]);
      if (!cur) throw new NotFoundError(`no event with id ${eventId}`);
      await setStatus(c, eventId, status);
      await c.run(`INSERT INTO review_log (event_id, who, action, "before", "after") VALUES ($1, $2, 'status', $3::json, $4::json)`,
        [eventId, who, JSON.stringify({ review_status: cur.review_status }), JSON.stringify({ review_status: status })]);
    });
  }

  checkIntegrity(): Promise<string[]> {
    return this.db.snapshot(async (c: Conn) => {
      // Every document holds exactly the coded events it was stored with (reviewed ones may add to them); ids
      // are unique by the primary key.
      const rows = await c.all<{ id: string }>(`
        SELECT d.id FROM documents d
        LEFT JOIN (SELECT doc, count(*) FILTER (WHERE review_status = 'auto' OR NOT doc_changed) AS n
                   FROM events WHERE origin = 'coded' GROUP BY doc) e ON e.doc = d.id
        WHERE coalesce(e.n, 0) <> d.n_events
        UNION ALL
        SELECT DISTINCT doc FROM events WHERE origin = 'coded' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = events.doc)
        ORDER BY 1`);
      return [...rows.map((r) => r.id), ...await happeningProblems(c), ...await coverageMismatches(c),
        ...(await c.all<{ p: string }>(`${sourceProblemsSql(POSTGRES)} ORDER BY 1`)).map((r) => r.p)];
    });
  }

  async compact(): Promise<void> {
    // PostgreSQL keeps its indexes sorted by itself; fresh statistics are what helps after a series of imports.
    await this.db.use((c) => c.run('ANALYZE events'));
  }

  measures(): MeasureQueries {
    return postgresMeasures(this.db);
  }

  queries(): ServerQueries {
    return postgresServerQueries(this.db);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }
}

