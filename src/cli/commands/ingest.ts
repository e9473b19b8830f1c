/** `multivector ingest PATH…|-`: read, code and store documents (idempotent; batches commit whole). */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { createCoder } from '../../coder/index.ts';
import { ingest, type IngestProgress } from '../../ingest/index.ts';
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
    .option('--lexicon <file...>', 'extra lexicon files (same shapes as data/lexicon/*.json)'))
    .action(async (paths: string[], opts: { db?: string; date?: string; batch: string; lang?: string; lexicon?: string[] }) => {
      const lang = opts.lang === undefined ? undefined : parseLangOption(opts.lang, '--lang');
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
            store, coder: createCoder({ lexicons: opts.lexicon ?? [] }), batchSize, ...(opts.date ? { date: opts.date } : {}),
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
        await store?.close();
      }
    });
};
