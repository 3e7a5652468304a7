import fc from 'fast-check';
import { CopySafeScanner } from './copy-safe-scanner';

function scan(
  text: string,
  chunkSize = 3,
): { eligible: boolean; lines: number } {
  const scanner = new CopySafeScanner(','.charCodeAt(0));
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += chunkSize)
    scanner.write(bytes.subarray(at, at + chunkSize));
  return { eligible: scanner.end(), lines: scanner.lines };
}

describe('CopySafeScanner', () => {
  it('accepts plain records and quoted fields with separators and doubled quotes', () => {
    expect(scan('a,b\n1,2\r\n"x,y","say ""hi""",\n')).toEqual({
      eligible: true,
      lines: 3,
    });
    expect(scan('a,b\n"",3')).toEqual({ eligible: true, lines: 1 });
  });

  it('refuses a record over two lines, stray quotes and the end-of-data marker', () => {
    expect(scan('a,b\n"one\ntwo",2\n').eligible).toBe(false);
    expect(scan('a,b\n"one\r\ntwo",2\n').eligible).toBe(false);
    expect(scan('a,b\nab"c,2\n').eligible).toBe(false);
    expect(scan('a,b\n"ab"c,2\n').eligible).toBe(false);
    expect(scan('a,b\n\\.\n1,2\n').eligible).toBe(false);
    expect(scan('a,b\n"open,2\n').eligible).toBe(false);
  });

  it('does not care how the bytes are chunked', () => {
    const text = 'a,b\n"x ""y""",2\n\\x,3\n';
    for (const size of [1, 2, 5, 100])
      expect(scan(text, size)).toEqual({ eligible: true, lines: 3 });
  });
});

describe('CopySafeScanner on plain chunks', () => {
  // Skipping chunks without quotes or backslashes must decide exactly as
  // reading every byte does, wherever the file is cut into chunks.
  it('decides as the byte-by-byte reading for any file and any chunking', () => {
    const pieces = [
      'a',
      'b',
      ',',
      ';',
      '\n',
      '\r\n',
      '\r',
      '"',
      '""',
      '\\',
      '\\.',
      ' ',
      '1',
      'x,"y",z\n',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 9 }), {
          minLength: 1,
          maxLength: 20,
        }),
        (parts, cuts) => {
          const bytes = Buffer.from(parts.join(''));
          const reference = new CopySafeScanner(0x2c, false);
          const scanner = new CopySafeScanner(0x2c);
          let at = 0;
          for (let i = 0; at < bytes.length; i += 1) {
            const next = Math.min(bytes.length, at + cuts[i % cuts.length]);
            reference.write(bytes.subarray(at, next));
            scanner.write(bytes.subarray(at, next));
            at = next;
          }
          expect([scanner.end(), scanner.lines]).toEqual([
            reference.end(),
            reference.lines,
          ]);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
