/**
 * The zod schemas of every request: they validate (fastify-type-provider-zod) and they are the OpenAPI
 * document (@fastify/swagger), so the two cannot drift apart. Lists accept "a,b" or repeated keys
 * (?types=A&types=B), in singular or plural (type/types, origin/origins, status/statuses/review).
 */
import { z } from 'zod';
import { EVENT_TYPES, MoneySchema, type EventType } from '../model/event.ts';
import { isWellFormed } from '../model/wellformed.ts';
import { periodStart } from '../store/period.ts';
import { ORIGINS, REVIEW_STATUSES, type EventFilter, type Origin, type ReviewStatus } from '../store/store.ts';
import { UNITS, type Direction, type Granularity, type MeasureFilter, type Unit } from '../store/measures.ts';

export const codeSchema = z.string()
  .regex(/^[A-Za-z][A-Za-z0-9]{1,4}$/, 'an entity code such as KAZ, CHN or SCO')
  .transform((s) => s.toUpperCase());

/** A value echoed in an error message, cut short: an error never repeats a whole request. */
export const quoted = (s: string, max = 40) => JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);

export const periodSchema = z.string().superRefine((s, ctx) => {
  try {
    periodStart(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: `${quoted(s)} is not a period (YYYY, YYYY-MM or YYYY-MM-DD)` });
  }
}).describe('YYYY, YYYY-MM or YYYY-MM-DD (inclusive)');

/** Bounds of a list parameter ("a,b,c" or repeated keys): its values, and the characters of all of them. */
export const LIST_LIMITS = { items: 50, chars: 1000 };

/**
 * The items of a list parameter, deduplicated; a list longer than `max` values or LIST_LIMITS.chars characters is
 * one clear issue, before any item is validated (so a huge list cannot make a huge error).
 */
function listItems(max: number) {
  return z.union([z.string(), z.array(z.string())]).transform((v, ctx) => {
    const raw = Array.isArray(v) ? v : [v];
    const chars = raw.reduce((n, s) => n + s.length, 0);
    const items = chars > LIST_LIMITS.chars ? [] : [...new Set(raw.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))];
    if (chars > LIST_LIMITS.chars || items.length > max) {
      ctx.addIssue({ code: 'custom', message: `a list of at most ${max} values and ${LIST_LIMITS.chars} characters ` +
        `(got ${chars > LIST_LIMITS.chars ? `${chars} characters` : `${items.length} values`})` });
      return z.NEVER;
    }
    return items;
  });
}

/** A comma-separated list (or repeated key) of allowed values, case-insensitive. */
function listOf<T extends string>(values: readonly T[], upper: boolean) {
  return listItems(LIST_LIMITS.items)
    .transform((items) => [...new Set(items.map((s) => (upper ? s.toUpperCase() : s.toLowerCase())))])
    .pipe(z.array(z.enum(values as unknown as [T, ...T[]])))
    .describe(`comma-separated, any of: ${values.join(', ')} (at most ${LIST_LIMITS.items} values)`);
}

const typesList = listOf(EVENT_TYPES, true);
const originsList = listOf(ORIGINS, false);
const statusList = listOf(REVIEW_STATUSES, false);

/** The filter keys shared by events, export and the measures. */
const filterShape = {
  from: periodSchema.optional(),
  to: periodSchema.optional(),
  type: typesList.optional(),
  types: typesList.optional(),
  origin: originsList.optional(),
  origins: originsList.optional(),
  status: statusList.optional(),
  statuses: statusList.optional(),
  review: statusList.optional().describe('review statuses (default for measures: all but rejected)'),
};

type FilterQuery = {
  from?: string | undefined; to?: string | undefined;
  type?: EventType[] | undefined; types?: EventType[] | undefined;
  origin?: Origin[] | undefined; origins?: Origin[] | undefined;
  status?: ReviewStatus[] | undefined; statuses?: ReviewStatus[] | undefined; review?: ReviewStatus[] | undefined;
  unit?: Unit | undefined;
};

const merge = <T>(...lists: Array<T[] | undefined>): T[] | undefined => {
  const all = lists.flatMap((l) => l ?? []);
  return all.length ? [...new Set(all)] : undefined;
};

export function toMeasureFilter(q: FilterQuery): MeasureFilter {
  const f: MeasureFilter = {};
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  const types = merge(q.type, q.types);
  if (types) f.types = types;
  const origins = merge(q.origin, q.origins);
  if (origins) f.origins = origins;
  const statuses = merge(q.status, q.statuses, q.review);
  if (statuses) f.reviewStatuses = statuses;
  if (q.unit) f.unit = q.unit;
  return f;
}

export const eventFilterQuery = z.object({
  country: codeSchema.optional().describe('an entity taking part (actor or recipient)'),
  partner: codeSchema.optional().describe('a second entity taking part in the same event'),
  doc: z.string().min(1).max(500).optional().describe('events of one document'),
  q: z.string().min(1).max(200).optional().describe('text search in the evidence sentence (case-insensitive)'),
  ...filterShape,
});
export type EventFilterQuery = z.infer<typeof eventFilterQuery>;

export function toEventFilter(q: EventFilterQuery): EventFilter & { q?: string } {
  const f: EventFilter & { q?: string } = { ...toMeasureFilter(q) };
  if (q.country) f.country = q.country;
  if (q.partner) f.partner = q.partner;
  if (q.doc) f.doc = q.doc;
  if (q.q) f.q = q.q;
  return f;
}

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('at most 500'),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const eventsQuery = eventFilterQuery.extend({
  ...pageQuery,
  sort: z.enum(['date', '-date', 'type', 'confidence', 'stored']).default('-date')
    .describe('date (oldest first), -date (newest first), type, confidence (least confident first: the review order), ' +
      'stored (by date, undated last, as `multivector events` lists them)'),
});

export const idParams = z.object({ id: z.string().min(1).max(500) });

export const measureQuery = z.object({
  focal: codeSchema.describe('the focal country, e.g. KAZ'),
  partner: codeSchema.optional().describe('dyad, deals, visits, brief: one partner'),
  by: z.enum(['month', 'quarter', 'year']).optional().describe('granularity of series (default month; convening: year)'),
  direction: z.enum(['out', 'in', 'both']).default('both').describe('out: the focal country acts; in: it is the target'),
  metric: z.enum(['events', 'usd']).default('events').describe('balance: shares of event–vector pairs or of USD'),
  top: z.coerce.number().int().min(0).max(1000).optional().describe('brokerage: top brokers listed (default 10)'),
  limit: z.coerce.number().int().min(0).max(1000).optional().describe('partners: at most this many; convening: listed events'),
  unit: z.enum(UNITS as [Unit, ...Unit[]]).optional()
    .describe('count happenings (default: reports of one happening count once) or reports (every stored event)'),
  ...filterShape,
});
export type MeasureQuery = z.infer<typeof measureQuery>;

export const compareQuery = measureQuery.omit({ focal: true, partner: true }).extend({
  focal: listItems(20)
    .pipe(z.array(codeSchema).min(1).max(20))
    .describe('focal countries, comma-separated (KAZ,UZB,TUR)'),
});

export const granularity = (q: { by?: Granularity | undefined }, fallback: Granularity = 'month'): Granularity => q.by ?? fallback;
export const direction = (q: { direction: Direction }): Direction => q.direction;

/** Text the database will store: no lone UTF-16 surrogate ("\\ud800" in JSON), which the engine refuses. */
const text = (min: number, max: number) => z.string().min(min).max(max)
  .refine(isWellFormed, 'holds a lone UTF-16 surrogate (not Unicode text)');

/** The store keeps amounts as 64-bit integers: a larger one is the caller's error, named, not the engine's. */
const MAX_AMOUNT = 2 ** 63;
const storableMoney = MoneySchema.extend({
  amount: MoneySchema.shape.amount.refine((a) => Math.abs(a) < MAX_AMOUNT, 'at most 9.2e18 in absolute value (a 64-bit integer)'),
});

/** What an analyst may change in an event when editing it. */
export const eventChanges = z.strictObject({
  event_type: z.string().transform((s) => s.toUpperCase()).pipe(z.enum(EVENT_TYPES)).optional(),
  mode: text(1, 40).nullable().optional(),
  context: z.array(text(1, 40)).max(20).optional(),
  actor: z.array(codeSchema).max(20).optional(),
  recipient: z.array(codeSchema).max(20).optional(),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').pipe(periodSchema).nullable().optional(),
  location: codeSchema.nullable().optional(),
  value: storableMoney.nullable().optional(),
});

export const reviewBody = z.strictObject({
  action: z.enum(['confirm', 'reject', 'edit']),
  changes: eventChanges.optional().describe('edit: the spec fields to change'),
  note: text(0, 2000).optional(),
}).superRefine((b, ctx) => {
  if (b.action === 'edit' && (!b.changes || !Object.values(b.changes).some((v) => v !== undefined))) {
    ctx.addIssue({ code: 'custom', path: ['changes'], message: 'an edit needs at least one field to change' });
  }
  if (b.action !== 'edit' && b.changes) {
    ctx.addIssue({ code: 'custom', path: ['changes'], message: `changes go with action "edit", not "${b.action}"` });
  }
});

export const ingestQuery = z.object({
  id: z.string().min(1).max(200).optional().describe('text/plain: the document id (default: derived from the text)'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').optional().describe('publication date (text/plain, or default for documents without one)'),
  title: z.string().max(500).optional().describe('text/plain: the title'),
  lang: z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'a language code (ISO 639, e.g. en, ru, kk)').optional()
    .describe('the language of every document, instead of the one detected from its text'),
});

export const ingestJson = z.object({
  id: z.string().min(1).max(200).optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').nullish(),
  title: z.string().max(500).nullish(),
  url: z.string().max(2000).nullish(),
  lang: z.string().max(20).nullish(),
  text: z.string().min(1, 'the text is empty'),
});

/** POST /api/ingest: JSON {id?, date?, title?, text}, or the raw body (text/plain, application/x-ndjson). */
export const ingestBody = z.union([z.string(), ingestJson])
  .describe('application/json {id?, date?, title?, text}; application/x-ndjson: one document per line; text/plain: one document');

export const exportQuery = eventFilterQuery.extend({
  format: z.enum(['csv', 'jsonl', 'parquet']).default('jsonl'),
});

export const briefQuery = z.object({
  focal: codeSchema,
  partner: codeSchema.optional(),
  from: periodSchema.optional(),
  to: periodSchema.optional(),
  by: z.enum(['month', 'quarter', 'year']).optional().describe('granularity of the charts (default quarter, as the dashboard)'),
  format: z.enum(['md', 'html', 'pdf']).default('html'),
});
