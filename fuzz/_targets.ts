/** Every input surface the fuzzer covers, in the order it runs them. */
import { cliTarget } from './cli.ts';
import { coderTarget } from './coder.ts';
import { httpTarget } from './http.ts';
import { importTarget } from './import.ts';
import { readTarget } from './read.ts';
import type { Target } from './_target.ts';

export const TARGETS: Target[] = [readTarget, importTarget, coderTarget, cliTarget, httpTarget];
