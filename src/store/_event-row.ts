/** An event row as both engines read it back (SELECT_EVENT of each engine), and the StoredEvent it is. */
import type { EventType } from '../model/event.ts';
import type { Origin, ReviewStatus, StoredEvent } from './store.ts';

export interface EventRow {
  id: string; origin: Origin; doc: string; sentence: number; text: string; event_type: EventType;
  mode: string | null; context: string[]; actor: string[]; recipient: string[]; date: string | null;
  location: string | null; value_amount: number | null; value_currency: string | null; cameo: string | null;
  score: number; quad_class: 1 | 2 | 3 | 4; goldstein: number | null; num_mentions: number | null;
  num_sources: number | null; num_articles: number | null; tone: number | null; source_url: string | null;
  span_start: number | null; span_end: number | null; review_status: ReviewStatus; doc_changed: boolean;
  confidence: number | null; happening: string | null; lang: string | null;
}

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    doc: r.doc, sentence: r.sentence, text: r.text, event_type: r.event_type, mode: r.mode, context: r.context,
    actor: r.actor, recipient: r.recipient, date: r.date, location: r.location,
    value: r.value_amount === null ? null : { amount: r.value_amount, currency: r.value_currency ?? '' },
    cameo: r.cameo, id: r.id, origin: r.origin, review_status: r.review_status, doc_changed: r.doc_changed,
    score: r.score, quad_class: r.quad_class,
    span: r.span_start === null || r.span_end === null ? null : { start: r.span_start, end: r.span_end },
    confidence: r.confidence,
    goldstein: r.goldstein, num_mentions: r.num_mentions, num_sources: r.num_sources,
    num_articles: r.num_articles, tone: r.tone, source_url: r.source_url, happening: r.happening,
    lang: r.lang ?? null,
  };
}

