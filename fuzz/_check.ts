/** The invariants every target shares: errors are the project's, with where they happened; no engine text or stack. */
import { isMultivectorError, type MultivectorError } from '../src/errors.ts';

/** A violated invariant: the fuzzer reports it with the input and the seed. */
export class Violation extends Error {
  override readonly name = 'Violation';
}

export function fail(message: string): never {
  throw new Violation(message);
}

/** What a user must never see: the database engine's words, SQL, stack frames, internal error codes. */
export const ENGINE_TEXT = /Conversion Error|Binder Error|Parser Error|Catalog Error|Constraint Error|Invalid Input Error|INTERNAL Error|out of int64|\b(INSERT INTO|SELECT .* FROM|CREATE TABLE)\b|LINE \d+:|duckdb::|libduckdb|\n\s+at \S+ \(|\bat file:\/\/|FST_ERR|ERR_[A-Z_]{4,}|TypeError|RangeError|ReferenceError|SyntaxError: Unexpected|Cannot read propert|undefined is not|is not a function/;

export function noEngineText(where: string, text: string): void {
  const m = ENGINE_TEXT.exec(text);
  if (m) fail(`${where} shows engine or runtime text ${JSON.stringify(m[0])}: ${text.slice(0, 400)}`);
}

/** `e` is one of the project's errors, its message clean; with `need`, it names those parts of where it happened. */
export function projectError(e: unknown, need: Array<'file' | 'line' | 'field'> = []): MultivectorError {
  if (!isMultivectorError(e)) fail(`not a project error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  noEngineText('the error', e.describe());
  for (const k of need) if (e.where[k] === undefined) fail(`${e.name} without its ${k}: ${e.describe()}`);
  return e;
}

/** Runs `fn`, failing when it takes longer than `ms` (a hang short of the watchdog's). */
export async function within<T>(ms: number, what: string, fn: () => Promise<T> | T): Promise<T> {
  const t = performance.now();
  const v = await fn();
  const took = performance.now() - t;
  if (took > ms) fail(`${what} took ${Math.round(took)} ms (budget ${ms} ms)`);
  return v;
}
