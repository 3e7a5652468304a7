import { sqlTimestampReader, zoneIntervals } from './sql-timestamps';

const wall = (text: string) => Date.parse(`${text}Z`);

describe(zoneIntervals.name, () => {
  it('has no changes in UTC or in a zone without daylight saving', () => {
    expect(zoneIntervals('UTC')).toEqual({ thresholds: [], offsets: [0] });
    // India has been UTC+05:30 since 1945.
    expect(zoneIntervals('Asia/Kolkata')).toEqual({ thresholds: [], offsets: [19_800] });
  });

  it('leaves New York’s 2026 gap and repeated hour without an offset', () => {
    const { thresholds, offsets } = zoneIntervals('America/New_York');
    // 8 March 2026, 02:00 EST → 03:00 EDT: wall clocks 02:00–03:00 do not exist.
    const spring = thresholds.indexOf(wall('2026-03-08T02:00:00'));
    expect(thresholds[spring + 1]).toBe(wall('2026-03-08T03:00:00'));
    expect(offsets.slice(spring, spring + 3)).toEqual([-18_000, null, -14_400]);
    // 1 November 2026, 02:00 EDT → 01:00 EST: wall clocks 01:00–02:00 happen twice.
    const autumn = thresholds.indexOf(wall('2026-11-01T01:00:00'));
    expect(thresholds[autumn + 1]).toBe(wall('2026-11-01T02:00:00'));
    expect(offsets.slice(autumn, autumn + 3)).toEqual([-14_400, null, -18_000]);
    // Two changes a year from 1970 to 2100 (the US rules changed in 1974–75, 1987 and 2007; 1974 had one change).
    expect(thresholds.length / 2).toBeGreaterThan(250);
    expect([...thresholds].sort((a, b) => a - b)).toEqual(thresholds);
  });

  it('finds half-hour changes (Lord Howe Island)', () => {
    const { thresholds, offsets } = zoneIntervals('Australia/Lord_Howe');
    // 5 April 2026, 02:00 +11:00 → 01:30 +10:30: 01:30–02:00 happens twice.
    const index = thresholds.indexOf(wall('2026-04-05T01:30:00'));
    expect(thresholds[index + 1]).toBe(wall('2026-04-05T02:00:00'));
    expect(offsets.slice(index, index + 3)).toEqual([39_600, null, 37_800]);
  });
});

describe(sqlTimestampReader.name, () => {
  const read = (dateFormat: string | null, missingKeys: string[]) => {
    const reader = sqlTimestampReader({ dateFormat, otherDateFormats: [], timeZone: 'UTC', missingKeys, missingParameter: () => '$1', parameter: () => '$2' });
    return reader!.read('r.c1', 't1').lateral;
  };

  it('tests a cell of a format whose shape proves it plain and present only for its shape', () => {
    // 03/05/2026 05:50:00 AM has digits, "/", " ", ":" and AM: plain ASCII, no space at an end, and "n/a" cannot have that shape.
    expect(read('MM/dd/yyyy hh:mm:ss a', ['n/a'])).toContain('CASE WHEN coalesce(fmt IN (0), false) THEN false ELSE');
  });

  it('tests every cell when a missing value has the shape, or the format could end in a space (ISO-8601 before an offset)', () => {
    // "00000000" is a missing value of the yyyyMMdd shape: such a cell must be read as missing.
    expect(read('yyyyMMdd', ['00000000'])).not.toContain('fmt IN');
    expect(read(null, [])).not.toContain('fmt IN');
  });

  it('tries the ISO-8601 shape only on cells with a dash 5th and 8th', () => {
    // A ServiceNow cell 29/2/2016 01:16 fails the LIKE and never reaches the regular expression.
    expect(read(null, [])).toContain(`WHEN v LIKE '____-__-%' AND v ~ '^[0-9]{4}-`);
  });
});
