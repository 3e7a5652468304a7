import { tz } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { compileDateFormat, dateFormatProblem } from './compiled-format';

// Formats the specialised reader handles, as users write them.
const FORMATS = [
  'MM/dd/yyyy hh:mm:ss a',
  'd/M/yyyy HH:mm',
  'd/M/yyyy h:mm aaa',
  'yyyy/MM/dd HH:mm:ss.SSS',
  'dd-MM-yy HH:mm',
  "yyyy-MM-dd'T'HH:mm:ss.SSXXX",
  'dd MMM yyyy H:mm:ss',
  'MMMM d, yyyy h:mm a',
  'yyyyMMdd HHmmss',
  "d.M.yyyy 'at' H:mm xx",
];

const inUtc = tz('UTC');
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

describe('compileDateFormat against date-fns parse', () => {
  it('reads every time date-fns writes as date-fns parse reads it (1970–2049, in UTC)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMATS),
        fc.integer({
          min: Date.UTC(1970, 0, 1),
          max: Date.UTC(2049, 11, 31, 23, 59, 59, 999),
        }),
        (pattern, epochMs) => {
          const text = format(new Date(epochMs), pattern, { in: inUtc });
          const expected = parse(text, pattern, REFERENCE, { in: inUtc });
          const result = compileDateFormat(pattern)(text);
          expect(isValid(expected)).toBe(true);
          expect(
            result.ok &&
              result.value.wallClockMs - (result.value.offsetMs ?? 0),
          ).toBe(expected.getTime());
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('refuses what date-fns parse refuses (random texts near the format)', () => {
    const pattern = 'd/M/yyyy H:mm';
    fc.assert(
      fc.property(
        fc.stringMatching(
          /^\d{1,2}\/\d{1,2}\/(19[7-9]\d|20\d\d) \d{1,2}:\d{2}$/,
        ),
        (text) => {
          const expected = parse(text, pattern, REFERENCE, { in: inUtc });
          const result = compileDateFormat(pattern)(text);
          expect(result.ok ? result.value.wallClockMs : null).toBe(
            isValid(expected) ? expected.getTime() : null,
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('accepts every format it is tested with', () => {
    expect(FORMATS.map(dateFormatProblem)).toEqual(FORMATS.map(() => null));
  });
});
