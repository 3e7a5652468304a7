import { parseNumberText } from './number-text';

describe(parseNumberText.name, () => {
  it.each([
    ['', null],
    ['   ', null],
    ['12', 12],
    [' 12 ', 12],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['12.', 12],
    ['-3', -3],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['£1,200', 1200],
    ['8%', 8],
  ])('reads %p as %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['abc', '12abc', '1.2.3', '1,23', '1,2345', '.', '-', '£', '1e5'])(
    'refuses %p (NaN, so the form says so)',
    (text) => {
      expect(parseNumberText(text)).toBeNaN();
    },
  );
});
