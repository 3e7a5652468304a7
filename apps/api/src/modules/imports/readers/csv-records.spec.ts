import { Readable } from 'node:stream';
import { csvRecords } from './csv-records';
import { detectDelimiter } from './delimiter';
import { ImportFileError } from './source-record';

async function readAll(content: Buffer | string, chunkSize = 7) {
  const buffer = Buffer.isBuffer(content)
    ? content
    : Buffer.from(content, 'utf8');
  // Small chunks: the reader must not depend on where chunk boundaries fall.
  const chunks: Buffer[] = [];
  for (let i = 0; i < buffer.length; i += chunkSize)
    chunks.push(buffer.subarray(i, i + chunkSize));
  const records = [];
  for await (const record of csvRecords(Readable.from(chunks)))
    records.push(record);
  return records;
}

describe(csvRecords.name, () => {
  it('reads lines with their line numbers, skipping empty lines', async () => {
    expect(await readAll('a,b\n1,2\n\n3,4\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 4, cells: ['3', '4'] },
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads CRLF line ends', async () => {
    expect(await readAll('\uFEFFdepartment,count\r\nHR,5\r\n')).toEqual([
      { line: 1, cells: ['department', 'count'] },
      { line: 2, cells: ['HR', '5'] },
    ]);
  });

  it('detects the ; separator', async () => {
    expect(
      (await readAll('department;count;note\nHR;5;"a,b"\n'))[1].cells,
    ).toEqual(['HR', '5', 'a,b']);
  });

  it('keeps quoted separators, quotes and line breaks inside a field (RFC 4180)', async () => {
    const records = await readAll('a,b\n"x, ""y""","line1\nline2"\nnext,row\n');
    expect(records[1].cells).toEqual(['x, "y"', 'line1\nline2']);
    // The quoted record starts on line 2 and spans 3; the next one is on line 4.
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    [
      'CRLF records with LF inside a cell (Excel)',
      'a,b\r\n"x\ny",z\r\nc,d\r\n',
      [1, 2, 4],
    ],
    ['LF records with CRLF inside a cell', 'a,b\n"\r\n",z\nc,d\n', [1, 2, 4]],
    ['CR-only line ends', 'a,b\rc,d\r\re,f', [1, 2, 4]],
  ])('numbers lines right with %s', async (_name, text, lines) => {
    expect((await readAll(text)).map((r) => r.line)).toEqual(lines);
  });

  it('passes ragged rows through for the importer to report', async () => {
    expect(
      (await readAll('a,b,c\n1,2\n1,2,3,4\n')).map((r) => r.cells.length),
    ).toEqual([3, 2, 4]);
  });

  it('refuses a file that is not UTF-8, saying where', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('a,b\nCaf'),
      Buffer.from([0xe9]),
      Buffer.from(',1\n'),
    ]);
    await expect(readAll(latin1)).rejects.toThrow(
      new ImportFileError(
        'the file is not UTF-8 text (an invalid byte at byte 8); save it as CSV UTF-8',
      ),
    );
  });

  it.each([1, 2, 3, 7, 1_000])(
    'names the byte and line of a bad byte wherever the chunks split (%i-byte chunks)',
    async (chunkSize) => {
      // "a,b\r\n1,€\n" is 11 bytes (€ is E2 82 AC); then line 3 holds "x," and a lone 0x80 at byte 14.
      const file = Buffer.concat([
        Buffer.from('a,b\r\n1,€\nx,'),
        Buffer.from([0x80]),
        Buffer.from('\n'),
      ]);
      const error = (await readAll(file, chunkSize).catch(
        (e: unknown) => e,
      )) as ImportFileError;
      expect(error).toEqual(
        new ImportFileError(
          'the file is not UTF-8 text (an invalid byte at byte 14); save it as CSV UTF-8',
        ),
      );
      expect(error.line).toBe(3);
    },
  );

  it('names the line where a broken record starts, in a CRLF file too', async () => {
    // csv-parse itself says line 5 here (it counts CR and LF apart): the file has three lines.
    const error = (await readAll('a,b,c\r\nx,1,",,\r\ny,2,3\r\n').catch(
      (e: unknown) => e,
    )) as ImportFileError;
    expect(error).toEqual(
      new ImportFileError(
        'the file is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote',
      ),
    );
    expect(error.line).toBe(2);
  });

  it('refuses an unclosed quote as broken CSV', async () => {
    const error = await readAll('a,b\n1,"open\n2,3\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).message).toMatch(
      /^the file is not valid CSV/,
    );
  });

  it('reads an empty file as no records', async () => {
    expect(await readAll('')).toEqual([]);
  });
});

describe(detectDelimiter.name, () => {
  it.each([
    ['a,b,c', ','],
    ['a;b;c', ';'],
    ['"a;b",c', ','],
    ['"x,y";"z,w";v', ';'],
    ['single', ','],
  ])('%s → %s', (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });
});
