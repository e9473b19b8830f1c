/** What a staged dataset import (./_import-sql.ts) reports, on any engine: counts, the first problems, strictness. */
import { InputError } from '../errors.ts';
import type { SqlRunner } from './_dialect.ts';
import type { ImportCounts, ImportProblem } from './store.ts';

export interface StagedCounts {
  ok: number;
  unmapped: number;
  malformed: number;
  /** Up to 20 malformed rows, first by line. */
  problems: ImportProblem[];
}

/** Counts the rows of `_stage` by status; with `strict`, any malformed row is an InputError naming the first (checkStrict). */
export async function stagedCounts<P>(db: SqlRunner<P>, file: string, strict: boolean): Promise<StagedCounts> {
  const counts = await db.one<{ ok: number; unmapped: number; malformed: number }>(`SELECT
    count(*) FILTER (WHERE status = 'ok')::integer AS ok,
    count(*) FILTER (WHERE status = 'unmapped')::integer AS unmapped,
    count(*) FILTER (WHERE status = 'malformed')::integer AS malformed FROM _stage`);
  const malformed = counts?.malformed ?? 0;
  const problems = malformed
    ? (await db.all<{ line: number; field: string | null; reason: string }>(
      `SELECT line, field, reason FROM _stage WHERE status = 'malformed' ORDER BY line LIMIT 20`))
      .map((p) => ({ file, line: p.line, ...(p.field ? { field: p.field } : {}), reason: p.reason }))
    : [];
  const staged = { ok: counts?.ok ?? 0, unmapped: counts?.unmapped ?? 0, malformed, problems };
  checkStrict(staged, file, strict);
  return staged;
}

/** With `strict`, any malformed row is an InputError naming the first. */
export function checkStrict(c: StagedCounts, file: string, strict: boolean): void {
  if (strict && c.malformed > 0) {
    const first = c.problems[0];
    throw new InputError(`${c.malformed} malformed row(s); first: ${first?.reason ?? 'unknown'}`, {
      where: { file, ...(first?.line ? { line: first.line } : {}), ...(first?.field ? { field: first.field } : {}) },
    });
  }
}

/** Rows read: every staged row, whatever its status. */
export const stagedRows = (c: StagedCounts): number => c.ok + c.unmapped + c.malformed;

/** The import's report once `added` of the ok rows were new. */
export function importReport(c: StagedCounts, added: number): ImportCounts {
  return { rows: stagedRows(c), added, duplicates: c.ok - added, unmapped: c.unmapped, malformed: c.malformed, problems: c.problems };
}

/** The report of an import remembered already (nothing read). */
export const alreadyImported = (): ImportCounts => ({ rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [], already: true });
