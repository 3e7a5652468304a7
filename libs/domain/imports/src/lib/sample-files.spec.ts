import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_COLUMNS, parseAuditRow } from './audit-row';
import { findDuplicateAuditRows, findDuplicateMetricsRows } from './duplicates';
import { mapHeader } from './header';
import { ImportError } from './import-error';
import { METRICS_COLUMNS, parseMetricsRow } from './metrics-row';
import { parseRequestRow, REQUEST_COLUMNS } from './request-row';

// The sample files, copied into the repository's test fixtures
// (tests/fixtures/README.md says where they come from).
const FIXTURES = join(__dirname, '../../../../../tests/fixtures');

// A plain split stands in for the API's CSV reader; it is only right for a
// file without quotes, which each test asserts first.
function records(file: string): { line: number; cells: string[] }[] {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  expect(text).not.toContain('"');
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, cells: line.split(',') }))
    .filter(({ cells }) => cells.join('') !== '');
}

type Parsed<Row> =
  { ok: true; row: Row } | { ok: false; errors: ImportError[] };

/** Valid rows with their lines, and every error, as an importer collects them. */
function collect<Row>(
  results: readonly { line: number; result: Parsed<Row> }[],
): { rows: (Row & { line: number })[]; errors: ImportError[] } {
  const rows: (Row & { line: number })[] = [];
  const errors: ImportError[] = [];
  for (const { line, result } of results) {
    if (result.ok) rows.push({ ...result.row, line });
    else errors.push(...result.errors);
  }
  return { rows, errors };
}

function importAudit(file: string) {
  const [header, ...rest] = records(file);
  const mapping = mapHeader({ header: header.cells, columns: AUDIT_COLUMNS });
  if (!mapping.ok) throw new Error(JSON.stringify(mapping.errors));
  const { columns, headerWidth } = mapping;
  return collect(
    rest.map(({ line, cells }) => ({
      line,
      result: parseAuditRow({ record: cells, line, columns, headerWidth }),
    })),
  );
}

function importMetrics(file: string) {
  const [header, ...rest] = records(file);
  const mapping = mapHeader({ header: header.cells, columns: METRICS_COLUMNS });
  if (!mapping.ok) throw new Error(JSON.stringify(mapping.errors));
  const { columns, headerWidth } = mapping;
  return collect(
    rest.map(({ line, cells }) => ({
      line,
      result: parseMetricsRow({ record: cells, line, columns, headerWidth }),
    })),
  );
}

describe('the sample files (tests/fixtures)', () => {
  it('imports every record of the sample audit without an error', () => {
    const { rows, errors } = importAudit('audit-2026-03-02_2026-03-15.csv');
    expect(errors).toEqual([]);
    expect(findDuplicateAuditRows({ rows })).toEqual([]);
    expect(rows).toHaveLength(139);
    // Every channel in the file is a canonical name: nothing maps to OTHER.
    expect(rows.filter((row) => row.mappedToOther)).toEqual([]);
    // IT's total, as worked in the audit library's sample test: 1840.
    const it = rows.filter((row) => row.department === 'IT');
    expect(it.reduce((sum, row) => sum + row.count, 0)).toBe(1840);
  });

  it('imports every record of the weekly metrics without an error', () => {
    const { rows, errors } = importMetrics('weekly-metrics-2026H1.csv');
    expect(errors).toEqual([]);
    expect(findDuplicateMetricsRows({ rows })).toEqual([]);
    // 26 weeks of IT, HR and Finance
    expect(rows).toHaveLength(78);
    expect(rows[0]).toEqual({
      line: 2,
      department: 'IT',
      weekStart: '2026-01-05',
      total: 259,
      deflected: 23,
      noTouch: 15,
      resolved: 247,
      slaMet: null,
      slaTracked: null,
      meanResolutionHours: null,
    });
  });
});

describe('the sample request file (format 2)', () => {
  // The sample data's README says 10 893 rows; the file holds 10 716 (wc -l: 10 717 lines with the header).
  it('reads every one of its 10,716 requests without an error', () => {
    const [header, ...rest] = records('requests-2026H1.csv');
    const mapping = mapHeader({
      header: header.cells,
      columns: REQUEST_COLUMNS,
    });
    if (!mapping.ok) throw new Error(JSON.stringify(mapping.errors));
    const results = rest.map(({ line, cells }) => ({
      line,
      result: parseRequestRow({
        record: cells,
        line,
        columns: mapping.columns,
        headerWidth: mapping.headerWidth,
        timeZone: 'UTC',
      }),
    }));
    const { rows, errors } = collect(results);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(10_716);
    expect(new Set(rows.map((row) => row.externalId)).size).toBe(rows.length);
    expect(rows.every((row) => !row.readInTimeZone)).toBe(true);
  });
});
