/**
 * Re-coding documents stored unread: a document in a language the coder did not read when it was stored keeps its
 * text (see toDocumentRecord); once a language pack reads that language, `multivector recode` codes those documents
 * and stores their events, batch by batch, each batch in one transaction. Idempotent: a recoded document is no
 * longer unread, so a second run finds nothing.
 */
import type { Coder } from '../coder/coder.ts';
import { InputError, isInputError } from '../errors.ts';
import { READABLE_LANGUAGES } from '../lang/index.ts';
import type { Doc } from '../model/event.ts';
import type { DocumentWithEvents, Store, UnreadDocument } from '../store/store.ts';
import { toNewEvents } from './events.ts';

export interface RecodeOptions {
  store: Store;
  coder: Coder;
  /** Only documents in these languages (each must be readable); default every readable language. */
  langs?: string[];
  /** Documents per transaction. */
  batchSize?: number;
  onProblem?: (e: InputError) => void;
}

export interface RecodeReport {
  /** Documents coded and stored with their events, by language. */
  recoded: Record<string, number>;
  events: number;
  /** Unread documents stored before texts were kept (schema 6 and older): only reading their source again codes them. */
  withoutText: number;
  /** The first MAX_LISTED of them: id and where they came from. */
  withoutTextDocs: Array<{ id: string; lang: string | null; source: string | null }>;
  problems: number;
}

const MAX_LISTED = 1000;

/** The languages to recode: the ones asked for (an error for one the coder cannot read), else every readable one. */
export function recodeLanguages(langs?: string[]): string[] {
  if (!langs?.length) return [...READABLE_LANGUAGES];
  for (const l of langs) {
    if (!READABLE_LANGUAGES.has(l)) {
      throw new InputError(`the coder cannot read "${l}" yet (it reads ${[...READABLE_LANGUAGES].join(', ')})`, { where: { field: 'lang' } });
    }
  }
  return langs;
}

export async function recode(o: RecodeOptions): Promise<RecodeReport> {
  const langs = recodeLanguages(o.langs);
  const limit = Math.max(1, o.batchSize ?? 100);
  const report: RecodeReport = { recoded: {}, events: 0, withoutText: 0, withoutTextDocs: [], problems: 0 };
  let after: string | null = null;
  for (;;) {
    // Keyset pages: memory holds one batch, and documents recoded meanwhile are not met again.
    const page: UnreadDocument[] = await o.store.unreadDocuments({ langs, after, limit });
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    const batch: DocumentWithEvents[] = [];
    for (const d of page) {
      if (d.text === null) {
        report.withoutText++;
        if (report.withoutTextDocs.length < MAX_LISTED) report.withoutTextDocs.push({ id: d.id, lang: d.lang, source: d.source });
        continue;
      }
      const doc: Doc = { id: d.id, text: d.text, ...(d.title ? { title: d.title } : {}), ...(d.url ? { url: d.url } : {}), ...(d.date ? { date: d.date } : {}), ...(d.lang ? { lang: d.lang } : {}) };
      try {
        const events = toNewEvents(doc, o.coder);
        batch.push({ doc: { id: d.id, title: d.title, url: d.url, date: d.date, lang: d.lang, content_hash: d.content_hash, source: d.source, unread_text: null }, events });
      } catch (e) {
        report.problems++;
        o.onProblem?.(isInputError(e) ? e : new InputError(`document ${d.id}: the coder failed: ${e instanceof Error ? e.message : String(e)}`, { where: { file: d.source ?? d.id } }));
      }
    }
    if (!batch.length) continue;
    const outcomes = await o.store.putDocuments(batch);
    outcomes.forEach((out, i) => {
      if (out.status === 'unchanged') return;
      const lang = batch[i]!.doc.lang ?? 'und';
      report.recoded[lang] = (report.recoded[lang] ?? 0) + 1;
      report.events += out.events;
    });
  }
  return report;
}
