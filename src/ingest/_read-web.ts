/**
 * Reading what the watcher fetched (a feed, an article page) in a coding thread: XML parsing and Readability cost
 * CPU in proportion to a body of up to the fetch limit, and a hostile page may be built to make them slow. Items
 * cross the thread boundary as plain data (an InputError's class does not survive structured cloning) and are
 * rebuilt on the caller's side.
 */
import { InputError, type Where } from '../errors.ts';
import type { Doc } from '../model/event.ts';
import { readFeedBytes, readPage, type ReadItem } from '../read/index.ts';

/** A read item as it crosses between threads. */
export type WireItem = { kind: 'doc'; doc: Doc } | { kind: 'problem'; message: string; where: Where };

/** One message to a coding thread: a fetched body to read. */
export type ReadTask =
  | { kind: 'feed'; body: Uint8Array; label: string; base: string }
  | { kind: 'page'; body: Uint8Array; label: string; id: string };

const toWire = (item: ReadItem): WireItem =>
  item.kind === 'doc' ? item : { kind: 'problem', message: item.error.message, where: item.error.where };

export const fromWire = (item: WireItem): ReadItem =>
  item.kind === 'doc' ? item : { kind: 'problem', error: new InputError(item.message, { where: item.where }) };

/** What a thread answers: a feed's items, or the one item of a page. */
export function readWeb(task: ReadTask): WireItem[] {
  if (task.kind === 'page') return [toWire(readPage(task.body, task.label, task.id))];
  return Array.from(readFeedBytes(task.body, task.label, task.base), toWire);
}
