/**
 * The spec's interchange types (../shared/spec/events.md): documents in, events out.
 * Zod schemas validate what crosses a boundary (files, HTTP); the TypeScript types are inferred from them.
 */
import { z } from 'zod';

export const EVENT_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** PLOVER quad classes: verbal/material × cooperation/conflict. */
export const QUAD_CLASS: Record<EventType, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

/** Intergovernmental organisation codes of the spec. */
export const IGO_CODES = [
  'UN', 'EU', 'NATO', 'SCO', 'CSTO', 'EAEU', 'CIS', 'OSCE', 'OIC', 'OTS', 'CICA', 'ASEAN', 'AU', 'GCC',
  'BRICS', 'G7', 'G20', 'IAEA', 'WHO', 'WTO', 'IMF', 'WB', 'ADB', 'AIIB', 'EBRD', 'IOFS', 'IFAS', 'OPEC',
  'ICRC', 'ARL',
] as const;
export const GENERIC_CODES = ['NGO', 'IMG', 'MNC', 'IGO'] as const;

const dateRe = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const MoneySchema = z.object({
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
});
export type Money = z.infer<typeof MoneySchema>;

export const EventSchema = z.object({
  doc: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  event_type: z.enum(EVENT_TYPES),
  mode: z.string().nullable(),
  context: z.array(z.string()),
  actor: z.array(z.string()),
  recipient: z.array(z.string()),
  date: z.string().regex(dateRe, 'YYYY, YYYY-MM or YYYY-MM-DD').nullable(),
  location: z.string().nullable(),
  value: MoneySchema.nullable(),
  cameo: z.string().nullable(),
});
/** An event in the spec's interchange format. */
export type Event = z.infer<typeof EventSchema>;

/** Where in its document an event's evidence sentence sits (characters, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A coded event with the evidence offsets the spec's format leaves out. */
export interface CodedEvent extends Event {
  span: Span;
  /** 0..1: how much of the event's frame its sentence filled directly rather than by fallback (see the coder) */
  confidence?: number;
}

export const DocumentSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').nullish(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  lang: z.string().nullish(),
});
/** A document to code. `source` says where it came from (file and line) for error messages. */
export interface Doc {
  id: string;
  text: string;
  date?: string | null;
  title?: string | null;
  url?: string | null;
  lang?: string | null;
  source?: { file: string; line?: number };
  meta?: Record<string, unknown>;
}

/** Keeps only the spec's fields, in the spec's order (what `--format jsonl` prints). */
export function toSpec(e: Event): Event {
  return {
    doc: e.doc, sentence: e.sentence, text: e.text, event_type: e.event_type, mode: e.mode,
    context: e.context, actor: e.actor, recipient: e.recipient, date: e.date, location: e.location,
    value: e.value, cameo: e.cameo,
  };
}
