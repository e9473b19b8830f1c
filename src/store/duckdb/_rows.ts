/** Events and filters <-> SQL rows and WHERE clauses. */
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import { dateStart, periodEndExclusive, periodStart } from '../period.ts';
import type { EventFilter, NewEvent } from '../store.ts';
import type { Params } from './_db.ts';

/** Columns written for a new event, in order (events table minus defaults). */
export const INSERT_COLUMNS = [
  'id', 'origin', 'doc', 'sentence', 'text', 'event_type', 'mode', 'context', 'actor', 'recipient', 'parties',
  'date', 'date_start', 'location', 'value_amount', 'value_currency', 'cameo', 'score', 'quad_class',
  'goldstein', 'num_mentions', 'num_sources', 'num_articles', 'tone', 'source_url', 'span_start', 'span_end',
  'confidence',
] as const;

const LIST_COLUMNS = new Set(['context', 'actor', 'recipient', 'parties']);

/** One "(...)" placeholder group for a row starting at parameter `base` (1-based). */
export function placeholders(base: number): string {
  return `(${INSERT_COLUMNS.map((c, i) => {
    const p = `$${base + i}`;
    if (LIST_COLUMNS.has(c)) return `${p}::JSON::VARCHAR[]`;
    if (c === 'date_start') return `${p}::DATE`;
    return p;
  }).join(', ')})`;
}

export function eventParams(e: NewEvent): Params {
  const parties = [...new Set([...e.actor, ...e.recipient])];
  return [
    e.id, e.origin, e.doc, e.sentence, e.text, e.event_type, e.mode, JSON.stringify(e.context),
    JSON.stringify(e.actor), JSON.stringify(e.recipient), JSON.stringify(parties),
    e.date, dateStart(e.date), e.location, e.value?.amount ?? null, e.value?.currency ?? null, e.cameo,
    ploverScore(e.event_type, e.mode), e.quad_class ?? QUAD_CLASS[e.event_type],
    e.goldstein ?? null, e.num_mentions ?? null, e.num_sources ?? null, e.num_articles ?? null, e.tone ?? null,
    e.source_url ?? null, e.span?.start ?? null, e.span?.end ?? null, e.confidence ?? null,
  ];
}

/** Each insert column's type, for reading rows from one JSON parameter (see `insertFromJson`). */
const JSON_TYPES: Record<(typeof INSERT_COLUMNS)[number], string> = {
  id: 'VARCHAR', origin: 'VARCHAR', doc: 'VARCHAR', sentence: 'INTEGER', text: 'VARCHAR', event_type: 'VARCHAR',
  mode: 'VARCHAR', context: 'VARCHAR[]', actor: 'VARCHAR[]', recipient: 'VARCHAR[]', parties: 'VARCHAR[]',
  date: 'VARCHAR', date_start: 'DATE', location: 'VARCHAR', value_amount: 'DOUBLE', value_currency: 'VARCHAR',
  cameo: 'VARCHAR', score: 'DOUBLE', quad_class: 'TINYINT', goldstein: 'DOUBLE', num_mentions: 'INTEGER',
  num_sources: 'INTEGER', num_articles: 'INTEGER', tone: 'DOUBLE', source_url: 'VARCHAR', span_start: 'INTEGER',
  span_end: 'INTEGER', confidence: 'DOUBLE',
};

/**
 * `INSERT INTO table` of the events in the JSON array given as parameter $1 (see `eventsJson`): DuckDB parses
 * and types the rows on its own thread. Binding one parameter per value (30 per event) ran on the caller's thread
 * and held a server's event loop for about 100 ms per 400 events, most of it making and collecting the values.
 */
export function insertFromJson(table: string): string {
  const structure = JSON.stringify([JSON_TYPES]).replaceAll("'", "''");
  return `INSERT INTO ${table} (${INSERT_COLUMNS.join(', ')})
    SELECT ${INSERT_COLUMNS.map((c) => `r."${c}"`).join(', ')} FROM (SELECT unnest(from_json($1::JSON, '${structure}')) AS r)`;
}

/** The events as the JSON array `insertFromJson` reads: the same values as `eventParams`. */
export function eventsJson(events: readonly NewEvent[]): string {
  return JSON.stringify(events.map((e) => {
    const v = eventParams(e);
    const row: Record<string, unknown> = {};
    INSERT_COLUMNS.forEach((c, i) => {
      // eventParams gives the lists as JSON text (for a ::JSON::VARCHAR[] cast); here they are plain arrays.
      row[c] = LIST_COLUMNS.has(c) ? JSON.parse(v[i] as string) : v[i];
    });
    return row;
  }));
}

/** SELECT list that reads a StoredEvent back (types pinned so JSON conversion is predictable). */
// lang: the event's document's language ("doc" is the outer row's: documents has no such column, so any FROM works)
export const SELECT_EVENT = `id, origin, doc, sentence, text, event_type, mode, context, actor, recipient,
  date, location, value_amount, value_currency, cameo, score::DOUBLE AS score, quad_class::INTEGER AS quad_class,
  goldstein, num_mentions, num_sources, num_articles, tone, source_url, span_start, span_end, review_status,
  doc_changed, confidence, happening,
  (SELECT dl.lang FROM documents dl WHERE dl.id = doc) AS lang`;

export { toStoredEvent, type EventRow } from '../_event-row.ts';

/** A filter event_party can answer: it names a code and no document (party rows carry no doc). */
export function usesParty(f: EventFilter): boolean {
  return !!(f.country || f.partner) && !f.doc;
}

/**
 * WHERE clause (without the keyword; 'true' when empty) and its parameters. With `party`, the clause is over
 * event_party (see usesParty): the country's own rows, each event once.
 */
export function whereClause(f: EventFilter, params: Params = [], party = false): { where: string; params: Params } {
  const conds: string[] = [];
  const p = (v: string) => {
    params.push(v);
    return `$${params.length}`;
  };
  const inList = (col: string, vs: readonly string[]) => `${col} IN (${vs.map(p).join(', ')})`;
  if (party) {
    conds.push(`code = ${p((f.country || f.partner)!.toUpperCase())}`);
    if (f.country && f.partner) conds.push(`list_contains(parties, ${p(f.partner.toUpperCase())})`);
  } else {
    if (f.country) conds.push(`list_contains(parties, ${p(f.country.toUpperCase())})`);
    if (f.partner) conds.push(`list_contains(parties, ${p(f.partner.toUpperCase())})`);
  }
  if (f.types?.length) conds.push(inList('event_type', f.types));
  if (f.origins?.length) conds.push(inList('origin', f.origins));
  if (f.reviewStatuses?.length) conds.push(inList('review_status', f.reviewStatuses));
  if (f.from) conds.push(`date_start >= ${p(periodStart(f.from, 'from'))}::DATE`);
  if (f.to) conds.push(`date_start < ${p(periodEndExclusive(f.to, 'to'))}::DATE`);
  if (f.doc) conds.push(`doc = ${p(f.doc)}`);
  return { where: conds.length ? conds.join(' AND ') : 'true', params };
}
