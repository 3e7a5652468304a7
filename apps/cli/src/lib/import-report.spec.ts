import {
  formatImportError,
  formatImportReport,
  ImportJobReport,
} from './import-report';

const job = (overrides: Partial<ImportJobReport>): ImportJobReport => ({
  id: 'job-1',
  status: 'SUCCEEDED',
  rowsRead: 3,
  rowsStored: 3,
  rowsDuplicate: 0,
  errorCount: 0,
  message: null,
  mappedToOther: [],
  errors: [],
  ...overrides,
});

describe(formatImportError.name, () => {
  it.each([
    [
      { line: 4, column: 3, message: 'unknown channel', value: 'FAX' },
      'line 4, column 3: unknown channel ("FAX")',
    ],
    [
      {
        line: 7,
        column: null,
        message: 'the row has 4 cells, the header 6',
        value: null,
      },
      'line 7: the row has 4 cells, the header 6',
    ],
  ])('%j → %s', (error, expected) => {
    expect(formatImportError(error)).toBe(expected);
  });
});

describe(formatImportReport.name, () => {
  it('summarises a success with the values mapped to OTHER', () => {
    expect(
      formatImportReport(
        job({ mappedToOther: [{ field: 'channel', value: 'Fax', count: 2 }] }),
      ),
    ).toEqual([
      'Import job-1: SUCCEEDED',
      '  rows read 3, stored 3, unchanged (duplicates) 0',
      '  channel "Fax" was stored as OTHER (2 rows)',
    ]);
  });

  it('lists the errors and says when only the first are shown', () => {
    const lines = formatImportReport(
      job({
        status: 'FAILED',
        rowsStored: 0,
        errorCount: 250,
        errors: [
          {
            line: 2,
            column: 4,
            message: 'count must be a whole number',
            value: '-1',
          },
        ],
      }),
    );
    expect(lines.slice(-2)).toEqual([
      '  Errors (the first 1 of 250):',
      '    line 2, column 4: count must be a whole number ("-1")',
    ]);
  });

  it('counts the rows skipped as invalid and names their problems so', () => {
    const lines = formatImportReport(
      job({
        rowsRead: 5,
        rowsStored: 4,
        rowsSkipped: 1,
        errorCount: 1,
        errors: [
          { line: 3, column: 2, message: 'is not a date', value: 'soon' },
        ],
      }),
    );
    expect(lines).toEqual([
      'Import job-1: SUCCEEDED',
      '  rows read 5, stored 4, unchanged (duplicates) 0, skipped (invalid) 1',
      '  Problems of the skipped rows:',
      '    line 3, column 2: is not a date ("soon")',
    ]);
  });

  it('says a dry run stored nothing', () => {
    expect(formatImportReport(job({ dryRun: true })).slice(0, 2)).toEqual([
      'Import job-1: SUCCEEDED (dry run: nothing was stored)',
      '  rows read 3, would store 3, unchanged (duplicates) 0',
    ]);
  });
});
