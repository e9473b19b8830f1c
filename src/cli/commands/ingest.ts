/** `multivector ingest PATH…|-`: read, code and store documents (idempotent; batches commit whole). */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { availableParallelism } from 'node:os';
import { CoderPool } from '../../ingest/coder-pool.ts';
import { ingest, type IngestProgress } from '../../ingest/index.ts';
import { DEFAULT_ATTEMPTS } from '../../queue/_jobs.ts';
import { displayQueue, resolveQueueUrl } from '../../queue/_redis.ts';
import { enqueueItems } from '../../queue/enqueue.ts';
import { readDocuments } from '../../read/index.ts';
import { openStore } from '../../store/store.ts';
import { InputError } from '../../errors.ts';
import { remoteFor } from '../_remote.ts';
import { remoteIngest } from './_remote-ingest.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';
import { languageLines } from '../_languages.ts';
import { parseLangOption } from '../../lang/index.ts';

const rate = (p: IngestProgress) => (p.ms > 0 ? (p.documents / (p.ms / 1000)).toFixed(1) : '0');

export const registerIngest: Register = (program: Command, fail) => {
  addDbOption(program.command('ingest')
    .description('code documents (files, folders, - for stdin; JSONL, text, Markdown, HTML, RSS/Atom) into the database')
    .argument('<paths...>', 'files, folders (recursive) or - for stdin')
    .option('--date <YYYY-MM-DD>', 'publication date for plain-text documents without one')
    .option('--batch <n>', 'documents per transaction', '25')
    .option('--lang <code>', 'the language of every document (ISO 639: en, ru, kk), instead of the one detected from its text')
    .option('--lexicon <file...>', 'extra lexicon files (same shapes as data/lexicon/*.json)')
    .option('--threads <n>', 'coding threads (default: one per core)')
    .option('--queue <redis-url>', 'send the documents to a work queue for `multivector worker` to code and store (default: $MULTIVECTOR_QUEUE; none: code here)')
    .option('--attempts <n>', `with --queue: tries per document before it is parked (default ${DEFAULT_ATTEMPTS})`))
    .action(async (paths: string[], opts: {
      db?: string; date?: string; batch: string; lang?: string; lexicon?: string[]; threads?: string; queue?: string; attempts?: string;
    }) => {
      const lang = opts.lang === undefined ? undefined : parseLangOption(opts.lang, '--lang');
      const queue = resolveQueueUrl(opts.queue);
      if (queue) {
        if (opts.lexicon?.length) {
          throw new InputError('--lexicon: with --queue the workers code with their own lexicon (give it to `multivector worker`)', { where: { field: 'lexicon' } });
        }
        const attempts = opts.attempts === undefined ? undefined : positive(opts.attempts, 'attempts');
        const summary = await enqueueItems(queue, readDocuments(paths, {
          ...(opts.date !== undefined ? { date: opts.date } : {}), ...(lang ? { lang } : {}),
        }), {
          ...(attempts ? { attempts } : {}),
          onProblem: (e) => process.stderr.write(`skipped: ${e.describe()}\n`),
        });
        process.stdout.write(`queued ${summary.added} documents on ${displayQueue(queue)} in ${(summary.ms / 1000).toFixed(1)}s ` +
          `(one already waiting there with the same text is not queued twice); ${summary.problems} bad documents skipped\n`);
        if (summary.problems) fail(2);
        return;
      }
      const threads = opts.threads === undefined ? availableParallelism() : positive(opts.threads, 'threads');
      const path = dbPath(opts);
      const server = await remoteFor(path);
      if (server && opts.lexicon?.length) {
        throw new InputError(`--lexicon needs the database file, which multivector serve at ${server.url} holds (it codes with its own lexicon): stop it first`, { where: { field: 'lexicon' } });
      }
      const store = server ? null : await openStore({ path });
      const tty = Boolean(process.stderr.isTTY);
      const bar = tty
        ? new cliProgress.SingleBar({
          format: 'ingest {value} docs | {rate} docs/s | {events} events | {errors} errors',
          stream: process.stderr, hideCursor: true,
        }, cliProgress.Presets.shades_classic)
        : null;
      bar?.start(0, 0, { rate: '0', events: 0, errors: 0 });
      let lastLine = 0;
      // plain progress lines every 2 s when not on a terminal (MULTIVECTOR_PROGRESS_MS changes it; 0 = every batch)
      const progressEvery = Number(process.env.MULTIVECTOR_PROGRESS_MS ?? 2000);
      const problems: string[] = [];
      let pool: CoderPool | undefined;
      try {
        const batchSize = Math.max(1, Number(opts.batch) || 25);
        const onProgress = (p: IngestProgress) => {
          if (bar) {
            bar.setTotal(p.documents);
            bar.update(p.documents, { rate: rate(p), events: p.events, errors: p.problems });
          } else if (p.ms - lastLine >= progressEvery) {
            lastLine = p.ms;
            process.stderr.write(`ingest: ${p.documents} docs, ${rate(p)} docs/s, ${p.events} events, ${p.problems} errors\n`);
          }
        };
        const onProblem = (e: InputError) => {
          const line = `skipped: ${e.describe()}`;
          if (bar) problems.push(line);
          else process.stderr.write(`${line}\n`);
        };
        // Through the running server when it holds the file; else the local pipeline.
        const summary = store
          ? await ingest(paths, {
            store, coder: (pool = new CoderPool({ lexicons: opts.lexicon ?? [], workers: threads, budgetMs: Infinity, yieldCpu: false })), batchSize, ...(opts.date ? { date: opts.date } : {}),
            ...(lang ? { lang } : {}), onProgress, onProblem,
          })
          : await remoteIngest(server!, paths, { batchSize, date: opts.date, lang, onProgress, onProblem });
        bar?.stop();
        for (const l of problems) process.stderr.write(`${l}\n`);
        process.stdout.write(
          `ingested ${summary.documents} documents in ${(summary.ms / 1000).toFixed(1)}s (${rate(summary)} docs/s): ` +
          `${summary.added} added, ${summary.replaced} re-coded, ${summary.unchanged} unchanged; ` +
          `${summary.events} events stored` +
          (summary.keptReviewed ? `, ${summary.keptReviewed} reviewed events kept and flagged` : '') +
          `; ${summary.problems} bad documents skipped\n`);
        for (const l of languageLines(summary)) process.stdout.write(`${l}\n`);
        if (summary.problems) fail(2);
      } finally {
        bar?.stop();
        await pool?.close();
        await store?.close();
      }
    });
};

function positive(v: string, field: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${field}: "${v}" is not a whole number of at least 1`, { where: { field } });
  return n;
}
