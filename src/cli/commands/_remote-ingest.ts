/**
 * `ingest` through a running `serve`: documents are read here by the same readers, sent in batches as NDJSON
 * to POST /api/ingest (bearer token), coded and stored there, and counted as the local pipeline counts them.
 */
import { InputError, isInputError } from '../../errors.ts';
import type { Doc } from '../../model/event.ts';
import { countLanguage, emptyProgress, type IngestProgress } from '../../ingest/index.ts';
import { readDocuments } from '../../read/index.ts';
import { request, type Remote } from '../_remote.ts';

interface Answer {
  documents: Array<{ id: string; status: 'added' | 'replaced' | 'unchanged'; events: unknown[] }>;
  problems: Array<{ message: string; line?: number; field?: string }>;
}

export interface RemoteIngestOptions {
  batchSize: number;
  date?: string | undefined;
  /** `--lang`: sent as ?lang= so the server stores that language too. */
  lang?: string | undefined;
  onProgress: (p: IngestProgress) => void;
  onProblem: (e: InputError) => void;
}

export async function remoteIngest(server: Remote, inputs: string[], o: RemoteIngestOptions): Promise<IngestProgress> {
  const started = performance.now();
  const p = emptyProgress();
  const report = (e: InputError) => {
    p.problems++;
    o.onProblem(e);
  };
  const flush = async (docs: Doc[]) => {
    if (!docs.length) return;
    const ndjson = docs.map((d) => JSON.stringify({ id: d.id, date: d.date ?? null, title: d.title ?? null, url: d.url ?? null, lang: d.lang ?? null, text: d.text })).join('\n');
    const res = await request(server, 'ingest', { method: 'POST', body: ndjson, type: 'application/x-ndjson', auth: true, ...(o.lang ? { query: { lang: o.lang } } : {}) });
    const answer = (await res.json()) as Answer;
    for (const d of answer.documents) {
      p[d.status]++;
      if (d.status !== 'unchanged') p.events += d.events.length;
    }
    for (const pr of answer.problems) {
      const doc = pr.line !== undefined ? docs[pr.line - 1] : undefined;
      report(new InputError(pr.message, { where: { file: doc?.source?.file ?? server.url, ...(doc?.source?.line ? { line: doc.source.line } : {}), ...(pr.field ? { field: pr.field } : {}) } }));
    }
    p.ms = performance.now() - started;
    o.onProgress({ ...p });
  };
  let pending: Doc[] = [];
  for await (const item of readDocuments(inputs, { ...(o.date !== undefined ? { date: o.date } : {}), ...(o.lang !== undefined ? { lang: o.lang } : {}) })) {
    if (item.kind === 'problem') {
      report(isInputError(item.error) ? item.error : new InputError(String(item.error)));
      continue;
    }
    p.documents++;
    countLanguage(p, item.doc);
    pending.push(item.doc);
    if (pending.length >= o.batchSize) {
      const docs = pending;
      pending = [];
      await flush(docs);
    }
  }
  await flush(pending);
  p.ms = performance.now() - started;
  return p;
}
