import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ImportFileError, SourceRecord } from './source-record';
import { checkXlsxZip } from './xlsx-zip-checks';

type CellValue = ExcelJS.CellValue;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A cell as the text a CSV export would hold. Formulas are never evaluated:
 * the value Excel saved with the formula is used. Dates become ISO dates.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText.map((run) => run.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

/** Streams the rows of the first worksheet of an XLSX workbook. */
export async function* xlsxRecords(
  input: Readable,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<SourceRecord> {
  let bytes = 0;
  input.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    onBytes?.(bytes);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        // row.values is 1-based: index 0 is always empty.
        const values = (
          Array.isArray(row.values) ? row.values.slice(1) : []
        ) as CellValue[];
        const cells = Array.from(values, (value) => cellText(value ?? null));
        while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
        if (cells.length > 0) yield { line: row.number, cells };
      }
      return; // only the first worksheet
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(
      `the file is not a readable XLSX workbook (${error instanceof Error ? error.message : 'unknown error'})`,
    );
  }
}

/**
 * The records of a staged XLSX file, read in the current thread (a worker of
 * the compute pool), after the zip checks: they bound what ExcelJS keeps in
 * memory (its shared-string cache, which resolving cell text needs) and what
 * it unpacks.
 */
export async function* readXlsxFile(
  path: string,
): AsyncGenerator<SourceRecord> {
  await checkXlsxZip(path);
  yield* xlsxRecords(createReadStream(path, { highWaterMark: 256 * 1024 }));
}
