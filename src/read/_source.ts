/** A file or stream to read: its first bytes (for sniffing) and then its whole content, once. */
import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { HEAD_BYTES } from './_decode.ts';

export interface Source {
  /** First up to 8 KB. */
  head: Buffer;
  /** The content from the start, in chunks (for line streaming). Call once. */
  chunks(): AsyncIterable<Buffer | string>;
  /** The whole content (for one-document formats). Call once. */
  all(): Promise<Buffer>;
}

export async function fileSource(path: string): Promise<Source> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  return { head, chunks: () => createReadStream(path), all: () => readFile(path) };
}

const toBuffer = (v: string | Buffer | Uint8Array): Buffer =>
  typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.isBuffer(v) ? v : Buffer.from(v);

/** A stream cannot be reopened: the head's chunks are kept and replayed before the rest. */
export async function streamSource(stream: NodeJS.ReadableStream): Promise<Source> {
  const it = stream[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = toBuffer(r.value);
    first.push(b);
    size += b.length;
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* first;
    if (done) return;
    try {
      for (let r = await it.next(); !r.done; r = await it.next()) {
        yield toBuffer(r.value);
      }
    } finally {
      await it.return?.();
    }
  }
  return {
    head: Buffer.concat(first).subarray(0, HEAD_BYTES),
    chunks,
    all: async () => {
      const parts: Buffer[] = [];
      for await (const c of chunks()) parts.push(c);
      return Buffer.concat(parts);
    },
  };
}
