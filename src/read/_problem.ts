import { InputError, type Where } from '../errors.ts';
import type { ReadItem } from './_types.ts';

/** A problem item: reading goes on after it. */
export function problem(message: string, where: Where, cause?: unknown): ReadItem {
  return { kind: 'problem', error: new InputError(message, { where, cause }) };
}

/** Node system errors (ENOENT, EACCES, EISDIR…) are input problems; anything else is a bug and rethrown. */
export function systemProblem(err: unknown, file: string): ReadItem {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') throw err;
  const text: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many levels of symbolic links',
  };
  return problem(text[code] ?? `cannot read (${code})`, { file }, err);
}
