/**
 * `multivector watch [--sources FILE] [--once] [--quiet] [--db FILE]`: follows the sources file's feeds and GDELT
 * lists, storing what is new (see src/watch). On a terminal, one progress line rewritten in place; elsewhere (a
 * service's log) one line per poll that brought something or failed; --quiet: failures and alerts only.
 * With --once each source is polled once, then the command ends (exit 69 when a source failed).
 */
import type { Command } from 'commander';
import { createCoder } from '../../coder/index.ts';
import { InputError } from '../../errors.ts';
import { openStore } from '../../store/store.ts';
import { loadSources, Watcher, type WatchEvent } from '../../watch/index.ts';
import { remoteFor } from '../_remote.ts';
import type { Register } from './index.ts';
import { addDbOption, dbPath } from './_store-options.ts';

export const registerWatch: Register = (program: Command, fail) => {
  addDbOption(program.command('watch')
    .description('follow the news feeds and GDELT updates of a sources file, storing what is new (Ctrl-C to stop)')
    .option('--sources <file>', 'sources file (default: the one shipped in data/sources.json)')
    .option('--once', 'poll each source once, then exit')
    .option('--quiet', 'print only failures and alerts (for services)'))
    .action(async (opts: { db?: string; sources?: string; once?: boolean; quiet?: boolean }) => {
      const sources = loadSources(opts.sources);
      const path = dbPath(opts);
      if (await remoteFor(path)) {
        throw new InputError('a running `multivector serve` holds this database: start it with --watch to follow the sources there', { where: { file: path } });
      }
      const store = await openStore({ path });
      const tty = !opts.quiet && process.stderr.isTTY === true;
      const totals = { polls: 0, items: 0, events: 0, failures: 0 };
      let line = '';
      const status = () => `watch: ${totals.polls} polls, ${totals.items} new items, ${totals.events} events, ${totals.failures} failed polls`;
      const say = (text: string) => {
        if (tty && line) process.stderr.write('\r\x1b[K');
        process.stderr.write(`${text}\n`);
        if (tty) process.stderr.write((line = status()));
      };
      const onEvent = (e: WatchEvent) => {
        if (e.kind === 'alert') {
          say(`alert: ${e.alert.message}${e.alert.delivery ? ` (webhook: ${e.alert.delivery})` : ''}`);
          return;
        }
        totals.polls++;
        totals.items += e.result?.items ?? 0;
        totals.events += e.result?.events ?? 0;
        if (e.error) {
          totals.failures++;
          say(`${e.source.name}: failed (${e.status.failures} in a row; next poll ${e.status.next_poll}): ${e.error}`);
        } else if (!opts.quiet && e.result && (e.result.items || e.result.updated || e.result.problems.length)) {
          say(`${e.source.name}: ${e.result.items} new, ${e.result.updated} updated, ${e.result.events} events` +
            (e.result.problems.length ? `; ${e.result.problems.length} item(s) refused, first: ${e.result.problems[0]}` : ''));
        } else if (tty) {
          process.stderr.write(`\r\x1b[K${(line = status())}`);
        }
      };
      const watcher = new Watcher({ store, coder: createCoder(), sources, onEvent });
      try {
        if (opts.once) {
          const end = await watcher.runOnce();
          if (tty) process.stderr.write('\r\x1b[K');
          process.stdout.write(`${status()}\n`);
          if (end.some((s) => s.failures > 0)) fail(69);
          return;
        }
        if (!opts.quiet) process.stderr.write(`watching ${sources.sources.length} sources into ${path} (Ctrl-C to stop)\n`);
        watcher.start();
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
        await watcher.stop();
        if (tty) process.stderr.write('\n');
      } finally {
        await store.close();
      }
    });
};
