import {
  MAX_COUNT,
  parseCount,
  parseMonday,
  parseOptionalCount,
  parseOptionalDecimal,
  requiredText,
} from './cell-values';

describe(parseCount.name, () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['  42 ', 42],
    ['007', 7],
    ['12.0', 12], // spreadsheets and pandas write integers so
    ['12.000', 12],
    [String(MAX_COUNT), MAX_COUNT],
  ])('reads %p as %d', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['1.5', 'must be a whole number'],
    ['1,5', 'must be a whole number'],
    ['.5', 'must be a whole number'],
    ['-3', 'must not be negative'],
    ['- 3', 'must not be negative'],
    ['-0', 'must not be negative'],
    ['abc', 'must be a whole number of 0 or more'],
    ['1e3', 'must be written out, without an exponent'],
    ['1E+3', 'must be written out, without an exponent'],
    ['1,000', 'must be written without thousands separators'],
    ['1 000', 'must be written without thousands separators'],
    ["1'000", 'must be written without thousands separators'],
    ['2147483648', `is too large (at most ${MAX_COUNT})`],
    ['9'.repeat(400), `is too large (at most ${MAX_COUNT})`],
    [
      '=SUM(A1:A3)',
      'must be a plain whole number of 0 or more: signs and formulas are not evaluated',
    ],
    [
      '+1',
      'must be a plain whole number of 0 or more: signs and formulas are not evaluated',
    ],
    [
      '@x',
      'must be a plain whole number of 0 or more: signs and formulas are not evaluated',
    ],
    ['-1+1', 'must not be negative'],
    ['0x10', 'must be a whole number of 0 or more'],
    ['NaN', 'must be a whole number of 0 or more'],
    ['Infinity', 'must be a whole number of 0 or more'],
    ['١٢', 'must be a whole number of 0 or more'], // Arabic-Indic digits
    ['１２', 'must be a whole number of 0 or more'], // full-width digits
    ['12 requests', 'must be a whole number of 0 or more'],
    ['1.', 'must be a whole number of 0 or more'],
  ])('refuses %p: %s', (text, message) => {
    expect(parseCount(text)).toEqual({ ok: false, message });
  });
});

describe(parseOptionalCount.name, () => {
  it('reads empty as null and otherwise as parseCount', () => {
    expect(parseOptionalCount(' ')).toEqual({ ok: true, value: null });
    expect(parseOptionalCount('3')).toEqual({ ok: true, value: 3 });
    expect(parseOptionalCount('-3')).toEqual({
      ok: false,
      message: 'must not be negative',
    });
  });
});

describe(parseOptionalDecimal.name, () => {
  it.each([
    ['', null],
    ['  ', null],
    ['0', 0],
    ['10.3', 10.3],
    [' 0.99 ', 0.99],
    ['.5', 0.5],
    ['5.', 5],
    ['120', 120],
  ])('reads %p as %p', (text, value) => {
    expect(parseOptionalDecimal(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,5', 'must use "." as the decimal separator (1.5)'],
    [',5', 'must use "." as the decimal separator (.5)'],
    ['-0.5', 'must not be negative'],
    ['-.5', 'must not be negative'],
    ['1e3', 'must be written out, without an exponent'],
    ['1.5e-3', 'must be written out, without an exponent'],
    [
      '=1/0',
      'must be a plain number of 0 or more, such as 12.5: signs and formulas are not evaluated',
    ],
    [
      '+1',
      'must be a plain number of 0 or more, such as 12.5: signs and formulas are not evaluated',
    ],
    [
      '@SUM(1)',
      'must be a plain number of 0 or more, such as 12.5: signs and formulas are not evaluated',
    ],
    ['NaN', 'must be a number of 0 or more, such as 12.5'],
    ['Infinity', 'must be a number of 0 or more, such as 12.5'],
    ['1.2.3', 'must be a number of 0 or more, such as 12.5'],
    ['1,000.5', 'must be a number of 0 or more, such as 12.5'],
    ['ten', 'must be a number of 0 or more, such as 12.5'],
    ['9'.repeat(400), 'is too large'],
  ])('refuses %p: %s', (text, message) => {
    expect(parseOptionalDecimal(text)).toEqual({ ok: false, message });
  });
});

describe(parseMonday.name, () => {
  it.each([['2026-01-05'], [' 2026-03-02 '], ['2024-02-26']])(
    'accepts %p',
    (text) => {
      expect(parseMonday(text)).toEqual({ ok: true, value: text.trim() });
    },
  );

  it.each([
    ['2026-01-06', 'must be a Monday; 2026-01-06 is a Tuesday'],
    ['2026-03-15', 'must be a Monday; 2026-03-15 is a Sunday'],
    ['2024-02-29', 'must be a Monday; 2024-02-29 is a Thursday'],
    ['2026-02-30', 'must be a date written YYYY-MM-DD'],
    ['05/01/2026', 'must be a date written YYYY-MM-DD'],
    ['2026-1-5', 'must be a date written YYYY-MM-DD'],
    [
      '2026-01-05T00:00:00Z',
      'must be a date without a time, written YYYY-MM-DD',
    ],
    ['2026-01-05 00:00', 'must be a date without a time, written YYYY-MM-DD'],
    ['=TODAY()', 'must be a date written YYYY-MM-DD'],
    ['', 'is empty'],
  ])('refuses %p: %s', (text, message) => {
    expect(parseMonday(text)).toEqual({ ok: false, message });
  });
});

describe(requiredText.name, () => {
  const parse = requiredText({ maxLength: 10 });

  it.each([
    [' IT ', 'IT'],
    ['=SUM(A1)', '=SUM(A1)'], // formulas are text, never evaluated
    ['+1', '+1'],
    ['-1', '-1'],
    ['@x', '@x'],
    ['Ärztin', 'Ärztin'],
  ])('keeps %p as the text %p', (text, value) => {
    expect(parse(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'is empty'],
    [' \t ', 'is empty'],
    ['x'.repeat(11), 'is longer than 10 characters'],
    ['a\u0000b', 'contains a control character (U+0000)'],
    ['tab\there', 'contains a control character (U+0009)'],
    ['line\nbreak', 'contains a control character (U+000A)'],
    ['del\u007F', 'contains a control character (U+007F)'],
  ])('refuses %p: %s', (text, message) => {
    expect(parse(text)).toEqual({ ok: false, message });
  });
});
