import { sqlDateFormat } from './sql-date-format';

describe(sqlDateFormat.name, () => {
  it('reads a fixed-width US 12-hour format by position', () => {
    // MM/dd/yyyy hh:mm:ss a: 03/05/2026 05:50:00 AM — month at 1, day at 4, year at 7 (4 digits),
    // hour at 12, minute at 15, second at 18, AM/PM at 21.
    const format = sqlDateFormat('MM/dd/yyyy hh:mm:ss a')!;
    expect(format.shape).toBe('^[0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [AaPp][Mm]$');
    expect(format.period).toBe(true);
    expect(format.periodAbsolute).toBe(21);
    expect(format.spaceAtEdge).toBe(false);
    expect(format.fields).toEqual({
      month: { element: 1, offset: 1, width: 2, absolute: 1 },
      day: { element: 2, offset: 1, width: 2, absolute: 4 },
      year: { element: 3, offset: 1, width: 4, absolute: 7 },
      hour12: { element: 4, offset: 1, width: 2, absolute: 12 },
      minute: { element: 5, offset: 1, width: 2, absolute: 15 },
      second: { element: 6, offset: 1, width: 2, absolute: 18 },
    });
    // Literals become commas, AM/PM letters are dropped: "03/05/2026 05:50:00 AM" → "03,05,2026,05,50,00,".
    expect(format.from).toBe('/ :AaPpMm');
    expect(format.to).toBe(',,,');
  });

  it('reads runs of digits of varying width by element once the literals are commas', () => {
    // ServiceNow's d/M/yyyy HH:mm: 29/2/2016 01:16 → "29,2,2016,01,16".
    const format = sqlDateFormat('d/M/yyyy HH:mm')!;
    expect(format.shape).toBe('^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4} [0-9]{2}:[0-9]{2}$');
    expect(format.fields.day).toEqual({ element: 1, offset: 1, width: null, absolute: 1 });
    expect(format.fields.month).toEqual({ element: 2, offset: 1, width: null, absolute: null });
    expect(format.fields.hour).toEqual({ element: 4, offset: 1, width: 2, absolute: null });
    expect(format.periodAbsolute).toBeNull();
  });

  it('knows where AM/PM is only while every field before it has a fixed width, and a space at either end', () => {
    expect(sqlDateFormat('M/d/yyyy h:mma')!.periodAbsolute).toBeNull();
    expect(sqlDateFormat('hh:mm a, dd/MM/yyyy')!.periodAbsolute).toBe(7);
    expect(sqlDateFormat("' 'yyyy-MM-dd")!.spaceAtEdge).toBe(true);
    expect(sqlDateFormat("yyyy-MM-dd' '")!.spaceAtEdge).toBe(true);
    expect(sqlDateFormat("yyyy-MM-dd' 'HH:mm")!.spaceAtEdge).toBe(false);
  });

  it('reads fixed-width fields side by side', () => {
    const format = sqlDateFormat("yyyyMMdd'T'HHmmss.SSS")!;
    expect(format.fields.month).toEqual({ element: 1, offset: 5, width: 2, absolute: 5 });
    expect(format.fields.fraction).toEqual({ element: 3, offset: 1, width: 3, absolute: 17 });
    expect(format.fractionScale).toBe(1);
  });

  it('leaves to JavaScript what a regular expression could read differently from the engine', () => {
    expect(sqlDateFormat('Hmm')).toBeNull(); // a variable run right before digits: "930" is 9:30 for a regex, nothing for the scanner
    expect(sqlDateFormat('MMM d, yyyy')).toBeNull(); // month names
    expect(sqlDateFormat("yyyy-MM-dd'T'HH:mmXXX")).toBeNull(); // an offset in a custom format
    expect(sqlDateFormat('M/d/yyyy h:mm a.')).toBeNull(); // "a." could be read as "AM." by the scanner
    expect(sqlDateFormat('M/d/yyyy h:ma')).toBeNull(); // a variable run right before AM/PM
    expect(sqlDateFormat('M/d/yyyy h:mma')).not.toBeNull(); // a fixed one is fine
    expect(sqlDateFormat("yyyy-MM-dd 'at' h:mm a")).toBeNull(); // AM/PM letters in a literal
    expect(sqlDateFormat('yyyy-MM-dd HH:mm HH')).toBeNull(); // a field twice
  });
});
