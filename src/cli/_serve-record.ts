/**
 * Where a running `multivector serve` listens, kept beside its database (`<db>.serve.json`, mode 0600): the
 * embedded database admits one process, so the other commands find the server here and go through its API.
 * Written once the server listens, removed on a clean stop; one left by a killed server names a dead pid and
 * is ignored (and replaced by the next serve). A database server (PostgreSQL) admits many processes: no record.
 */
import { readFileSync, rmSync, writeFileSync, renameSync, chmodSync } from 'node:fs';
import { z } from 'zod';
import { engineFor } from '../store/engines.ts';

export const recordFile = (db: string) => `${db}.serve.json`;

const RecordSchema = z.object({ url: z.string().regex(/^http:\/\/[^\s/]+\/$/), pid: z.number().int().positive() });
export type ServeRecord = z.infer<typeof RecordSchema>;

export function writeServeRecord(db: string, record: ServeRecord): void {
  const file = recordFile(db);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(record)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file); // whole or not at all: a reader never sees half a record
}

/** Removes the record if it is this process's own (a later serve may have replaced it). */
export function removeServeRecord(db: string, pid = process.pid): void {
  if (readServeRecord(db)?.pid === pid) rmSync(recordFile(db), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** The record of a live server for `db`, or null (none, unreadable, or its process is gone). */
export function readServeRecord(db: string): ServeRecord | null {
  // A database server (PostgreSQL) takes every command directly, beside a running serve: no record to follow.
  if (db === ':memory:' || !engineFor(db).embedded) return null;
  let text: string;
  try {
    text = readFileSync(recordFile(db), 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const r = RecordSchema.safeParse(parsed);
  return r.success && alive(r.data.pid) ? r.data : null;
}
