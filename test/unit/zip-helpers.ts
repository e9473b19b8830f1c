/** A minimal zip writer for tests: entries may lie about their size or CRC, or carry hostile names. */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Uncompressed size written in the headers (default: the real one). */
  declaredSize?: number;
  /** CRC-32 written in the headers (default: the real one). */
  crc?: number;
}

export function makeZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(e.data);
    const body = deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const sizes = [e.crc ?? crc32(data), body.length, e.declaredSize ?? data.length];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    [20, 0, 8, 0, 0].forEach((v, i) => local.writeUInt16LE(v, 4 + 2 * i));
    sizes.forEach((v, i) => local.writeUInt32LE(v >>> 0, 14 + 4 * i));
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    [20, 20, 0, 8, 0, 0].forEach((v, i) => central.writeUInt16LE(v, 4 + 2 * i));
    sizes.forEach((v, i) => central.writeUInt32LE(v >>> 0, 16 + 4 * i));
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
