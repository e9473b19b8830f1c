/** Options shared by the store commands: --db, and the event filters of `events` and `export`. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { EVENT_TYPES, type EventType } from '../../model/event.ts';
import { ORIGINS, REVIEW_STATUSES, resolveDbPath, type EventFilter, type Origin, type ReviewStatus } from '../../store/store.ts';
import { periodStart } from '../../store/period.ts';

export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <path>', 'database file, or a postgres://user@host/db URL (default: $MULTIVECTOR_DB or ./multivector.duckdb)');
}

export function dbPath(opts: { db?: string }): string {
  return resolveDbPath(opts.db);
}

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--country <code>', 'an entity taking part (actor or recipient), e.g. KAZ')
    .option('--partner <code>', 'a second entity taking part in the same event, e.g. CHN')
    .option('--type <types>', 'PLOVER event type(s), comma-separated, e.g. CONSULT,AGREE')
    .option('--from <period>', 'from this period on: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <period>', 'up to and including this period')
    .option('--origin <origins>', `origin(s): ${ORIGINS.join(', ')}`)
    .option('--review <statuses>', `review status(es): ${REVIEW_STATUSES.join(', ')}`)
    .option('--doc <id>', 'events of one document');
}

const list = (s: string | undefined) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);

function oneOf<T extends string>(values: string[] | undefined, allowed: readonly T[], field: string, upper = false): T[] | undefined {
  if (!values) return undefined;
  return values.map((v) => {
    const x = upper ? v.toUpperCase() : v.toLowerCase();
    if (!allowed.includes(x as T)) throw new InputError(`"${v}" is not one of ${allowed.join(', ')}`, { where: { field } });
    return x as T;
  });
}

export interface FilterOpts {
  country?: string; partner?: string; type?: string; from?: string; to?: string; origin?: string; review?: string; doc?: string;
}

export function toFilter(o: FilterOpts): EventFilter {
  const f: EventFilter = {};
  if (o.country) f.country = o.country.toUpperCase();
  if (o.partner) f.partner = o.partner.toUpperCase();
  const types = oneOf<EventType>(list(o.type), EVENT_TYPES, 'type', true);
  if (types) f.types = types;
  const origins = oneOf<Origin>(list(o.origin), ORIGINS, 'origin');
  if (origins) f.origins = origins;
  const reviews = oneOf<ReviewStatus>(list(o.review), REVIEW_STATUSES, 'review');
  if (reviews) f.reviewStatuses = reviews;
  // Validate periods here so a typo is reported as the option, before the database is opened.
  if (o.from) {
    periodStart(o.from, 'from');
    f.from = o.from;
  }
  if (o.to) {
    periodStart(o.to, 'to');
    f.to = o.to;
  }
  if (o.doc) f.doc = o.doc;
  return f;
}
