import { copyLine, copyValue } from './copy-text';

describe(copyValue.name, () => {
  it.each([
    [null, '\\N'],
    ['plain', 'plain'],
    ['tab\there', 'tab\\there'],
    ['line\nbreak\r', 'line\\nbreak\\r'],
    ['back\\slash', 'back\\\\slash'],
    ['\\N', '\\\\N'],
    [12.5, '12.5'],
    [true, 'true'],
  ])('%p → %p', (value, expected) => {
    expect(copyValue(value)).toBe(expected);
  });
});

describe(copyLine.name, () => {
  it('joins with tabs and ends with a line feed', () => {
    expect(copyLine(['a', null, 3])).toBe('a\t\\N\t3\n');
  });
});
