import { formatImportError, reportedValue } from './import-error';

describe(formatImportError.name, () => {
  it.each([
    [
      {
        line: 4,
        column: 4,
        message: 'count must not be negative',
        value: '-3',
      },
      'line 4, column 4: count must not be negative ("-3")',
    ],
    [
      {
        line: 9,
        column: null,
        message: 'the row has 5 cells but the header has 6',
      },
      'line 9: the row has 5 cells but the header has 6',
    ],
    [
      { line: 2, column: 1, message: 'department is empty', value: '' },
      'line 2, column 1: department is empty ("")',
    ],
  ])('formats %p', (error, expected) => {
    expect(formatImportError(error)).toBe(expected);
  });
});

describe(reportedValue.name, () => {
  it('keeps a short value', () => {
    expect(reportedValue('=SUM(A1:A9)')).toBe('=SUM(A1:A9)');
  });

  it('cuts a long one to 100 characters and an ellipsis', () => {
    expect(reportedValue('x'.repeat(5000))).toBe(`${'x'.repeat(100)}…`);
  });
});
