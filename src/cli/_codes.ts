/**
 * Entity codes given on the command line must name something: a code of the spec (a state, an organisation,
 * a generic actor) or one the database's events use (datasets bring a few more). An unknown one (a typo such as
 * KAX) is an error, not an empty answer.
 */
import { InputError } from '../errors.ts';
import { entities } from '../model/cameo.ts';

let known: Set<string> | undefined;

export const isSpecCode = (code: string) => (known ??= new Set(entities().map((e) => e.code))).has(code);

/** Throws for the first code that is neither a spec code nor used by a stored event (`used` asks the database). */
export async function requireKnownCodes(codes: Array<{ code: string; field: string }>, used: (code: string) => Promise<boolean>): Promise<void> {
  for (const { code, field } of codes) {
    if (isSpecCode(code) || await used(code)) continue;
    throw new InputError(`"${code}" is not a known country or organisation code (ISO 3166 alpha-3 such as KAZ, or e.g. SCO, EU)`, { where: { field } });
  }
}
