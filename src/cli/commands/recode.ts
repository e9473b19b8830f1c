/**
 * `multivector recode [--lang ru]`: codes the documents stored unread (in a language the coder did not read then)
 * whose language it reads now. Batches commit whole; running it again finds nothing more to do.
 */
import type { Command } from 'commander';
import { createCoder } from '../../coder/index.ts';
import { InputError } from '../../errors.ts';
import { recode } from '../../ingest/recode.ts';
import { parseLangOption } from '../../lang/index.ts';
import { openStore } from '../../store/store.ts';
import { remoteFor } from '../_remote.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

/** Documents named in the summary when their text was not kept; more are only counted. */
const NAMED = 10;

export const registerRecode: Register = (program: Command, fail) => {
  addDbOption(program.command('recode')
    .description('code the documents stored unread whose language the coder reads now (e.g. Russian and Kazakh stored before their packs)')
    .option('--lang <codes>', 'only these languages, comma-separated (default: every language the coder reads)')
    .option('--batch <n>', 'documents per transaction', '100')
    .option('--lexicon <file...>', 'extra lexicon files (same shapes as data/lexicon/*.json)'))
    .action(async (opts: { db?: string; lang?: string; batch: string; lexicon?: string[] }) => {
      const langs = opts.lang === undefined ? undefined : opts.lang.split(',').map((l) => parseLangOption(l, 'lang'));
      const path = dbPath(opts);
      const server = await remoteFor(path);
      if (server) throw new InputError(`multivector serve at ${server.url} holds ${path}: stop it, then recode`, { where: { field: 'db' } });
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new InputError(`--batch: "${opts.batch}" is not a whole number of at least 1`, { where: { field: 'batch' } });
      const store = await openStore({ path });
      try {
        const r = await recode({
          store, coder: createCoder({ lexicons: opts.lexicon ?? [] }), batchSize, ...(langs ? { langs } : {}),
          onProblem: (e) => process.stderr.write(`skipped: ${e.describe()}\n`),
        });
        const by = Object.entries(r.recoded).sort().map(([l, n]) => `${l} ${n}`);
        const total = Object.values(r.recoded).reduce((a, b) => a + b, 0);
        process.stdout.write(`recoded ${total} documents${by.length ? ` (${by.join(', ')})` : ''}: ${r.events} events stored; ${r.problems} bad documents skipped\n`);
        if (r.withoutText) {
          const named = r.withoutTextDocs.slice(0, NAMED).map((d) => `${d.id}${d.source ? ` (${d.source})` : ''}`);
          const more = r.withoutText - named.length;
          process.stdout.write(`${r.withoutText} documents were stored unread before their texts were kept: ingest their sources again to code them: ` +
            `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}\n`);
        }
        if (r.problems) fail(2);
      } finally {
        await store.close();
      }
    });
};
