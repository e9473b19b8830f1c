/**
 * `multivector extract [PATH…|-]`: code documents into events and print them (spec JSONL or a table).
 * Bad documents are reported on stderr with file, line and field; the others still come out.
 */
import type { Command } from 'commander';
import { createCoder } from '../../coder/index.ts';
import { InputError } from '../../errors.ts';
import { toSpec, type CodedEvent } from '../../model/event.ts';
import { readDocuments } from '../../read/index.ts';
import type { Register } from './index.ts';
import { printTable } from '../_table.ts';
import { formatOf, money, plural } from '../_format.ts';
import { languageLines } from '../_languages.ts';
import { countLanguage, emptyProgress } from '../../ingest/index.ts';
import { parseLangOption } from '../../lang/index.ts';

export const registerExtract: Register = (program: Command, fail) => {
  program
    .command('extract')
    .description('code documents (JSONL, text, Markdown, HTML, RSS/Atom; files, folders or - for stdin) into PLOVER events')
    .argument('[paths...]', 'files or folders; - reads stdin', [])
    .option('--format <format>', 'jsonl (the spec\'s events, one per line) or table', 'jsonl')
    .option('--date <YYYY-MM-DD>', 'document date for text files without one (anchors relative dates)')
    .option('--lang <code>', 'the language of every document (ISO 639: en, ru, kk), instead of the one detected from its text')
    .option('--lexicon <file...>', 'extra lexicon files (same shapes as data/lexicon/*.json)')
    .option('--rules-only', 'the rules alone, without the learnt fallback for documents they find no event in')
    .action(async (paths: string[], opts: { format: string; date?: string; lang?: string; lexicon?: string[]; rulesOnly?: boolean }) => {
      opts.format = formatOf(opts.format, ['jsonl', 'table'] as const, 'jsonl');
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new InputError('expected YYYY-MM-DD', { where: { field: '--date' } });
      const lang = opts.lang === undefined ? undefined : parseLangOption(opts.lang, '--lang');
      const inputs = paths.length ? paths : ['-'];
      const langs = emptyProgress();
      const coder = createCoder({ lexicons: opts.lexicon ?? [], learnt: !opts.rulesOnly });
      const rows: CodedEvent[] = [];
      let docs = 0;
      let problems = 0;
      for await (const item of readDocuments(inputs, { date: opts.date, lang })) {
        if (item.kind === 'problem') {
          problems++;
          process.stderr.write(`multivector: ${item.error.describe()}\n`);
          continue;
        }
        docs++;
        countLanguage(langs, item.doc);
        for (const e of coder.code(item.doc)) {
          if (opts.format === 'jsonl') process.stdout.write(JSON.stringify(toSpec(e)) + '\n');
          else rows.push(e);
        }
      }
      if (opts.format === 'table') {
        printTable(rows.map((e) => ({
          doc: e.doc, s: e.sentence, type: e.event_type, mode: e.mode ?? '', actor: e.actor.join('+'),
          recipient: e.recipient.join('+'), date: e.date ?? '', loc: e.location ?? '',
          value: e.value ? `${money(e.value.amount)} ${e.value.currency}` : '',
        })));
        process.stdout.write(`\n${plural(docs, 'document')}, ${plural(rows.length, 'event')}${problems ? `, ${plural(problems, 'problem')}` : ''}\n`);
      }
      // Never silently empty: documents the coder cannot read are named (on stderr, so stdout stays the events).
      if (langs.unreadable) for (const l of languageLines(langs)) process.stderr.write(`multivector: ${l}\n`);
      if (problems) fail(docs ? 1 : 2);
    });
};
