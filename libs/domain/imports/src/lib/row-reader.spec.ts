import { parseCount } from './cell-values';
import {
  isBlankRecord,
  MAX_CELL_LENGTH,
  recordWidthError,
  rowReader,
} from './row-reader';

describe(recordWidthError.name, () => {
  it('accepts a record as wide as the header', () => {
    expect(
      recordWidthError({ record: ['a', 'b'], line: 2, headerWidth: 2 }),
    ).toBeNull();
  });

  it.each([
    [['a'], 'the row has 1 cell but the header has 3'],
    [['a', '', ''], null],
    [
      ['a', 'b', 'c', '5'],
      'the row has 4 cells but the header has 3: a separator too many, or a value with a separator not in quotes',
    ],
  ])('judges %p against a header of 3', (record, message) => {
    const error = recordWidthError({ record, line: 7, headerWidth: 3 });
    expect(error).toEqual(
      message === null ? null : { line: 7, column: null, message },
    );
  });

  it('lets a reader that drops trailing empty cells give fewer, never more', () => {
    const input = { line: 3, headerWidth: 3, trailingEmptyCellsDropped: true };
    expect(recordWidthError({ ...input, record: ['a'] })).toBeNull();
    expect(
      recordWidthError({ ...input, record: ['a', 'b', 'c', 'd'] }),
    ).not.toBeNull();
  });
});

describe(isBlankRecord.name, () => {
  it.each([
    [[], true],
    [['', ' ', '\t'], true],
    [['', 'x'], false],
  ])('%p → %p', (record, blank) => {
    expect(isBlankRecord(record)).toBe(blank);
  });
});

describe(rowReader.name, () => {
  it('reports a problem with its 1-based column, field and value', () => {
    const { errors, read } = rowReader({ record: ['IT', '-3'], line: 5 });
    expect(read({ name: 'count', index: 1 }, parseCount)).toBeUndefined();
    expect(errors).toEqual([
      {
        line: 5,
        column: 2,
        field: 'count',
        message: 'count must not be negative',
        value: '-3',
      },
    ]);
  });

  it('reads an absent optional column as an empty cell, reported without a column', () => {
    const { errors, read } = rowReader({ record: ['IT'], line: 5 });
    expect(read({ name: 'total', index: null }, parseCount)).toBeUndefined();
    expect(errors).toEqual([
      { line: 5, column: null, field: 'total', message: 'total is empty' },
    ]);
  });

  it('refuses a cell over 1,000 characters before parsing it, and cuts the value', () => {
    const { errors, read } = rowReader({
      record: ['1'.repeat(MAX_CELL_LENGTH + 1)],
      line: 2,
    });
    expect(read({ name: 'count', index: 0 }, parseCount)).toBeUndefined();
    expect(errors).toEqual([
      {
        line: 2,
        column: 1,
        field: 'count',
        message: 'count is longer than 1,000 characters',
        value: `${'1'.repeat(100)}…`,
      },
    ]);
  });

  it('accepts a cell of exactly 1,000 characters', () => {
    const { errors, read } = rowReader({
      record: ['0'.repeat(MAX_CELL_LENGTH)],
      line: 2,
    });
    expect(read({ name: 'count', index: 0 }, parseCount)).toBe(0);
    expect(errors).toEqual([]);
  });
});
