/** GDELT and ICEWS files: checked and identified here, read by the store engine natively. */
import { InputError } from '../errors.ts';
import type { DelimitedImport, ImportCounts, Store } from '../store/store.ts';
import { GDELT_COLUMNS, ICEWS_COLUMNS } from './columns.ts';
import { firstLine, plainFile } from './_unzip.ts';

/** GDELT 1.0 (57 or 58 columns) or 2.0 (61), told apart by the first row's width. */
export function gdeltFormat(line: string, file: string): DelimitedImport['format'] {
  const width = line.split('\t').length;
  for (const [format, cols] of Object.entries(GDELT_COLUMNS)) {
    if (cols.length === width) return format as DelimitedImport['format'];
  }
  throw new InputError(`not a GDELT event export: ${width} tab-separated columns (GDELT 1.0 has 57 or 58, 2.0 has 61)`, {
    where: { file, line: 1 },
  });
}

export function checkIcewsHeader(line: string, file: string): void {
  const cols = line.split('\t').map((c) => c.trim().replace(/^\uFEFF/, ''));
  const missing = ICEWS_COLUMNS.filter((c, i) => cols[i] !== c);
  if (missing.length) {
    throw new InputError(`not an ICEWS event file: expected the header "${ICEWS_COLUMNS.join(', ')}"; column "${missing[0]}" is missing or misplaced`, {
      where: { file, line: 1 },
    });
  }
}

export async function importDelimitedFile(store: Store, dataset: 'gdelt' | 'icews', file: string, strict: boolean): Promise<ImportCounts> {
  const plain = await plainFile(file);
  try {
    const head = await firstLine(plain.path);
    if (!head) return { rows: 0, added: 0, duplicates: 0, unmapped: 0, malformed: 0, problems: [] };
    let format: DelimitedImport['format'];
    if (dataset === 'gdelt') format = gdeltFormat(head, file);
    else {
      checkIcewsHeader(head, file);
      format = 'icews';
    }
    return await store.importDelimited({ format, path: plain.path, displayName: file }, { strict });
  } finally {
    plain.cleanup();
  }
}
