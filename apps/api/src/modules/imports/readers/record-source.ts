import { stat } from 'node:fs/promises';
import { csvRecords } from './csv-records';
import { ImportFileError, SourceRecord } from './source-record';
import { openStaged, stagedHead } from './staged-file';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An XLSX workbook is a zip archive; anything else is read as CSV text. */
export async function isXlsx(path: string): Promise<boolean> {
  return (await stagedHead(path, 4)).equals(ZIP_MAGIC);
}

export type RecordSource = {
  records: AsyncGenerator<SourceRecord>;
  // A workbook row ends at its last filled cell; a CSV line keeps its width.
  trailingEmptyCellsDropped: boolean;
  /** Stops reading (an importer that did not need the records). */
  close?: () => void;
};

/** Reads a whole staged XLSX file off the event loop: `ComputePool.run('readXlsx', …)`. */
export type XlsxReader = (path: string) => Promise<SourceRecord[]>;

async function* xlsxRecordsOffThread(
  path: string,
  readXlsx: XlsxReader,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<SourceRecord> {
  // A workbook is parsed whole in a worker thread (within the zip checks' size
  // limits); progress jumps to the end of the file once it is read.
  const records = await readXlsx(path);
  onBytes?.((await stat(path)).size);
  yield* records;
}

/** The records of a staged import file: CSV streamed, XLSX read in a worker thread. */
export async function readRecords(
  path: string,
  {
    onBytes,
    allowXlsx,
    readXlsx,
  }: {
    onBytes?: (bytes: number) => void;
    allowXlsx: boolean;
    readXlsx: XlsxReader;
  },
): Promise<RecordSource> {
  const xlsx = await isXlsx(path);
  // Request records can run to millions of rows: CSV streams in constant
  // memory, a workbook's shared strings do not (data-formats.md: XLSX is for
  // the small formats).
  if (xlsx && !allowXlsx)
    throw new ImportFileError(
      'request records are imported from CSV: save the sheet as "CSV UTF-8"',
      1,
    );
  if (xlsx)
    return {
      records: xlsxRecordsOffThread(path, readXlsx, onBytes),
      trailingEmptyCellsDropped: true,
    };
  const stream = await openStaged(path, 256 * 1024);
  return {
    records: csvRecords(stream, onBytes),
    trailingEmptyCellsDropped: false,
    close: () => stream.destroy(),
  };
}
