/**
 * Zipped dataset files, read without unpacking to disk: the central directory is checked first (entry
 * count, names, declared sizes, compression ratio), then each accepted entry is streamed; yauzl stops an
 * entry that inflates past its declared size, and the CRC-32 is checked as the bytes go by. A consumer
 * that stages rows before committing (as the dataset import does) therefore never stores a corrupt entry.
 */
import { open as openFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { InputError } from '../errors.ts';

export const ZIP_LIMITS = {
  entries: 1000,
  /** Per entry and for the whole archive, uncompressed, as declared. */
  entryBytes: 4 * 2 ** 30,
  totalBytes: 16 * 2 ** 30,
  /** Deflated text compresses about 5-15:1; 1000:1 is what a zip bomb does. */
  ratio: 100,
  /** Small entries may compress well (a few repeated rows): the ratio is checked above this size. */
  ratioFrom: 1 << 20,
};

export interface ZipEntry {
  name: string;
  /** The entry's bytes; throws InputError when they are corrupt (bad deflate data, size or CRC-32). */
  chunks(): AsyncIterable<Buffer>;
}

export interface OpenZip {
  entries: ZipEntry[];
  /** Entries left out after the central directory check, with the reason. */
  skipped: Array<{ name: string; reason: string }>;
  close(): void;
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

/** Why an entry is not read, from its central-directory record alone; null = read it. */
function refusal(e: yauzl.Entry): string | null {
  if (e.isEncrypted()) return 'encrypted entries are not supported';
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) return `compression method ${e.compressionMethod} is not supported (stored or deflate only)`;
  if (e.uncompressedSize > ZIP_LIMITS.entryBytes) return `declared size ${e.uncompressedSize} bytes is over the limit of ${ZIP_LIMITS.entryBytes}`;
  if (e.uncompressedSize > ZIP_LIMITS.ratioFrom && e.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, e.compressedSize)) {
    const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
    return `compression ratio ${ratio}:1 is over the limit of ${ZIP_LIMITS.ratio}:1 (a zip bomb?)`;
  }
  return null;
}

async function* entryChunks(zip: yauzl.ZipFile, e: yauzl.Entry, file: string): AsyncGenerator<Buffer> {
  const where = { file: `${file}/${e.fileName}` };
  let crc = 0;
  try {
    const stream = await new Promise<NodeJS.ReadableStream>((res, rej) =>
      zip.openReadStream(e, (err, s) => (err || !s ? rej(err ?? new Error('no stream')) : res(s))));
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`corrupt zip entry: ${err instanceof Error ? err.message : String(err)}`, { where, cause: err });
  }
  if (crc >>> 0 !== e.crc32 >>> 0) throw new InputError('corrupt zip entry: CRC-32 does not match', { where });
}

/** Opens a zip and checks its central directory; throws InputError for an archive refused as a whole. */
export async function openZip(file: string): Promise<OpenZip> {
  const fail = (msg: string, cause?: unknown) => new InputError(msg, { where: { file }, cause });
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((res, rej) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, z) => (err || !z ? rej(err ?? new Error('no archive')) : res(z))));
  } catch (e) {
    throw fail(`cannot read zip archive: ${e instanceof Error ? e.message : String(e)}`, e);
  }
  try {
    if (zip.entryCount > ZIP_LIMITS.entries) throw fail(`zip archive holds ${zip.entryCount} entries, more than the limit of ${ZIP_LIMITS.entries}`);
    const all = await new Promise<yauzl.Entry[]>((res, rej) => {
      const list: yauzl.Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        list.push(e);
        zip.readEntry();
      });
      zip.on('end', () => res(list));
      // yauzl refuses absolute names, `..` segments and backslashes here; the archive is refused with them.
      zip.on('error', (e: unknown) => rej(fail(`zip archive refused: ${e instanceof Error ? e.message : String(e)}`, e)));
      zip.readEntry();
    });
    const files = all.filter((e) => !e.fileName.endsWith('/'));
    const total = files.reduce((n, e) => n + e.uncompressedSize, 0);
    if (total > ZIP_LIMITS.totalBytes) throw fail(`zip archive declares ${total} bytes uncompressed, more than the limit of ${ZIP_LIMITS.totalBytes}`);
    const entries: ZipEntry[] = [];
    const skipped: OpenZip['skipped'] = [];
    for (const e of files) {
      const why = refusal(e);
      if (why) skipped.push({ name: e.fileName, reason: why });
      else entries.push({ name: e.fileName, chunks: () => entryChunks(zip, e, file) });
    }
    return { entries, skipped, close: () => zip.close() };
  } catch (e) {
    zip.close();
    if (e instanceof InputError) throw e;
    throw fail(`cannot read zip archive: ${e instanceof Error ? e.message : String(e)}`, e);
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
