import fc from 'fast-check';
import { countLineBreaks, firstInvalidUtf8 } from './utf8-position';

describe(firstInvalidUtf8.name, () => {
  it.each([
    ['ASCII', [0x61, 0x62], null],
    ['é and €', [0xc3, 0xa9, 0xe2, 0x82, 0xac], null],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['Latin-1 é', [0x43, 0x61, 0x66, 0xe9, 0x2c], 3],
    ['an overlong slash (C0 AF)', [0xc0, 0xaf], 0],
    ['a surrogate (ED A0 80)', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a character cut at the end (not yet wrong)', [0x61, 0xe2, 0x82], null],
    ['a lead byte followed by ASCII', [0xe2, 0x41, 0x41], 0],
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('agrees with the fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes, {
            stream: true,
          });
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === null).toBe(valid);
      }),
      { numRuns: 5_000 },
    );
  });
});

describe(countLineBreaks.name, () => {
  it('counts CRLF, LF and a lone CR once each, across a chunk boundary too', () => {
    expect(countLineBreaks(Buffer.from('a\r\nb\nc\rd'), false)).toEqual({
      breaks: 3,
      endsInCR: false,
    });
    expect(countLineBreaks(Buffer.from('a\r'), false)).toEqual({
      breaks: 1,
      endsInCR: true,
    });
    expect(countLineBreaks(Buffer.from('\nb'), true)).toEqual({
      breaks: 0,
      endsInCR: false,
    });
  });
});
