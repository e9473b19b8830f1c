/**
 * Splits a byte stream into lines without holding the whole file. Done on bytes rather than with
 * node:readline because readline decodes leniently: invalid UTF-8 would silently become U+FFFD,
 * and we must report it with its line number.
 */
import { stripBom } from './_decode.ts';

export type Line = { line: number; text: string } | { line: number; invalid: true };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeLine(bytes: Buffer, line: number): Line {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--; // CRLF
  try {
    const text = utf8.decode(bytes.subarray(0, end));
    return { line, text: line === 1 ? stripBom(text) : text };
  } catch {
    return { line, invalid: true };
  }
}

export async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    let nl = buf.indexOf(0x0a, start);
    while (nl !== -1) {
      const part = buf.subarray(start, nl);
      const bytes = pending.length ? Buffer.concat([...pending, part]) : part;
      pending = [];
      yield decodeLine(bytes, ++line);
      start = nl + 1;
      nl = buf.indexOf(0x0a, start);
    }
    // Copy: some streams reuse their chunk buffers.
    if (start < buf.length) pending.push(Buffer.from(buf.subarray(start)));
  }
  if (pending.length) yield decodeLine(Buffer.concat(pending), ++line);
}
