/** `multivector queue --queue redis://… [--retry] [--format table|json]`: the work queue's state and its parked documents. */
import type { Command } from 'commander';
import { InputError } from '../../errors.ts';
import { displayQueue, resolveQueueUrl } from '../../queue/_redis.ts';
import { queueStatus } from '../../queue/status.ts';
import { formatOf } from '../_format.ts';
import { formatTable } from '../_table.ts';
import type { Register } from './index.ts';

const FORMATS = ['table', 'json'] as const;

export const registerQueue: Register = (program: Command) => {
  program.command('queue')
    .description('the work queue: documents waiting, with a worker, retrying and parked (with their errors)')
    .option('--queue <redis-url>', 'the work queue (default: $MULTIVECTOR_QUEUE)')
    .option('--retry', 'send the parked documents back to the queue first')
    .option('--limit <n>', 'parked documents listed', '20')
    .option('--format <format>', FORMATS.join('|'), 'table')
    .action(async (opts: { queue?: string; retry?: boolean; limit: string; format: string }) => {
      const format = formatOf(opts.format, FORMATS, 'table');
      const url = resolveQueueUrl(opts.queue);
      if (!url) throw new InputError('no queue: give --queue redis://host:port (or set MULTIVECTOR_QUEUE)', { where: { field: 'queue' } });
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 0) throw new InputError(`--limit: "${opts.limit}" is not a whole number`, { where: { field: 'limit' } });
      const s = await queueStatus(url, { limit, ...(opts.retry ? { retry: true } : {}) });
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(s, null, 2)}\n`);
        return;
      }
      if (s.retried !== undefined) process.stdout.write(`${s.retried} parked documents sent back to the queue\n`);
      process.stdout.write(`${displayQueue(url)}: ${s.waiting} waiting, ${s.active} with a worker, ${s.retrying} retrying, ${s.parked} parked\n`);
      if (s.parkedDocuments.length) {
        process.stdout.write(formatTable(s.parkedDocuments.map((d) => ({
          document: d.doc, source: d.source ?? '', tries: d.attempts, 'failed at': d.failed_at ?? '', error: d.error,
        })), 80));
      }
    });
};
