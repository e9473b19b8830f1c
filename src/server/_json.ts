/** JSON of large answers without holding the event loop: built a piece at a time, yielding between pieces. */
import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** Characters of JSON built between two yields. */
const SLICE_CHARS = 256 * 1024;

/** `JSON.stringify(items)`, the same text, with the event loop let through every SLICE_CHARS or so. */
export async function jsonArray(items: readonly unknown[]): Promise<string> {
  const parts: string[] = [];
  let since = 0;
  for (const item of items) {
    const s = JSON.stringify(item) ?? 'null';
    parts.push(s);
    since += s.length;
    if (since >= SLICE_CHARS) {
      since = 0;
      await yieldToLoop();
    }
  }
  return `[${parts.join(',')}]`;
}
