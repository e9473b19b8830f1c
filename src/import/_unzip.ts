/** Zipped dataset files: the (single) data entry is streamed to a temporary file that DuckDB can read. */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { InputError } from '../errors.ts';

export interface Plain {
  path: string;
  cleanup: () => void;
}

/** True when the file starts with a zip local-file header. */
export async function isZip(path: string): Promise<boolean> {
  const fh = await openFile(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    return bytesRead === 4 && buf.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}

/** The file itself, or its zip's first non-directory entry unpacked to a temp file (constant memory). */
export async function plainFile(path: string): Promise<Plain> {
  if (!(await isZip(path))) return { path, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'multivector-import-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    const zip = await new Promise<yauzl.ZipFile>((res, rej) =>
      yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, z) => (err || !z ? rej(err) : res(z))));
    const entry = await new Promise<yauzl.Entry | null>((res, rej) => {
      zip.on('entry', (e: yauzl.Entry) => (e.fileName.endsWith('/') ? zip.readEntry() : res(e)));
      zip.on('end', () => res(null));
      zip.on('error', rej);
      zip.readEntry();
    });
    if (!entry) throw new InputError('zip archive holds no file', { where: { file: path } });
    const out = join(dir, basename(entry.fileName));
    const stream = await new Promise<NodeJS.ReadableStream>((res, rej) =>
      zip.openReadStream(entry, (err, s) => (err || !s ? rej(err) : res(s))));
    await pipeline(stream, createWriteStream(out));
    zip.close();
    return { path: out, cleanup };
  } catch (e) {
    cleanup();
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot unzip: ${e instanceof Error ? e.message : String(e)}`, { where: { file: path }, cause: e });
  }
}

/** The first line of a file (reads at most 1 MB). */
export async function firstLine(path: string): Promise<string> {
  const fh = await openFile(path, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    const nl = text.indexOf('\n');
    return (nl < 0 ? text : text.slice(0, nl)).replace(/\r$/, '');
  } finally {
    await fh.close();
  }
}
