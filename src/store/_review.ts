/** Review log rows and the review of an event, on any engine: what changes, what the log records. */
import type { Dialect } from './_dialect.ts';
import type { EventChanges, ReviewAction } from './queries.ts';
import type { NewEvent, ReviewEntry, ReviewStatus, StoredEvent } from './store.ts';

/** A review log row as read back (`before`/`after` as JSON text). */
export interface RawReview { id: string | number; event_id: string; who: string; at: string; action: string; before: string | null; after: string | null }

/** The columns that read a review log row back as a RawReview (after SELECT or RETURNING). */
export const reviewColumns = <P>(d: Dialect<P>): string =>
  `id, event_id, who, ${d.isoTime('"at"', true)} AS "at", action, "before"::text AS "before", "after"::text AS "after"`;

export const toReview = (r: RawReview): ReviewEntry => ({
  id: Number(r.id), event_id: r.event_id, who: r.who, at: r.at, action: r.action,
  before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after),
});

const STATUS: Record<ReviewAction, ReviewStatus> = { confirm: 'confirmed', reject: 'rejected', edit: 'edited' };

/** Spec fields of an event (what the review log records before and after). */
const specFields = (e: StoredEvent): Required<EventChanges> => ({
  event_type: e.event_type, mode: e.mode, context: e.context, actor: e.actor, recipient: e.recipient,
  date: e.date, location: e.location, value: e.value,
});

export interface ReviewPlan {
  status: ReviewStatus;
  /** The log's before and after: the review status and the fields that change (and the note, after). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** The event as it is to be written again when fields change, else null (only the status changes). */
  next: NewEvent | null;
}

/** What a review does to `current`. */
export function planReview(current: StoredEvent, r: { action: ReviewAction; changes?: EventChanges; note?: string }): ReviewPlan {
  const status = STATUS[r.action];
  const before: Record<string, unknown> = { review_status: current.review_status };
  const after: Record<string, unknown> = { review_status: status };
  const edits = r.action === 'edit' && r.changes ? r.changes : {};
  const old = specFields(current);
  for (const [k, v] of Object.entries(edits) as Array<[keyof EventChanges, unknown]>) {
    if (v === undefined || JSON.stringify(old[k]) === JSON.stringify(v)) continue;
    before[k] = old[k];
    after[k] = v;
  }
  // Changed fields: the event is written again through the engine's append path, so every derived column
  // follows from the new fields exactly as on import. A changed type takes its own quad class; otherwise a
  // dataset's own class stays.
  const next: NewEvent | null = Object.keys(after).length > 1
    ? { ...current, ...edits, quad_class: (edits.event_type ?? current.event_type) === current.event_type ? current.quad_class : null }
    : null;
  if (r.note) after.note = r.note;
  return { status, before, after, next };
}
