/**
 * `npm run openapi:types`: writes src/server/_responses.schema.json (the JSON Schema of every route's success type,
 * which the OpenAPI document references), then web/src/_openapi.ts, the TypeScript types of the API's OpenAPI document
 * (openapi-typescript). The dashboard's API client takes its paths, parameters and bodies from it, so
 * `tsc -p web` fails when the dashboard asks for something the API does not offer; a unit test fails when this
 * file is older than the routes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildServer } from '../src/server/index.ts';
import { openStore } from '../src/store/store.ts';
import { responseSchemas, SCHEMAS_FILE } from './_response-schemas.ts';

export const TYPES_FILE = fileURLToPath(new URL('../web/src/_openapi.ts', import.meta.url));

const HEADER = '// Generated from /api/openapi.json by `npm run openapi:types` (openapi-typescript): do not edit.\n' +
  '/* eslint-disable */\n';

/** The types of an OpenAPI document, as the committed file holds them. */
export async function apiTypes(doc: unknown): Promise<string> {
  return HEADER + astToString(await openapiTS(doc as Parameters<typeof openapiTS>[0]));
}

/** The document the server serves (built in memory; nothing listens). */
export async function servedDocument(): Promise<unknown> {
  const store = await openStore({ path: ':memory:' });
  const app = await buildServer({ store, token: 'x'.repeat(32), webRoot: '/nonexistent' });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await store.close();
  }
}

/** The response schemas as the committed file holds them. */
export const schemasText = () => `${JSON.stringify(responseSchemas(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // First the schemas: the served document (below) reads them.
  writeFileSync(SCHEMAS_FILE, schemasText());
  process.stdout.write(`${SCHEMAS_FILE}\n`);
  writeFileSync(TYPES_FILE, await apiTypes(await servedDocument()));
  process.stdout.write(`${TYPES_FILE}\n`);
}
