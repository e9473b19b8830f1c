/** Events and filters <-> PostgreSQL rows, COPY lines and WHERE clauses. */
import { QUAD_CLASS } from '../../model/event.ts';
import { ploverScore } from '../../model/plover.ts';
import { dateStart, periodEndExclusive, periodStart } from '../period.ts';
import type { EventFilter, NewEvent } from '../store.ts';
import { copyField, type Params } from './_db.ts';

/** Columns written for a new event, in order, with their types (for staging tables). */
export const INSERT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['id', 'text'], ['origin', 'text'], ['doc', 'text'], ['sentence', 'integer'], ['text', 'text'], ['event_type', 'text'],
  ['mode', 'text'], ['context', 'text[]'], ['actor', 'text[]'], ['recipient', 'text[]'], ['parties', 'text[]'],
  ['date', 'text'], ['date_start', 'date'], ['location', 'text'], ['value_amount', 'double precision'],
  ['value_currency', 'text'], ['cameo', 'text'], ['score', 'double precision'], ['quad_class', 'smallint'],
  ['goldstein', 'double precision'], ['num_mentions', 'integer'], ['num_sources', 'integer'], ['num_articles', 'integer'],
  ['tone', 'double precision'], ['source_url', 'text'], ['span_start', 'integer'], ['span_end', 'integer'],
  ['confidence', 'double precision'],
];
export const EVENT_COLUMNS = INSERT_COLUMNS.map(([c]) => c).join(', ');
export const STAGING_DDL = INSERT_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ');

/** A PostgreSQL array literal of strings (every element quoted). */
const arrayLiteral = (xs: readonly string[]) => `{${xs.map((x) => `"${x.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/** One COPY text-format line (with its newline) for a new event, columns as INSERT_COLUMNS. */
export function copyLine(e: NewEvent): string {
  const parties = [...new Set([...e.actor, ...e.recipient])];
  const values: Array<string | number | null> = [
    e.id, e.origin, e.doc, e.sentence, e.text, e.event_type, e.mode, arrayLiteral(e.context), arrayLiteral(e.actor),
    arrayLiteral(e.recipient), arrayLiteral(parties), e.date, dateStart(e.date), e.location, e.value?.amount ?? null,
    e.value?.currency ?? null, e.cameo, ploverScore(e.event_type, e.mode), e.quad_class ?? QUAD_CLASS[e.event_type] ?? null,
    e.goldstein ?? null, e.num_mentions ?? null, e.num_sources ?? null, e.num_articles ?? null, e.tone ?? null,
    e.source_url ?? null, e.span?.start ?? null, e.span?.end ?? null, e.confidence ?? null,
  ];
  return `${values.map((v) => copyField(v)).join('\t')}\n`;
}

/** SELECT list that reads a StoredEvent back (see ../duckdb/_rows.ts toStoredEvent, shared below). */
// lang: the event's document's language ("doc" is the outer row's: documents has no such column, so any FROM works)
export const SELECT_EVENT = `id, origin, doc, sentence, text, event_type, mode, context, actor, recipient,
  date, location, value_amount, value_currency, cameo, score, quad_class::integer AS quad_class,
  goldstein, num_mentions, num_sources, num_articles, tone, source_url, span_start, span_end, review_status,
  doc_changed, confidence, happening,
  (SELECT dl.lang FROM documents dl WHERE dl.id = doc) AS lang`;

/** WHERE clause (without the keyword; 'true' when empty) and its parameters. */
export function whereClause(f: EventFilter, params: Params = []): { where: string; params: Params } {
  const conds: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  // `parties @> ARRAY[x]` is what the GIN index answers (`x = ANY(parties)` would scan).
  if (f.country) conds.push(`parties @> ARRAY[${p(f.country.toUpperCase())}::text]`);
  if (f.partner) conds.push(`parties @> ARRAY[${p(f.partner.toUpperCase())}::text]`);
  if (f.types?.length) conds.push(`event_type = ANY(${p(f.types)}::text[])`);
  if (f.origins?.length) conds.push(`origin = ANY(${p(f.origins)}::text[])`);
  if (f.reviewStatuses?.length) conds.push(`review_status = ANY(${p(f.reviewStatuses)}::text[])`);
  if (f.from) conds.push(`date_start >= ${p(periodStart(f.from, 'from'))}::date`);
  if (f.to) conds.push(`date_start < ${p(periodEndExclusive(f.to, 'to'))}::date`);
  if (f.doc) conds.push(`doc = ${p(f.doc)}`);
  return { where: conds.length ? conds.join(' AND ') : 'true', params };
}
