/**
 * The office-holders visit levels are read from: every name and alias of data/lexicon/people.json with its
 * code, level (the person's `level`, else the role's: see OfficeLevel) and term. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { officeLevel, type LexiconFile } from '../coder/lexicon/types.ts';
import type { OfficeRow } from '../store/measures.ts';

const PEOPLE_FILE = fileURLToPath(new URL('../../data/lexicon/people.json', import.meta.url));

/** Office rows of a lexicon file's people (pure; exported for tests). */
export function officeRows(file: LexiconFile): OfficeRow[] {
  const rows: OfficeRow[] = [];
  for (const p of file.people ?? []) {
    const level = officeLevel(p.role, p.level);
    for (const alias of new Set([p.name, ...(p.aliases ?? [])])) {
      rows.push({ alias, code: p.code, level, from: p.from ?? '0001-01-01', to: p.to ?? null });
    }
  }
  return rows;
}

let cached: OfficeRow[] | undefined;

export function loadOffices(): OfficeRow[] {
  cached ??= officeRows(JSON.parse(readFileSync(PEOPLE_FILE, 'utf8')) as LexiconFile);
  return cached;
}
