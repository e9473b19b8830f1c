/** GDELT and ICEWS files: identified by their first row, streamed row by row into the store engine. */
import { InputError } from '../errors.ts';
import type { DelimitedImport, ImportCounts, ImportProblem, Store } from '../store/store.ts';
import { GDELT_COLUMNS, ICEWS_COLUMNS } from './columns.ts';
import { datasetRows, type RowBatch, type RowProblem } from './_rows.ts';

/** GDELT 1.0 (57 or 58 columns) or 2.0 (61), told apart by the first row's width. */
export function gdeltFormat(line: string, file: string, lineNo = 1): DelimitedImport['format'] {
  const width = line.split('\t').length;
  for (const [format, cols] of Object.entries(GDELT_COLUMNS)) {
    if (cols.length === width) return format as DelimitedImport['format'];
  }
  throw new InputError(`not a GDELT event export: ${width} tab-separated columns (GDELT 1.0 has 57 or 58, 2.0 has 61)`, {
    where: { file, line: lineNo },
  });
}

export function checkIcewsHeader(line: string, file: string, lineNo = 1): void {
  const cols = line.split('\t').map((c) => c.trim().replace(/^\uFEFF/, ''));
  const missing = ICEWS_COLUMNS.filter((c, i) => cols[i] !== c);
  if (missing.length) {
    throw new InputError(`not an ICEWS event file: expected the header "${ICEWS_COLUMNS.join(', ')}"; column "${missing[0]}" is missing or misplaced`, {
      where: { file, line: lineNo },
    });
  }
}

const MAX_PROBLEMS = 20;
const empty = (): ImportCounts => ({ rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [] });

/**
 * Imports one GDELT or ICEWS byte stream (a file or a zip entry) named `file` in reports. Throws
 * InputError when its first row says it is not such a file; bad rows are counted and reported by line
 * and field, or (strict) end the import with nothing stored.
 */
export async function importDelimitedStream(
  store: Store, dataset: 'gdelt' | 'icews', chunks: AsyncIterable<Buffer>, file: string, strict: boolean, once?: string,
): Promise<ImportCounts> {
  let format: DelimitedImport['format'] | null = null;
  // Kept with their column number: the field name is known once the first good row tells the format.
  const rowProblems: RowProblem[] = [];
  let badRows = 0;
  const onProblem = (p: RowProblem) => {
    badRows++;
    if (rowProblems.length < MAX_PROBLEMS) rowProblems.push(p);
  };
  const named = (p: RowProblem): ImportProblem => {
    const cols = format === 'icews' || (!format && dataset === 'icews') ? ICEWS_COLUMNS : format ? GDELT_COLUMNS[format] : [];
    const field = p.column === null ? undefined : cols[p.column - 1] ?? `column ${p.column}`;
    return { file, line: p.line, ...(field ? { field } : {}), reason: p.reason };
  };
  // --strict: the first bad row ends the import before anything is committed.
  const strictCheck = () => {
    const p = rowProblems[0];
    if (strict && p) {
      const { reason, field } = named(p);
      throw new InputError(reason, { where: { file, line: p.line, ...(field ? { field } : {}) } });
    }
  };

  const it = datasetRows(chunks, onProblem)[Symbol.asyncIterator]();
  const head = await it.next();
  let counts = empty();
  if (!head.done) {
    const first: RowBatch = head.value;
    const text = first.texts[0]!;
    const lineNo = first.lines[0]!;
    if (dataset === 'gdelt') format = gdeltFormat(text, file, lineNo);
    else {
      checkIcewsHeader(text, file, lineNo);
      format = 'icews';
      first.lines.shift();
      first.texts.shift();
    }
    async function* rows(): AsyncGenerator<RowBatch> {
      strictCheck();
      yield first;
      for (let r = await it.next(); !r.done; r = await it.next()) {
        strictCheck();
        yield r.value;
      }
      strictCheck();
    }
    counts = await store.importDelimited({ format, rows: rows(), displayName: file, ...(once === undefined ? {} : { once }) }, { strict });
    if (counts.already) return counts;
  }
  strictCheck();
  // Rows rejected as text never reached the engine: they count as read and malformed.
  return {
    ...counts,
    rows: counts.rows + badRows,
    malformed: counts.malformed + badRows,
    problems: [...rowProblems.map(named), ...counts.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).slice(0, MAX_PROBLEMS),
  };
}
