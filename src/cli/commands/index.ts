/** Every CLI command, in the order `--help` lists them. One file per command. */
import type { Command } from 'commander';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerRecode } from './recode.ts';
import { registerImport } from './import.ts';
import { registerEvents } from './events.ts';
import { registerHappenings } from './happenings.ts';
import { registerExport } from './export.ts';
import { registerStats } from './stats.ts';
import { registerBalance } from './balance.ts';
import { registerPartners } from './partners.ts';
import { registerDyad } from './dyad.ts';
import { registerDeals } from './deals.ts';
import { registerBrokerage } from './brokerage.ts';
import { registerCompare } from './compare.ts';
import { registerServe } from './serve.ts';
import { registerBrief } from './brief.ts';
import { registerWatch } from './watch.ts';
import { registerSources } from './sources.ts';
import { registerWorker } from './worker.ts';
import { registerQueue } from './queue.ts';

/** A command registers itself; `fail(code)` raises the process exit code without throwing. */
export type Register = (program: Command, fail: (code: number) => void) => void;

export const commands: Register[] = [registerExtract, registerIngest, registerRecode, registerImport, registerEvents, registerHappenings, registerExport, registerStats,
  registerBalance, registerPartners, registerDyad, registerDeals, registerBrokerage, registerCompare, registerBrief, registerServe, registerWatch, registerSources,
  registerWorker, registerQueue];
