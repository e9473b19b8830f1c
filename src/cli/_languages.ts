/** How the CLI reports the languages of the documents it read, and those the coder cannot read yet. */
import type { IngestProgress } from '../ingest/index.ts';

/** Unreadable documents named in a summary line; the rest are counted. */
const NAMED = 20;

/** "en 3, ru 2, kk 1, und 1": most frequent first. */
export function languageCounts(p: Pick<IngestProgress, 'languages'>): string {
  return Object.entries(p.languages).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([l, n]) => `${l} ${n}`).join(', ');
}

/**
 * The summary's lines about languages: counts per language, then the documents the coder cannot read. Nothing when
 * every document is in one language the coder reads (the usual English ingest prints what it always printed).
 */
export function languageLines(p: Pick<IngestProgress, 'languages' | 'unreadable' | 'unreadableDocs'>): string[] {
  if (Object.keys(p.languages).length < 2 && !p.unreadable) return [];
  const lines = [`languages: ${languageCounts(p)}`];
  if (p.unreadable) {
    const named = p.unreadableDocs.slice(0, NAMED).map((d) => `${d.id} (${d.lang})`);
    const more = p.unreadable - named.length;
    lines.push(`${p.unreadable} document${p.unreadable === 1 ? '' : 's'} in a language the coder cannot read yet: ` +
      `${named.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
  }
  return lines;
}
