import { Readable } from 'node:stream';
import fc from 'fast-check';
import {
  AUDIT_COLUMNS,
  findDuplicateAuditRows,
  mapHeader,
  METRICS_COLUMNS,
  findDuplicateMetricsRows,
  parseAuditRow,
  parseMetricsRow,
} from '@esm-planner/domain-imports';
import { csvRecords } from '../readers/csv-records';
import { ImportFileError } from '../readers/source-record';
import { collectRows } from './row-collector';

const AUDIT_HEADER =
  'department,request_type,channel,count,avg_handling_minutes,avg_first_response_hours';
const METRICS_HEADER =
  'department,week_start,total,deflected,no_touch,resolved,sla_met,sla_tracked,mean_resolution_hours';

// Cells a hostile or careless spreadsheet produces.
const hostileCell = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    '-1',
    '1.5',
    '1e3',
    '=SUM(A1:A9)',
    '+1',
    '@cmd',
    '"',
    '""',
    '\r\n',
    ';',
    '9'.repeat(400),
    'x'.repeat(1500),
    '2026-02-30',
    '2026-03-02',
    'EMAIL',
    'Fax',
    '\u0000',
    'é',
  ),
  fc.integer({ min: -1000, max: 1_000_000 }).map(String),
);
const csvCell = hostileCell.map((cell) =>
  /[",\r\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell,
);
const row = fc
  .array(csvCell, { minLength: 0, maxLength: 10 })
  .map((cells) => cells.join(','));

async function collect(text: string | Buffer, format: 'audit' | 'metrics') {
  const source = {
    records: csvRecords(
      Readable.from([Buffer.isBuffer(text) ? text : Buffer.from(text)]),
    ),
    trailingEmptyCellsDropped: false,
  };
  return format === 'audit'
    ? collectRows({
        source,
        onRows: () => undefined,
        mapHeader: (header) => mapHeader({ header, columns: AUDIT_COLUMNS }),
        parseRow: parseAuditRow,
        findDuplicates: (rows) => findDuplicateAuditRows({ rows }),
      })
    : collectRows({
        source,
        onRows: () => undefined,
        mapHeader: (header) => mapHeader({ header, columns: METRICS_COLUMNS }),
        parseRow: parseMetricsRow,
        findDuplicates: (rows) => findDuplicateMetricsRows({ rows }),
      });
}

/** Either a file-level refusal or a report: rows and errors that point into the file. */
async function expectReportOrRefusal(
  text: string | Buffer,
  format: 'audit' | 'metrics',
): Promise<void> {
  let collected: Awaited<ReturnType<typeof collect>>;
  try {
    collected = await collect(text, format);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return;
  }
  const lines = (Buffer.isBuffer(text) ? text.toString('utf8') : text).split(
    /\r\n|\r|\n/,
  ).length;
  for (const error of collected.errors) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lines);
    expect(error.message.length).toBeGreaterThan(0);
    if (error.value !== undefined)
      expect(error.value.length).toBeLessThanOrEqual(101);
  }
  // Something always comes back: stored rows or at least one error.
  expect(collected.rows.length + collected.errors.length).toBeGreaterThan(0);
}

describe('importing hostile files', () => {
  it('always ends in a report or a clear refusal, never a crash (audit rows)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) =>
        expectReportOrRefusal([AUDIT_HEADER, ...rows].join('\n'), 'audit'),
      ),
      { seed: 20260302, numRuns: 300 },
    );
  });

  it('always ends in a report or a clear refusal, never a crash (weekly metrics)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) =>
        expectReportOrRefusal([METRICS_HEADER, ...rows].join('\n'), 'metrics'),
      ),
      { seed: 20260105, numRuns: 300 },
    );
  });

  it('handles arbitrary bytes, including broken UTF-8 and binary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) =>
        expectReportOrRefusal(Buffer.from(bytes), 'audit'),
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
