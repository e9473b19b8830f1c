/** Entity names for display (the spec's codes: states, organisations, generic actors). */
import { entities } from '../model/cameo.ts';

let names: Map<string, string> | undefined;

export function entityName(code: string): string | null {
  names ??= new Map(entities().map((e) => [e.code, e.name]));
  return names.get(code) ?? null;
}
