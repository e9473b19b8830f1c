/**
 * The CLI edge: parses arguments, runs a command, and turns errors into messages and exit codes.
 * Each command lives in its own file under ./commands and registers itself on the program.
 */
import { inspect } from 'node:util';
import { Command, CommanderError } from 'commander';
import { isMultivectorError } from '../errors.ts';
import { commands } from './commands/index.ts';

export async function main(argv: string[]): Promise<number> {
  // `multivector extract … | head`: a reader that stops early closes the pipe; that ends the run, quietly
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`multivector: cannot write output (${e.code ?? 'error'})\n`);
    process.exit(74);
  });
  const program = new Command('multivector')
    .description('Diplomatic-event observatory: code news into PLOVER events, store, measure and show them.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let exitCode = 0;
  for (const register of commands) register(program, (code) => { exitCode = Math.max(exitCode, code); });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isMultivectorError(e)) {
      process.stderr.write(`multivector: ${e.describe()}\n`);
      // What lies under it (e.g. the database engine's message and statement), when asked for.
      if (process.env.MULTIVECTOR_DEBUG && e.cause !== undefined) process.stderr.write(`${inspect(e.cause, { depth: 4 })}\n`);
      return e.exitCode;
    }
    // a bug, not bad input: the message, and the stack only when asked for
    const detail = e instanceof Error ? (process.env.MULTIVECTOR_DEBUG ? (e.stack ?? e.message) : e.message) : String(e);
    process.stderr.write(`multivector: unexpected error: ${detail}\n`);
    return 70;
  }
}
