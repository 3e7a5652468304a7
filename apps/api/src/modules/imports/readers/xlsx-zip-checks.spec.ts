import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tinyZip, ZipFile } from '../../../../test/support/tiny-zip';
import { readXlsxFile } from './xlsx-records';
import { checkXlsxZip, XLSX_LIMITS } from './xlsx-zip-checks';

const MiB = 1024 * 1024;
const tiny = (name: string, text = '<x/>'): ZipFile => ({
  name,
  data: Buffer.from(text),
});

describe(checkXlsxZip.name, () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'xlsx-checks-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  let count = 0;
  const staged = async (bytes: Buffer | ArrayBuffer) => {
    const path = join(dir, `file-${(count += 1)}.xlsx`);
    await writeFile(path, Buffer.from(bytes as ArrayBuffer));
    return path;
  };
  const refusal = async (bytes: Buffer) => {
    const error = await checkXlsxZip(await staged(bytes)).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).not.toBeNull();
    return error!.message;
  };

  it('accepts a workbook as ExcelJS writes it (data descriptors, deflate) and reads it after', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Audit');
    sheet.addRow(['department', 'request_type', 'channel', 'count']);
    for (let i = 0; i < 2_000; i += 1)
      sheet.addRow(['HR', `Type ${i}`, 'EMAIL', i]);
    const path = await staged(await book.xlsx.writeBuffer());
    await expect(checkXlsxZip(path)).resolves.toBeUndefined();
    const records = [];
    for await (const record of readXlsxFile(path)) records.push(record);
    expect(records).toHaveLength(2_001);
    expect(records[2_000]).toEqual({
      line: 2_001,
      cells: ['HR', 'Type 1999', 'EMAIL', '1999'],
    });
  });

  it('refuses more files than the limit', async () => {
    const files = Array.from({ length: XLSX_LIMITS.entries + 1 }, (_, i) =>
      tiny(`xl/f${i}.xml`),
    );
    expect(await refusal(tinyZip(files))).toBe(
      'the workbook was refused before reading: it holds 1001 files; at most 1000 are accepted (limit: entries)',
    );
  });

  it('refuses a file declared larger than the limit, before unpacking it', async () => {
    const lying = {
      ...tiny('xl/worksheets/sheet1.xml'),
      declaredUnpacked: 101 * MiB,
    };
    expect(await refusal(tinyZip([lying]))).toMatch(
      /sheet1\.xml unpacks to 105906176 bytes; at most 100 MiB per file \(limit: uncompressed size\)$/,
    );
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    // 50 MiB of zeros pack to ~50 KB: about 1,000 times.
    const bomb: ZipFile = {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.alloc(50 * MiB),
    };
    expect(await refusal(tinyZip([bomb]))).toMatch(
      /sheet1\.xml unpacks \d{3,} times its packed size; at most 200 \(limit: compression ratio\)$/,
    );
  });

  it('refuses a file that unpacks to more than it declares, counting as it unpacks', async () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `<row r="${i}"><c><v>${i * 7919}</v></c></row>`,
    ).join('');
    const lying = {
      ...tiny('xl/worksheets/sheet1.xml', text),
      declaredUnpacked: 10_000,
    };
    expect(await refusal(tinyZip([lying]))).toMatch(
      /sheet1\.xml unpacks to more than the 10000 bytes its index declares \(limit: uncompressed size\)$/,
    );
  });

  it('refuses shared strings declared larger than their limit', async () => {
    const strings = {
      ...tiny('xl/sharedStrings.xml', '<sst/>'),
      declaredUnpacked: 33 * MiB,
    };
    expect(await refusal(tinyZip([strings]))).toMatch(
      /xl\/sharedStrings\.xml unpacks to 34603008 bytes; at most 32 MiB \(limit: shared strings size\)$/,
    );
  });

  it('refuses more shared strings than the limit, counted in the unpacked XML', async () => {
    const items = Array.from(
      { length: XLSX_LIMITS.sharedStrings + 1 },
      (_, i) => `<si><t>${(i * 2_654_435_761) % 4_294_967_296}</t></si>`,
    );
    const strings = tiny(
      'xl/sharedStrings.xml',
      `<sst count="1">${items.join('')}</sst>`,
    );
    expect(await refusal(tinyZip([strings]))).toMatch(
      /holds more than 500000 strings \(limit: shared strings count\)$/,
    );
  });

  it('refuses bytes hidden between the listed files (a streaming reader would read them)', async () => {
    const hidden = tinyZip([
      tiny('xl/sharedStrings.xml', '<sst><si><t>hidden</t></si></sst>'),
    ]).subarray(0, 60);
    expect(
      await refusal(
        tinyZip([tiny('a.xml'), tiny('b.xml')], { hiddenAfterFirst: hidden }),
      ),
    ).toBe(
      'the workbook was refused before reading: it holds data outside its listed files',
    );
  });

  it('refuses a file that is not a complete archive', async () => {
    const whole = tinyZip([tiny('a.xml')]);
    expect(await refusal(whole.subarray(0, whole.length - 10))).toMatch(
      /not a complete zip archive/,
    );
  });
});
