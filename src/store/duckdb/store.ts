/** The DuckDB engine of the Store interface: one embedded database file. */
import { existsSync, statSync } from 'node:fs';
import { NotFoundError } from '../../errors.ts';
import type { Entity } from '../../model/cameo.ts';
import type { MeasureQueries } from '../measures.ts';
import type { EventType } from '../../model/event.ts';
import type {
  AlertRecord, EngineMemory, DelimitedImport, DocumentWithEvents, KnownDocument, SourceStatus, EventFilter, ExportFormat, Happening, HappeningFilter, HappeningSort, ImportCounts, NewEvent, OpenOptions, Origin,
  Page, PutOutcome, ReviewEntry, ReviewStatus, Stats, Store, StoredEvent, UnreadDocument,
} from '../store.ts';
import { Db, sqlString, type Params, type Reader } from './_db.ts';
import { importDelimited } from './_import.ts';
import { duckDbMeasures } from './measures.ts';
import { duckDbServerQueries } from './_server-queries.ts';
import type { ServerQueries } from '../queries.ts';
import { eventsJson, insertFromJson, INSERT_COLUMNS, SELECT_EVENT, toStoredEvent, usesParty, whereClause, type EventRow } from './_rows.ts';
import { coverageMismatches } from './_coverage.ts';
import { appendEvents, compact, compactionDue, deleteParties, EVENT_COLUMNS, partyMismatches, refreshSources, setPartyStatus } from './_party.ts';
import { sourceProblemsSql } from '../_source.ts';
import { migrate, readOnlyVersion, SCHEMA_VERSION } from './_schema.ts';
import { happeningProblems, reclusterDirty } from './_happenings.ts';
import { getHappening, listHappenings } from '../_happening-list.ts';
import { DUCKDB } from './_dialect.ts';
import { dedupe, planPut, STORED_HASH_SQL } from '../_put-plan.ts';
import { eventPages } from '../_event-pages.ts';
import { reviewColumns, toReview, type RawReview } from '../_review.ts';

/**
 * Rows per multi-row INSERT. Binding the parameters runs on the caller's thread (the server's event loop): 400
 * events (some 12,000 values) held it for about 100 ms a statement, 100 for a quarter of that, at the same total.
 */
const INSERT_CHUNK = 100;
/** Events per INSERT from one JSON parameter (a few hundred KB of JSON, built in a few ms). */
const JSON_CHUNK = 500;

export async function openDuckDbStore(options: OpenOptions): Promise<Store> {
  if (options.readOnly && options.path !== ':memory:' && !existsSync(options.path)) {
    throw new NotFoundError('no database here yet: run `multivector ingest` or `multivector import` first', { where: { file: options.path } });
  }
  if (options.readOnly && options.path !== ':memory:') await upgradeIfOld(options.path);
  const db = await Db.open(options.path, options.readOnly);
  try {
    const version = options.readOnly ? await readOnlyVersion(db) : await migrate(db);
    return new DuckDbStore(db, options.path, version);
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * A read-only open of a database an older multivector wrote: its queries would miss the newer columns, so it is
 * migrated first (briefly open for writing; that fails clearly if another process holds it, and a process that
 * writes to it has migrated it already).
 */
async function upgradeIfOld(path: string): Promise<void> {
  const probe = await Db.open(path, true);
  let version: number;
  try {
    version = await readOnlyVersion(probe);
  } finally {
    probe.close();
  }
  if (version === 0 || version >= SCHEMA_VERSION) return;
  const db = await Db.open(path);
  try {
    await migrate(db);
  } finally {
    db.close();
  }
}

class DuckDbStore implements Store {
  readonly engine = 'duckdb';
  private closed = false;
  /**
   * Writes (and the statements that use the writer's temp tables) run one at a time on the writing connection;
   * reads go to the pool of reading connections (`this.db.read`) and see what was committed.
   */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db, readonly path: string, private readonly version: number) {}

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  documentHashes(ids: string[]): Promise<Map<string, string>> {
    return this.db.read(async (r) => {
      const out = new Map<string, string>();
      if (!ids.length) return out;
      const rows = await r.all<{ id: string; content_hash: string }>(
        `SELECT id, ${STORED_HASH_SQL} AS content_hash FROM documents WHERE id IN (SELECT unnest($1::JSON::VARCHAR[]))`, [JSON.stringify(ids)]);
      for (const r of rows) out.set(r.id, r.content_hash);
      return out;
    });
  }

  unreadDocuments(q: { langs?: string[]; after?: string | null; limit: number }): Promise<UnreadDocument[]> {
    return this.db.read((r) => r.all<UnreadDocument>(
      `SELECT id, title, url, date, lang, content_hash, source, unread_text AS text FROM documents
        WHERE unread AND id > $1 ${q.langs ? 'AND list_contains($3::JSON::VARCHAR[], lang)' : ''}
        ORDER BY id LIMIT $2`, [q.after ?? '', Math.max(1, Math.floor(q.limit)), ...(q.langs ? [JSON.stringify(q.langs)] : [])]));
  }

  putDocuments(batch: DocumentWithEvents[]): Promise<PutOutcome[]> {
    return this.writing(() => this.db.transaction(async () => {
      const existing = new Map<string, string>();
      const ids = batch.map((b) => b.doc.id);
      if (ids.length) {
        for (const r of await this.db.all<{ id: string; content_hash: string }>(
          `SELECT id, ${STORED_HASH_SQL} AS content_hash FROM documents WHERE id IN (SELECT unnest($1::JSON::VARCHAR[]))`, [JSON.stringify(ids)])) {
          existing.set(r.id, r.content_hash);
        }
      }
      const plan = await planPut(batch, existing, {
        dropUnreviewed: async (doc) => {
          await deleteParties(this.db, `SELECT id FROM events WHERE doc = $1 AND origin = 'coded' AND review_status = 'auto'`, [doc]);
          await this.db.run(`DELETE FROM events WHERE doc = $1 AND origin = 'coded' AND review_status = 'auto'`, [doc]);
          return (await this.db.all<{ id: string }>(`SELECT id FROM events WHERE doc = $1 AND origin = 'coded'`, [doc])).map((r) => r.id);
        },
        flagChanged: async (doc, survivors) => {
          await this.db.run(`UPDATE events SET doc_changed = NOT list_contains($2::JSON::VARCHAR[], id)
            WHERE doc = $1 AND origin = 'coded'`, [doc, JSON.stringify(survivors)]);
        },
      });
      const toInsert = plan.events;
      // Document rows written together: one INSERT OR REPLACE per document made a batch's time grow faster
      // than its size (each statement re-checks the key against the transaction's earlier rows).
      const rows: Params[] = plan.documents.map(({ doc, events }) =>
        [doc.id, doc.title, doc.url, doc.date, doc.lang, doc.content_hash, doc.source, events, doc.unread_text != null, doc.unread_text ?? null]);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const chunk = rows.slice(i, i + INSERT_CHUNK);
        const params: Params = chunk.flat();
        const groups = chunk.map((_, j) => `(${Array.from({ length: 10 }, (_x, k) => `$${j * 10 + k + 1}`).join(', ')}, current_timestamp)`);
        await this.db.run(`INSERT OR REPLACE INTO documents (id, title, url, date, lang, content_hash, source, n_events, unread, unread_text, ingested_at)
          VALUES ${groups.join(', ')}`, params);
      }
      await refreshSources(this.db, plan.documents.map((d) => d.doc.id));
      if (toInsert.length) {
        await this.db.run(`CREATE OR REPLACE TEMP TABLE _batch AS SELECT ${EVENT_COLUMNS} FROM events LIMIT 0`);
        await this.insertEvents(toInsert, '_batch');
        await appendEvents(this.db, '_batch');
        await this.db.run('DROP TABLE _batch');
      }
      // Happenings of events removed from replaced documents (appendEvents has done it when it ran).
      await reclusterDirty(this.db);
      return plan.outcomes;
    }));
  }

  /** A write under the queue, then the compaction it may have made due (outside the write's transaction). */
  private writing<T>(fn: () => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      const out = await fn();
      if (await compactionDue(this.db)) await compact(this.db);
      return out;
    });
  }

  compact(): Promise<void> {
    return this.exclusive(() => compact(this.db));
  }

  private async insertEvents(events: NewEvent[], table: string): Promise<void> {
    for (let i = 0; i < events.length; i += JSON_CHUNK) {
      await this.db.run(insertFromJson(table), [eventsJson(events.slice(i, i + JSON_CHUNK))]);
    }
  }

  importEvents(events: NewEvent[]): Promise<{ added: number; duplicates: number }> {
    return this.writing(async () => {
      const unique = dedupe(events);
      await this.db.run('DROP TABLE IF EXISTS _incoming');
      await this.db.run(`CREATE TEMP TABLE _incoming AS SELECT ${INSERT_COLUMNS.join(', ')} FROM events LIMIT 0`);
      try {
        const added = await this.db.transaction(async () => {
          await this.insertEvents(unique, '_incoming');
          await this.db.run(`DELETE FROM _incoming WHERE EXISTS (SELECT 1 FROM events e WHERE e.id = _incoming.id)`);
          return appendEvents(this.db, '_incoming');
        });
        return { added, duplicates: events.length - added };
      } finally {
        await this.db.run('DROP TABLE IF EXISTS _incoming');
      }
    });
  }

  importDelimited(spec: DelimitedImport, options: { strict?: boolean } = {}): Promise<ImportCounts> {
    return this.writing(() => importDelimited(this.db, spec, options.strict ?? false));
  }

  getEvent(id: string): Promise<StoredEvent | null> {
    return this.db.read(async (db) => {
      const r = await db.one<EventRow>(`SELECT ${SELECT_EVENT} FROM events WHERE id = $1`, [id]);
      return r ? toStoredEvent(r) : null;
    });
  }

  queryHappenings(filter: HappeningFilter, page: Page & { sort?: HappeningSort } = {}): Promise<{ total: number; happenings: Happening[] }> {
    return this.exclusive(() => listHappenings(DUCKDB, this.db, filter, page));
  }

  getHappening(id: string): Promise<Happening | null> {
    return this.exclusive(() => getHappening(DUCKDB, this.db, id));
  }

  queryEvents(filter: EventFilter, page: Page = {}): Promise<StoredEvent[]> {
    return this.db.read(async (db) => {
      const limit = Math.max(0, Math.floor(page.limit ?? 1000));
      const offset = Math.max(0, Math.floor(page.offset ?? 0));
      if (usesParty(filter)) return queryByParty(db, filter, limit, offset);
      const { where, params } = whereClause(filter);
      const rows = await db.all<EventRow>(
        `SELECT ${SELECT_EVENT} FROM events WHERE ${where} ORDER BY date_start NULLS LAST, id LIMIT ${limit} OFFSET ${offset}`, params);
      return rows.map(toStoredEvent);
    }, { snapshot: usesParty(filter) });
  }

  countEvents(filter: EventFilter): Promise<number> {
    return this.db.read(async (db) => {
      const party = usesParty(filter);
      const { where, params } = whereClause(filter, [], party);
      return (await db.one<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM ${party ? 'event_party' : 'events'} WHERE ${where}`, params))?.n ?? 0;
    });
  }

  iterateEvents(filter: EventFilter): AsyncGenerator<StoredEvent[]> {
    return eventPages(DUCKDB, (fn) => this.db.read(fn), filter);
  }

  exportEvents(filter: EventFilter, format: ExportFormat, out: string): Promise<number> {
    return this.exclusive(async () => {
      const { where, params } = whereClause(filter);
      const select = format === 'jsonl'
        ? `SELECT doc, sentence, text, event_type, mode, context, actor, recipient, date, location,
             CASE WHEN value_amount IS NULL THEN NULL ELSE {'amount': value_amount, 'currency': value_currency} END AS value,
             cameo FROM events WHERE ${where} ORDER BY date_start NULLS LAST, id`
        : `SELECT id, origin, doc, sentence, text, event_type, mode, ${format === 'csv' ? `array_to_string(context, ';') AS context,
             array_to_string(actor, ';') AS actor, array_to_string(recipient, ';') AS recipient` : 'context, actor, recipient'},
             date, date_start, location, value_amount, value_currency, cameo, score, quad_class, goldstein, num_mentions,
             num_sources, num_articles, tone, source_url, review_status, doc_changed
           FROM events WHERE ${where} ORDER BY date_start NULLS LAST, id`;
      const opts = format === 'jsonl' ? 'FORMAT json' : format === 'csv' ? 'FORMAT csv, HEADER true' : 'FORMAT parquet, COMPRESSION zstd';
      return this.db.run(`COPY (${select}) TO ${sqlString(out)} (${opts})`, params);
    });
  }

  stats(): Promise<Stats> {
    return this.db.read(async (db) => {
      const totals = await db.one<{ events: number; documents: number; happenings: number }>(
        `SELECT (SELECT count(*) FROM events)::INTEGER AS events, (SELECT count(*) FROM documents)::INTEGER AS documents,
           (SELECT count(*) FROM events WHERE h_rep)::INTEGER AS happenings`);
      const byOrigin = await db.all<{ origin: Origin; events: number }>(
        `SELECT origin, count(*)::INTEGER AS events FROM events GROUP BY origin ORDER BY events DESC, origin`);
      const byType = await db.all<{ event_type: EventType; events: number }>(
        `SELECT event_type, count(*)::INTEGER AS events FROM events GROUP BY event_type ORDER BY events DESC, event_type`);
      const flagged = `date_flag IS NOT NULL OR date_start > current_date`;
      const byYear = await db.all<{ year: number | null; events: number }>(
        `SELECT year(date_start)::INTEGER AS year, count(*)::INTEGER AS events FROM events WHERE NOT coalesce(${flagged}, false)
         GROUP BY 1 ORDER BY 1 NULLS LAST`);
      const flaggedDates = (await db.one<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM events WHERE ${flagged}`))?.n ?? 0;
      return {
        events: totals?.events ?? 0, happenings: totals?.happenings ?? 0, documents: totals?.documents ?? 0, byOrigin, byType, byYear, flaggedDates,
        schemaVersion: this.version, bytes: fileBytes(this.path),
      };
    }, { snapshot: true });
  }

  entities(): Promise<Entity[]> {
    return this.db.read((db) => db.all<Entity>('SELECT code, name, kind FROM entities ORDER BY kind DESC, code'));
  }

  appendReview(entry: Omit<ReviewEntry, 'id' | 'at'> & { at?: string }): Promise<ReviewEntry> {
    return this.exclusive(async () => {
      const r = await this.db.one<{ id: string }>(
        `INSERT INTO review_log (event_id, who, "at", action, "before", "after")
         VALUES ($1, $2, coalesce($3::TIMESTAMP, current_timestamp), $4, $5::JSON, $6::JSON) RETURNING id`,
        [entry.event_id, entry.who, entry.at ?? null, entry.action, JSON.stringify(entry.before ?? null), JSON.stringify(entry.after ?? null)]);
      const row = await this.db.one<RawReview>(`${REVIEW_SELECT} WHERE id = $1`, [Number(r?.id)]);
      return toReview(row!);
    });
  }

  reviewLog(eventId?: string): Promise<ReviewEntry[]> {
    return this.db.read(async (db) => {
      const rows = eventId === undefined
        ? await db.all<RawReview>(`${REVIEW_SELECT} ORDER BY id`)
        : await db.all<RawReview>(`${REVIEW_SELECT} WHERE event_id = $1 ORDER BY id`, [eventId]);
      return rows.map(toReview);
    });
  }

  setReviewStatus(eventId: string, status: ReviewStatus, who: string): Promise<void> {
    return this.exclusive(() => this.db.transaction(async () => {
      const cur = await this.db.one<{ review_status: string; parties: string[] }>(
        'SELECT review_status, parties FROM events WHERE id = $1', [eventId]);
      if (!cur) throw new NotFoundError(`no event with id ${eventId}`);
      await this.db.run('UPDATE events SET review_status = $2 WHERE id = $1', [eventId, status]);
      await setPartyStatus(this.db, eventId, cur.parties, status);
      await this.db.run(`INSERT INTO review_log (event_id, who, action, "before", "after") VALUES ($1, $2, 'status', $3::JSON, $4::JSON)`,
        [eventId, who, JSON.stringify({ review_status: cur.review_status }), JSON.stringify({ review_status: status })]);
    }));
  }

  checkIntegrity(): Promise<string[]> {
    return this.exclusive(async () => {
      // Every document holds exactly the coded events it was stored with (reviewed ones may add to them).
      const rows = await this.db.all<{ id: string }>(`
        SELECT d.id FROM documents d
        LEFT JOIN (SELECT doc, count(*) FILTER (WHERE review_status = 'auto' OR NOT doc_changed) AS n
                   FROM events WHERE origin = 'coded' GROUP BY doc) e ON e.doc = d.id
        WHERE coalesce(e.n, 0) <> d.n_events
        UNION ALL
        SELECT DISTINCT doc FROM events WHERE origin = 'coded' AND doc NOT IN (SELECT id FROM documents)
        UNION ALL
        SELECT id FROM events GROUP BY id HAVING count(*) > 1
        ORDER BY 1`);
      // Participation rows that disagree with their event (by event id).
      return [...rows.map((r) => r.id), ...(await partyMismatches(this.db)).map((id) => `event_party:${id}`),
        ...await coverageMismatches(this.db),
        ...await happeningProblems(this.db), ...(await this.db.all<{ p: string }>(`${sourceProblemsSql(DUCKDB)} ORDER BY 1`)).map((r) => r.p)];
    });
  }

  knownDocuments(q: { urls: string[]; hashes: string[] }): Promise<KnownDocument[]> {
    return this.db.read(async (r) => {
      if (!q.urls.length && !q.hashes.length) return [];
      return r.all<KnownDocument>(`SELECT id, url, content_hash FROM documents
        WHERE url IN (SELECT unnest($1::JSON::VARCHAR[])) OR content_hash IN (SELECT unnest($2::JSON::VARCHAR[])) ORDER BY id`,
      [JSON.stringify(q.urls), JSON.stringify(q.hashes)]);
    });
  }

  importedFiles(keys: string[]): Promise<Set<string>> {
    return this.db.read(async (r) => {
      if (!keys.length) return new Set<string>();
      const rows = await r.all<{ key: string }>(`SELECT key FROM imported_files WHERE key IN (SELECT unnest($1::JSON::VARCHAR[]))`, [JSON.stringify(keys)]);
      return new Set(rows.map((x) => x.key));
    });
  }

  newestImported(prefix: string): Promise<string | null> {
    return this.db.read(async (r) => (await r.one<{ key: string | null }>(
      `SELECT max(key) AS key FROM imported_files WHERE starts_with(key, $1)`, [prefix]))?.key ?? null);
  }

  rememberKeys(keys: string[]): Promise<void> {
    if (!keys.length) return Promise.resolve();
    return this.exclusive(async () => {
      await this.db.run(`INSERT INTO imported_files (key, imported_at, "rows", added)
        SELECT k, $2, 0, 0 FROM (SELECT DISTINCT unnest($1::JSON::VARCHAR[]) AS k) WHERE k NOT IN (SELECT key FROM imported_files)`,
      [JSON.stringify(keys), new Date().toISOString()]);
    });
  }

  sourceStatus(): Promise<SourceStatus[]> {
    return this.db.read(async (r) => (await r.all<SourceStatus>(`SELECT name, url, type, etag, last_modified, last_poll, last_success,
      next_poll, failures, items_added::DOUBLE AS items_added, events_added::DOUBLE AS events_added, last_error FROM source_status ORDER BY name`)));
  }

  saveSourceStatus(s: SourceStatus): Promise<void> {
    return this.exclusive(async () => {
      await this.db.run(`INSERT OR REPLACE INTO source_status (name, url, type, etag, last_modified, last_poll, last_success, next_poll,
        failures, items_added, events_added, last_error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [s.name, s.url, s.type, s.etag, s.last_modified, s.last_poll, s.last_success, s.next_poll, s.failures, s.items_added, s.events_added, s.last_error]);
    });
  }

  addAlerts(alerts: AlertRecord[]): Promise<AlertRecord[]> {
    return this.exclusive(() => this.db.transaction(async () => {
      const fresh: AlertRecord[] = [];
      const now = new Date().toISOString();
      for (const a of alerts) {
        if (fresh.some((f) => f.key === a.key) || (await this.db.one(`SELECT 1 FROM alerts WHERE key = $1`, [a.key]))) continue;
        await this.db.run(`INSERT INTO alerts (key, focal, period, vector, kind, share, previous, message, first_seen, delivery)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, [a.key, a.focal, a.period, a.vector, a.kind, a.share, a.previous, a.message, now, a.delivery]);
        fresh.push({ ...a, first_seen: now });
      }
      return fresh;
    }));
  }

  alerts(limit = 100): Promise<AlertRecord[]> {
    return this.db.read((r) => r.all<AlertRecord>(`SELECT key, focal, period, vector, kind, share, previous, message, first_seen, delivery
      FROM alerts ORDER BY first_seen DESC, key LIMIT ${Math.max(0, Math.floor(limit))}`));
  }

  setAlertDelivery(key: string, delivery: string): Promise<void> {
    return this.exclusive(async () => {
      await this.db.run(`UPDATE alerts SET delivery = $2 WHERE key = $1`, [key, delivery]);
    });
  }

  measures(): MeasureQueries {
    return duckDbMeasures(this.db);
  }

  queries(): ServerQueries {
    return duckDbServerQueries(this.db, (fn) => this.exclusive(fn));
  }

  engineMemory(): Promise<EngineMemory> {
    return this.db.memory();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.queue;
    await this.db.idle();
    this.db.close();
  }
}

const REVIEW_SELECT = `SELECT ${reviewColumns(DUCKDB)} FROM review_log`;
/**
 * A page of a focal query: the page's ids come from the country's party rows (ordered there), then the events
 * are read back within the page's date range, where date-sorted appends keep them in a few row groups.
 */
async function queryByParty(db: Reader, filter: EventFilter, limit: number, offset: number): Promise<StoredEvent[]> {
  const { where, params } = whereClause(filter, [], true);
  const page = await db.all<{ id: string; d: string | null }>(
    `SELECT id, date_start::VARCHAR AS d FROM event_party WHERE ${where}
     ORDER BY date_start NULLS LAST, id LIMIT ${limit} OFFSET ${offset}`, params);
  if (!page.length) return [];
  const dated = page.filter((r) => r.d !== null);
  const undated = page.filter((r) => r.d === null).map((r) => r.id);
  const rows: EventRow[] = [];
  if (dated.length) {
    rows.push(...await db.all<EventRow>(`SELECT ${SELECT_EVENT} FROM events
      WHERE date_start BETWEEN $1::DATE AND $2::DATE AND id IN (SELECT unnest($3::JSON::VARCHAR[]))`,
    [dated[0]!.d, dated[dated.length - 1]!.d, JSON.stringify(dated.map((r) => r.id))]));
  }
  if (undated.length) {
    rows.push(...await db.all<EventRow>(`SELECT ${SELECT_EVENT} FROM events
      WHERE date_start IS NULL AND id IN (SELECT unnest($1::JSON::VARCHAR[]))`, [JSON.stringify(undated)]));
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((r) => {
    const e = byId.get(r.id);
    return e ? [toStoredEvent(e)] : [];
  });
}

function fileBytes(path: string): number {
  let n = 0;
  for (const p of [path, `${path}.wal`]) if (path !== ':memory:' && existsSync(p)) n += statSync(p).size;
  return n;
}
