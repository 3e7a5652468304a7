import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellText, xlsxRecords } from './xlsx-records';

async function workbookStream(rows: ExcelJS.CellValue[][]): Promise<Readable> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Audit');
  rows.forEach((row) => sheet.addRow(row));
  workbook.addWorksheet('Ignored').addRow(['not', 'read']);
  return Readable.from([Buffer.from(await workbook.xlsx.writeBuffer())]);
}

describe(xlsxRecords.name, () => {
  it('reads the first worksheet’s rows as text with their row numbers', async () => {
    const stream = await workbookStream([
      ['department', 'request_type', 'channel', 'count'],
      ['HR', 'Payslip query', 'EMAIL', 12],
      [],
      ['IT', { formula: 'A1&"x"', result: 'Password reset' }, 'PORTAL', 7.5],
    ]);
    const records = [];
    for await (const record of xlsxRecords(stream)) records.push(record);
    expect(records).toEqual([
      { line: 1, cells: ['department', 'request_type', 'channel', 'count'] },
      { line: 2, cells: ['HR', 'Payslip query', 'EMAIL', '12'] },
      { line: 4, cells: ['IT', 'Password reset', 'PORTAL', '7.5'] },
    ]);
  });
});

describe(cellText.name, () => {
  it.each([
    [null, ''],
    [42, '42'],
    [new Date(Date.UTC(2026, 2, 2)), '2026-03-02'],
    [{ richText: [{ text: 'Pay' }, { text: 'slip' }] }, 'Payslip'],
    [{ formula: '1+1', result: 2 }, '2'],
    [true, 'true'],
  ] as [ExcelJS.CellValue, string][])('%j → %j', (value, expected) => {
    expect(cellText(value)).toBe(expected);
  });
});
