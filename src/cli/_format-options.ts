/** Options shared by the measure commands: window and filters, direction, granularity, vectors, format, --db. */
import type { Command } from 'commander';
import { InputError } from '../errors.ts';
import { parseGranularity } from '../analytics/_periods.ts';
import { loadVectorSet, type VectorSet } from '../analytics/vectors.ts';
import { UNITS, type Direction, type Granularity, type MeasureFilter, type MeasureQueries, type Unit } from '../store/measures.ts';
import { ORIGINS, REVIEW_STATUSES, openStore, resolveDbPath } from '../store/store.ts';
import { addDbOption, toFilter } from './commands/_store-options.ts';
import { OUTPUT_FORMATS, parseFormat, type OutputFormat } from './_format.ts';
import { requireKnownCodes } from './_codes.ts';
import { getJson, postJson, remoteFor, type Query, type Remote } from './_remote.ts';

export interface MeasureOpts {
  db?: string; from?: string; to?: string; type?: string; origin?: string; review?: string;
  direction?: string; by?: string; vectors?: string; format?: string; unit?: string;
}

export function addMeasureOptions(cmd: Command, o: { by?: boolean; vectors?: boolean; direction?: boolean } = {}): Command {
  addDbOption(cmd)
    .option('--from <period>', 'from this period on: YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <period>', 'up to and including this period')
    .option('--type <types>', 'PLOVER event type(s), comma-separated')
    .option('--origin <origins>', `origin(s): ${ORIGINS.join(', ')}`)
    .option('--review <statuses>', `review status(es) (default: all but rejected): ${REVIEW_STATUSES.join(', ')}`)
    .option('--unit <unit>', 'happenings (default: reports of one happening count once) or reports')
    .option('--format <format>', OUTPUT_FORMATS.join('|'), 'table');
  if (o.by) cmd.option('--by <granularity>', 'month|quarter|year', 'month');
  if (o.direction) cmd.option('--direction <dir>', 'out (focal acts) | in (focal is the target) | both', 'both');
  if (o.vectors) cmd.option('--vectors <file>', 'vector set (JSON; default data/vectors/default.json)');
  return cmd;
}

export interface Parsed {
  filter: MeasureFilter;
  format: OutputFormat;
  granularity: Granularity;
  direction: Direction;
  vectors: VectorSet;
  /** The vector set of --vectors (sent to a running server); undefined for the default. */
  customVectors: VectorSet | undefined;
}

/** Validates everything before the database is opened, so a typo is reported as the option. */
export function parseMeasureOpts(o: MeasureOpts): Parsed {
  const f = toFilter({ from: o.from, to: o.to, type: o.type, origin: o.origin, review: o.review });
  const filter: MeasureFilter = {};
  if (f.from) filter.from = f.from;
  if (f.to) filter.to = f.to;
  if (f.types) filter.types = f.types;
  if (f.origins) filter.origins = f.origins;
  if (f.reviewStatuses) filter.reviewStatuses = f.reviewStatuses;
  if (o.unit !== undefined) {
    const unit = o.unit.toLowerCase();
    if (!UNITS.includes(unit as Unit)) throw new InputError(`"${o.unit}" is not a unit (${UNITS.join(', ')})`, { where: { field: 'unit' } });
    filter.unit = unit as Unit;
  }
  const direction = (o.direction ?? 'both').toLowerCase();
  if (!['out', 'in', 'both'].includes(direction)) throw new InputError(`"${o.direction}" is not a direction (out, in, both)`, { where: { field: 'direction' } });
  const vectors = loadVectorSet(o.vectors);
  return {
    filter, format: parseFormat(o.format), granularity: parseGranularity(o.by),
    direction: direction as Direction, vectors, customVectors: o.vectors ? vectors : undefined,
  };
}

/** An entity code argument (KAZ, SCO, G20). */
export function codeArg(s: string, field: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]{1,4}$/.test(s)) throw new InputError(`"${s}" is not an entity code such as KAZ`, { where: { field } });
  return s.toUpperCase();
}

/** A measure as the API serves it: the endpoint under /api/measures and its query (the vector set goes as the body). */
export interface RemoteMeasure {
  name: string;
  query: Query;
}

/** The API query of a measure filter (the names of /api/measures/*). */
export function filterQuery(f: MeasureFilter): Query {
  return { from: f.from, to: f.to, types: f.types, origins: f.origins, review: f.reviewStatuses, unit: f.unit };
}

/** One measure through the server: GET, or POST with the vector set when one was given (--vectors). */
export function remoteMeasure<T>(r: Remote, m: RemoteMeasure, vectors?: VectorSet): Promise<T> {
  return vectors ? postJson<T>(r, `measures/${m.name}`, m.query, vectors) : getJson<T>(r, `measures/${m.name}`, m.query);
}

/**
 * Runs measures on the database: through the running `serve` when there is one (it holds the file), else on the
 * file opened read-only. `codes` are checked first: an unknown code is an error, not an empty answer.
 */
export async function withMeasures<T>(
  db: string | undefined, codes: Array<{ code: string; field: string }>,
  local: (q: MeasureQueries) => Promise<T>, remote: (r: Remote) => Promise<T>,
): Promise<T> {
  const path = resolveDbPath(db);
  const server = await remoteFor(path);
  if (server) {
    await requireKnownCodes(codes, async (code) => (await getJson<{ total: number }>(server, 'events', { country: code, limit: 1 })).total > 0);
    return remote(server);
  }
  const store = await openStore({ path, readOnly: true });
  try {
    await requireKnownCodes(codes, async (code) => (await store.countEvents({ country: code })) > 0);
    return await local(store.measures());
  } finally {
    await store.close();
  }
}
