import { crc32, deflateRawSync } from 'node:zlib';

/** One file of a crafted archive; the declared sizes may lie. */
export type ZipFile = {
  name: string;
  data: Buffer;
  method?: 0 | 8;
  declaredUnpacked?: number;
  declaredPacked?: number;
};

/**
 * A minimal zip writer for tests: local headers, data, a central directory
 * and its end record — with room to lie about sizes and to hide bytes
 * between entries, as hostile files do. Not for anything but tests.
 */
export function tinyZip(
  files: readonly ZipFile[],
  { hiddenAfterFirst }: { hiddenAfterFirst?: Buffer } = {},
): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  files.forEach((file, index) => {
    const method = file.method ?? 8;
    const packed = method === 8 ? deflateRawSync(file.data) : file.data;
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(file.data);
    const sizes = (header: Buffer, at: number) => {
      header.writeUInt32LE(crc, at);
      header.writeUInt32LE(file.declaredPacked ?? packed.length, at + 4);
      header.writeUInt32LE(file.declaredUnpacked ?? file.data.length, at + 8);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    sizes(local, 14);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(method, 10);
    sizes(entry, 16);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    parts.push(local, name, packed);
    offset += local.length + name.length + packed.length;
    if (index === 0 && hiddenAfterFirst) {
      parts.push(hiddenAfterFirst);
      offset += hiddenAfterFirst.length;
    }
  });
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
