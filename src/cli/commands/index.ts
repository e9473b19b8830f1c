/** Every CLI command, in the order `--help` lists them. One file per command. */
import type { Command } from 'commander';
import { registerExtract } from './extract.ts';

/** A command registers itself; `fail(code)` raises the process exit code without throwing. */
export type Register = (program: Command, fail: (code: number) => void) => void;

export const commands: Register[] = [registerExtract];
