import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { ImportFileError } from './source-record';

const MiB = 1024 * 1024;

/**
 * What an XLSX import may unpack to (docs/security.md, "Files"). An audit or
 * metrics workbook is a few hundred rows; these are generous for that and
 * stop a zip bomb long before it fills a thread's heap or the disk.
 */
export const XLSX_LIMITS = {
  /** Files in the archive: a workbook has a dozen or two. */
  entries: 1_000,
  /** What one file may unpack to. */
  entryBytes: 100 * MiB,
  /** What the whole archive may unpack to. */
  totalBytes: 100 * MiB,
  /** Unpacked ÷ packed for a file over `ratioFromBytes` (XML packs 5–20×; bombs 1,000×). */
  ratio: 200,
  ratioFromBytes: 1 * MiB,
  /** xl/sharedStrings.xml: its size and the strings in it (ExcelJS keeps them all in memory). */
  sharedStringsBytes: 32 * MiB,
  sharedStrings: 500_000,
  /** The central directory (the archive's index). */
  directoryBytes: 4 * MiB,
} as const;

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

export type ZipEntry = {
  name: string;
  method: number;
  flags: number;
  packed: number;
  unpacked: number;
  offset: number;
};

const refuse = (reason: string) =>
  new ImportFileError(`the workbook was refused before reading: ${reason}`, 1);
const mib = (bytes: number) => `${bytes / MiB} MiB`;

async function readAt(
  file: Awaited<ReturnType<typeof open>>,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The entries of the central directory, with the checks that need no unpacking. */
async function centralDirectory(
  path: string,
): Promise<{ entries: ZipEntry[]; directoryOffset: number }> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    // The end record is 22 bytes plus a comment of at most 65,535.
    const tailStart = Math.max(0, size - 22 - 65_535);
    const tail = await readAt(file, tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i -= 1) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end < 0)
      throw refuse(
        'it is not a complete zip archive (no end of central directory)',
      );
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (
      tail.readUInt16LE(end + 4) !== 0 ||
      tail.readUInt16LE(end + 6) !== 0 ||
      count !== tail.readUInt16LE(end + 8)
    ) {
      throw refuse('it is a multi-part zip archive');
    }
    // ZIP64 is for archives over 4 GiB or 65,535 entries: far past every limit here.
    if (
      count === 0xffff ||
      directorySize === 0xffffffff ||
      directoryOffset === 0xffffffff
    )
      throw refuse('it is a ZIP64 archive, larger than any workbook accepted');
    if (count > XLSX_LIMITS.entries)
      throw refuse(
        `it holds ${count} files; at most ${XLSX_LIMITS.entries} are accepted (limit: entries)`,
      );
    if (directorySize > XLSX_LIMITS.directoryBytes)
      throw refuse(
        `its index is ${directorySize} bytes; at most ${mib(XLSX_LIMITS.directoryBytes)} (limit: central directory)`,
      );
    if (directoryOffset + directorySize > tailStart + end)
      throw refuse('its index points past the end of the file');
    const directory = await readAt(file, directoryOffset, directorySize);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i += 1) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL)
        throw refuse('its index is damaged');
      const nameLength = directory.readUInt16LE(at + 28);
      const next =
        at +
        46 +
        nameLength +
        directory.readUInt16LE(at + 30) +
        directory.readUInt16LE(at + 32);
      if (next > directory.length) throw refuse('its index is damaged');
      entries.push({
        name: directory.toString('utf8', at + 46, at + 46 + nameLength),
        flags: directory.readUInt16LE(at + 8),
        method: directory.readUInt16LE(at + 10),
        packed: directory.readUInt32LE(at + 20),
        unpacked: directory.readUInt32LE(at + 24),
        offset: directory.readUInt32LE(at + 42),
      });
      at = next;
    }
    return { entries, directoryOffset };
  } finally {
    await file.close();
  }
}

function checkDeclared(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const entry of entries) {
    if (entry.flags & 0x1) throw refuse(`${entry.name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8)
      throw refuse(
        `${entry.name} uses compression method ${entry.method}; workbooks use deflate`,
      );
    if (entry.unpacked > XLSX_LIMITS.entryBytes)
      throw refuse(
        `${entry.name} unpacks to ${entry.unpacked} bytes; at most ${mib(XLSX_LIMITS.entryBytes)} per file (limit: uncompressed size)`,
      );
    if (
      entry.name === SHARED_STRINGS &&
      entry.unpacked > XLSX_LIMITS.sharedStringsBytes
    ) {
      throw refuse(
        `${SHARED_STRINGS} unpacks to ${entry.unpacked} bytes; at most ${mib(XLSX_LIMITS.sharedStringsBytes)} (limit: shared strings size)`,
      );
    }
    if (
      entry.unpacked > XLSX_LIMITS.ratioFromBytes &&
      entry.unpacked > XLSX_LIMITS.ratio * Math.max(1, entry.packed)
    ) {
      throw refuse(
        `${entry.name} unpacks ${Math.round(entry.unpacked / Math.max(1, entry.packed))} times its packed size; at most ${XLSX_LIMITS.ratio} (limit: compression ratio)`,
      );
    }
    total += entry.unpacked;
  }
  if (total > XLSX_LIMITS.totalBytes)
    throw refuse(
      `its files unpack to ${total} bytes; at most ${mib(XLSX_LIMITS.totalBytes)} in all (limit: uncompressed size)`,
    );
}

/**
 * Where each entry's packed data lies. The entries must tile the file up to
 * the index, each local header followed by its data (and a data descriptor
 * when flagged): a streaming reader such as ExcelJS's follows the local
 * headers, so anything between or beside the listed entries would be read
 * without having been checked.
 */
async function dataRanges(
  path: string,
  entries: readonly ZipEntry[],
  directoryOffset: number,
): Promise<Map<ZipEntry, { start: number; end: number }>> {
  const file = await open(path, 'r');
  try {
    const ranges = new Map<ZipEntry, { start: number; end: number }>();
    let expected = 0;
    for (const entry of [...entries].sort((a, b) => a.offset - b.offset)) {
      if (entry.offset !== expected)
        throw refuse('it holds data outside its listed files');
      const header = await readAt(file, entry.offset, 30);
      if (header.length < 30 || header.readUInt32LE(0) !== LOCAL)
        throw refuse(`${entry.name} has no local header where the index says`);
      const start =
        entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      let end = start + entry.packed;
      if (entry.flags & 0x8) {
        const descriptor = await readAt(file, end, 4);
        end +=
          descriptor.length === 4 && descriptor.readUInt32LE(0) === DESCRIPTOR
            ? 16
            : 12;
      }
      ranges.set(entry, { start, end: start + entry.packed });
      expected = end;
    }
    if (expected !== directoryOffset)
      throw refuse('it holds data outside its listed files');
    return ranges;
  } finally {
    await file.close();
  }
}

/** Unpacks one entry, counting bytes (and shared strings), stopping at the first limit passed. */
async function unpackCounting(
  path: string,
  entry: ZipEntry,
  range: { start: number; end: number },
): Promise<void> {
  if (entry.packed === 0) {
    if (entry.unpacked !== 0)
      throw refuse(`${entry.name} is not the size its index says`);
    return;
  }
  const packed = createReadStream(path, {
    start: range.start,
    end: range.end - 1,
  });
  const stream = entry.method === 8 ? packed.pipe(createInflateRaw()) : packed;
  const countStrings = entry.name === SHARED_STRINGS;
  let bytes = 0;
  let strings = 0;
  let carry = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      // Checked as the bytes come: a lying index cannot make this unpack more than it declared.
      if (bytes > entry.unpacked)
        throw refuse(
          `${entry.name} unpacks to more than the ${entry.unpacked} bytes its index declares (limit: uncompressed size)`,
        );
      if (countStrings) {
        // "<si>" or "<si " opens a string; a chunk may split the tag.
        const text = carry + chunk.toString('latin1');
        strings += text.match(/<si[\s>]/g)?.length ?? 0;
        carry = text.slice(-3);
        if (strings > XLSX_LIMITS.sharedStrings)
          throw refuse(
            `${SHARED_STRINGS} holds more than ${XLSX_LIMITS.sharedStrings} strings (limit: shared strings count)`,
          );
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw refuse(
      `${entry.name} cannot be unpacked (${error instanceof Error ? error.message : 'damaged data'})`,
    );
  } finally {
    packed.destroy();
    if (stream !== packed) stream.destroy();
  }
  if (bytes !== entry.unpacked)
    throw refuse(`${entry.name} is not the size its index says`);
}

/**
 * Checks a staged XLSX file before any XML is parsed: the archive's index
 * (entry count, declared sizes, compression ratios, the shared strings'
 * size), that nothing lies outside the listed files, then every file
 * unpacked and counted (actual sizes, the shared strings' number). Throws an
 * ImportFileError naming the limit.
 */
export async function checkXlsxZip(path: string): Promise<void> {
  const { entries, directoryOffset } = await centralDirectory(path);
  checkDeclared(entries);
  const ranges = await dataRanges(path, entries, directoryOffset);
  for (const entry of entries)
    await unpackCounting(path, entry, ranges.get(entry)!);
}
