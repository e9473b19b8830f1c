/**
 * The JSON Schema of every success type in src/server/_responses.ts (typescript-json-schema over the type
 * checker, so types inferred from zod schemas resolve too), with definition names made OpenAPI component names:
 * `import("/abs/path/store").StoredEvent` -> StoredEvent, `Record<string,number>` -> Record_string_number.
 */
import { fileURLToPath } from 'node:url';
import * as TJS from 'typescript-json-schema';
import { RESPONSES } from '../src/server/_openapi.ts';

export const RESPONSES_FILE = fileURLToPath(new URL('../src/server/_responses.ts', import.meta.url));
/** Declarations of untyped packages the response types reach (jstat). */
const TYPES_DIR_DTS = fileURLToPath(new URL('../src/types/jstat.d.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
export const SCHEMAS_FILE = fileURLToPath(new URL('../src/server/_responses.schema.json', import.meta.url));

type Json = Record<string, any>;

/** A component name (^[A-Za-z0-9._-]+$) for a definition name, without the machine's paths. */
function componentName(name: string): string {
  return name.replace(/import\([^)]*\)\./g, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'Anonymous';
}

/** Every $ref in `v` renamed by `rename` (refs are URI-encoded definition names). */
function renameRefs(v: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameRefs(x, rename));
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === '$ref' && typeof x === 'string' && x.startsWith('#/definitions/')
    ? `#/components/schemas/${rename(decodeURIComponent(x.slice('#/definitions/'.length)))}` : renameRefs(x, rename)]));
}

const PRIMITIVES = new Set(['number', 'string', 'boolean', 'null']);

/** The schema of a Record's value type as the generator names it: "number|null", or a type it defines. */
function recordValue(type: string, rename: (name: string) => string): Json {
  const parts = type.split('|');
  const primitive = parts.filter((p) => PRIMITIVES.has(p));
  const refs = parts.filter((p) => !PRIMITIVES.has(p)).map((p) => ({ $ref: `#/definitions/${encodeURIComponent(p)}` }));
  if (!refs.length) return { type: primitive.length === 1 ? primitive[0] : primitive };
  const all = [...refs, ...(primitive.length ? [{ type: primitive.length === 1 ? primitive[0] : primitive }] : [])];
  return all.length === 1 ? all[0]! : { anyOf: all };
}

/** name -> JSON Schema, the refs between them as `#/components/schemas/Name`, keys sorted (a stable file). */
export function responseSchemas(): Record<string, Json> {
  // The project's own compiler options, over the one file (and what it imports).
  const program = TJS.programFromConfig(TSCONFIG, [RESPONSES_FILE, TYPES_DIR_DTS]);
  const gen = TJS.buildGenerator(program, { required: true, noExtraProps: true, ref: true, topRef: false, strictNullChecks: true, ignoreErrors: false });
  if (!gen) throw new Error(`cannot build the schema generator for ${RESPONSES_FILE}`);
  const all = gen.getSchemaForSymbols([...new Set(Object.values(RESPONSES))].sort()) as Json;
  const names = new Map<string, string>();
  for (const name of Object.keys(all.definitions ?? {})) {
    const c = componentName(name);
    if ([...names.values()].includes(c)) throw new Error(`two response types would share the component name ${c}`);
    names.set(name, c);
  }
  const rename = (n: string) => names.get(n) ?? componentName(n);
  // The generator writes Record<string, V> as an object with no properties allowed at all: its values are V.
  for (const name of names.keys()) {
    const m = /^Record<string,(.+)>$/.exec(name);
    if (m) all.definitions[name] = { type: 'object', additionalProperties: recordValue(m[1]!, rename) };
  }
  return Object.fromEntries([...names].sort((a, b) => a[1].localeCompare(b[1]))
    .map(([name, c]) => [c, renameRefs(all.definitions[name], rename) as Json]));
}
