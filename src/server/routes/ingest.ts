/**
 * POST /api/ingest (bearer token): documents are coded on arrival, stored, and their events returned.
 * Bodies: application/json {id?, date?, title?, text}; text/plain (one document; ?id=&date=&title=);
 * application/x-ndjson (one document per line, the spec's "Documents in"). Every form is read by the same
 * document reader as `multivector ingest -`, so the rules and the error messages are the same.
 */
import { Readable } from 'node:stream';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { InputError, isInputError } from '../../errors.ts';
import type { Doc } from '../../model/event.ts';
import { countLanguage, emptyProgress, toDocumentRecord } from '../../ingest/index.ts';
import { isReadable } from '../../lang/index.ts';
import { readDocuments } from '../../read/index.ts';
import { contentHash } from '../../store/ids.ts';
import type { DocumentWithEvents, PutOutcome } from '../../store/store.ts';
import { zod, type Routes } from '../_context.ts';
import { ingestBody, ingestQuery } from '../_schemas.ts';
import { documentsJson, firstPages } from '../_ingest-answer.ts';
import { jsonStream } from '../_json.ts';
import { bodyPieces } from '../_pieces.ts';
import type { ProblemItem } from '../_problem.ts';

/** Bad lines listed in an ingest answer; more are only counted. */
const MAX_PROBLEMS = 100;
/** Lines of the body parsed between two turns of the event loop. */
const YIELD_EVERY = 16;

export const NDJSON_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'];

/** An id for a pasted text: the same text gets the same id, so pasting twice stores it once. */
const pastedId = (text: string) => `paste-${contentHash(text).slice(0, 16)}`;

/** Nothing to answer with: the first problem, as the request's own error. */
function noDocument(step: 'read' | 'coded', problems: ProblemItem[]): InputError {
  const first = problems[0];
  return new InputError(first ? `no document could be ${step}: ${first.message}` : 'the body holds no document',
    { where: { ...(first?.line !== undefined ? { line: first.line } : {}), ...(first?.field ? { field: first.field } : {}) } });
}

export const ingestRoutes: Routes = (app, ctx) => {
  zod(app).post('/api/ingest', {
    schema: {
      tags: ['write'], summary: 'Code and store documents (bearer token)',
      description: 'Body: application/json {id?, date?, title?, text}; text/plain with ?id=&date=&title=; or ' +
        'application/x-ndjson documents, one per line. Returns the coded events of every document, its language, ' +
        'and the documents per language with those in a language the coder cannot read listed.',
      querystring: ingestQuery, body: ingestBody, security: [{ bearer: [] }],
    },
    config: { rateLimit: ctx.writeLimit },
  }, async (req, reply) => {
    const body = req.body;
    const ctype = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    let jsonl: string;
    if (typeof body === 'object') {
      jsonl = JSON.stringify({ ...body, id: body.id ?? pastedId(body.text), date: body.date ?? req.query.date ?? null });
    } else if (NDJSON_TYPES.includes(ctype)) {
      if (!/^\s*[{[]/.test(body)) {
        throw new InputError('an application/x-ndjson body holds one JSON document per line', { where: { line: 1 } });
      }
      jsonl = body;
    } else {
      if (body.trim() === '') throw new InputError('the text is empty', { where: { field: 'body' } });
      const { id, date, title } = req.query;
      jsonl = JSON.stringify({ id: id ?? pastedId(body), date: date ?? null, title: title ?? null, text: body });
    }

    const docs: Doc[] = [];
    const problems: ProblemItem[] = [];
    const failed = new Set<string>();
    // Read here without language detection (its cost grows with the text): the coding workers detect it.
    let read = 0;
    for await (const item of readDocuments(['-'], { stdin: Readable.from(bodyPieces(jsonl)), detect: false, ...(req.query.lang ? { lang: req.query.lang } : {}) })) {
      if (item.kind === 'doc') {
        // ?date= is the publication date of documents that carry none.
        if (!item.doc.date && req.query.date) item.doc.date = req.query.date;
        docs.push(item.doc);
      } else {
        const e = isInputError(item.error) ? item.error : new InputError(String(item.error));
        problems.push({ message: e.message, ...(e.where.line !== undefined ? { line: e.where.line } : {}), ...(e.where.field ? { field: e.where.field } : {}) });
      }
      // Parsing a line costs little, but 5 MB of them in one go would hold the event loop: let it through now and then.
      if (++read % YIELD_EVERY === 0) await yieldToLoop();
    }
    if (!docs.length) throw noDocument('read', problems);

    // Same steps as the ingest pipeline: skip unchanged documents, code the others, store them in one transaction
    // here (one writer). Hashing, language detection and coding run in the worker threads, so the server keeps
    // answering; what comes back is small next to the text.
    const stored = await ctx.store.documentHashes(docs.map((d) => d.id));
    const steps = ctx.ingestSteps;
    steps.coding++;
    let prepared;
    try {
      prepared = await ctx.coding.code(docs, { stored, detect: true, lang: req.query.lang ?? null });
    } finally {
      steps.coding--;
    }
    const status = new Map<string, PutOutcome['status']>();
    // The version of each document this request stored or found unchanged: the answer lists its events.
    const versions = new Map(stored);
    const langs = emptyProgress();
    const batch: DocumentWithEvents[] = [];
    docs.forEach((doc, i) => {
      const p = prepared[i]!;
      doc.lang = p.lang;
      countLanguage(langs, doc);
      const r = p.result;
      if (r === null) {
        status.set(doc.id, 'unchanged');
        return;
      }
      if ('error' in r) {
        // Its own problem, listed like a bad line; the other documents go in.
        const message = r.input ? `document ${doc.id}: ${r.error}` : `document ${doc.id}: the coder failed: ${r.error}`;
        problems.push({ message, ...(doc.source?.line !== undefined ? { line: doc.source.line } : {}), ...(r.field ? { field: r.field } : {}) });
        failed.add(doc.id);
        return;
      }
      batch.push({ doc: toDocumentRecord(doc, p.hash, 'api'), events: r.events });
    });
    if (batch.length) {
      steps.storing++;
      try {
        for (const o of await ctx.store.putDocuments(batch)) {
          status.set(o.id, o.status);
          versions.set(o.id, o.version);
        }
      } finally {
        steps.storing--;
      }
      ctx.cache.clear();
    }
    const answered = docs.filter((d) => !failed.has(d.id));
    if (!answered.length) throw noDocument('coded', problems);
    // Bounded: the first MAX_PROBLEMS bad lines are listed (messages cut short), the rest counted.
    const listed = problems.slice(0, MAX_PROBLEMS).map((p) => ({ ...p, message: p.message.length > 300 ? `${p.message.slice(0, 300)}…` : p.message }));
    const heads = answered.map((doc) => ({
      id: doc.id, status: status.get(doc.id) ?? 'unchanged', lang: doc.lang ?? null, readable: isReadable(doc.lang), version: versions.get(doc.id) ?? '',
    }));
    // Answering until the stream closes (sent, or the client gone); once, whichever way it ends.
    steps.answering++;
    let sent = false;
    const endAnswering = () => {
      if (!sent) steps.answering--;
      sent = true;
    };
    let first;
    try {
      // The first page is read before the answer starts, so a store that fails here fails as a problem, not a cut answer.
      first = await firstPages(ctx.queries, heads, 0);
    } catch (e) {
      endAnswering();
      throw e;
    }
    const counted = { events: 0 };
    // Streamed a piece at a time, the event loop let through between; the events read back a page at a time.
    const json = jsonStream([{ raw: '{"documents":' }, { text: documentsJson(ctx.queries, heads, first, counted) }, {
      later: () => `,"events":${counted.events},` +
        `"problems":${JSON.stringify(listed)},"languages":${JSON.stringify(langs.languages)},"unreadable":${JSON.stringify(langs.unreadable)},` +
        `"unreadable_documents":${JSON.stringify(langs.unreadableDocs.map((d) => ({ id: d.id, lang: d.lang })))}` +
        `${problems.length > MAX_PROBLEMS ? `,"more_problems":${problems.length - MAX_PROBLEMS}` : ''}}`,
    }]);
    json.once('close', endAnswering);
    return reply.type('application/json; charset=utf-8').send(json);
  });
};
