import { formatsThatRead, ISO_FORMAT, readSample } from './date-formats';

describe(readSample.name, () => {
  it('reads the facilities sample’s US 12-hour times', () => {
    expect(
      readSample('03/05/2026 05:50:00 AM', 'MM/dd/yyyy hh:mm:ss a'),
    ).toEqual({ ok: true, text: 'Thu 5 Mar 2026, 05:50:00', offset: null });
    expect(
      readSample('06/19/2026 10:41:47 PM', 'MM/dd/yyyy hh:mm:ss a'),
    ).toEqual({ ok: true, text: 'Fri 19 Jun 2026, 22:41:47', offset: null });
    // 12 AM is just after midnight, 12 PM noon.
    expect(
      readSample('01/01/2026 12:05:00 AM', 'MM/dd/yyyy hh:mm:ss a'),
    ).toMatchObject({ text: 'Thu 1 Jan 2026, 00:05:00' });
    expect(
      readSample('01/01/2026 12:05:00 PM', 'MM/dd/yyyy hh:mm:ss a'),
    ).toMatchObject({ text: 'Thu 1 Jan 2026, 12:05:00' });
  });

  it('reads day-first dates as day first', () => {
    expect(readSample('5/3/2026 17:50', 'd/M/yyyy HH:mm')).toMatchObject({
      ok: true,
      text: 'Thu 5 Mar 2026, 17:50:00',
    });
  });

  it('keeps an ISO value’s wall clock and names its offset', () => {
    expect(readSample('2026-06-07T01:10:40+01:00', ISO_FORMAT)).toEqual({
      ok: true,
      text: 'Sun 7 Jun 2026, 01:10:40',
      offset: 'UTC+01:00',
    });
    expect(readSample('2026-06-07 01:10Z', ISO_FORMAT)).toEqual({
      ok: true,
      text: 'Sun 7 Jun 2026, 01:10:00',
      offset: 'UTC',
    });
    expect(readSample('2026-06-07', ISO_FORMAT)).toEqual({
      ok: true,
      text: 'Sun 7 Jun 2026, 00:00:00',
      offset: null,
    });
  });

  it('says when a value does not read, and that an empty one is missing', () => {
    expect(readSample('03/05/2026 05:50:00 AM', ISO_FORMAT)).toEqual({
      ok: false,
      text: 'not an ISO-8601 date',
    });
    expect(
      readSample('02/30/2026 05:50:00 AM', 'MM/dd/yyyy hh:mm:ss a'),
    ).toEqual({ ok: false, text: 'does not read as MM/dd/yyyy hh:mm:ss a' });
    expect(readSample('2026-02-30', ISO_FORMAT)).toEqual({
      ok: false,
      text: 'not a real date',
    });
    expect(readSample('  ', 'MM/dd/yyyy')).toEqual({
      ok: true,
      text: 'missing',
      offset: null,
    });
  });
});

describe(formatsThatRead.name, () => {
  it('finds the one format that reads every sample', () => {
    expect(
      formatsThatRead(['03/05/2026 05:50:00 AM', '', '06/19/2026 09:33:00 PM']),
    ).toEqual(['MM/dd/yyyy hh:mm:ss a']);
    expect(formatsThatRead(['2026-06-07T01:10:40+01:00'])).toEqual([
      ISO_FORMAT,
    ]);
  });

  it('lists both readings of dates that could be day or month first', () => {
    expect(formatsThatRead(['05-03-2026 17:50:00'])).toEqual([
      'dd-MM-yyyy HH:mm:ss',
    ]);
    expect(formatsThatRead(['05/03/2026 17:50:00'])).toEqual([
      'dd/MM/yyyy HH:mm:ss',
    ]);
    // 5 March or 3 May: both listed, the person picks with the readings beside them…
    expect(formatsThatRead(['5/3/2026 17:50'])).toEqual([
      'MM/dd/yyyy HH:mm',
      'd/M/yyyy HH:mm',
    ]);
    // …until a day above 12 settles it.
    expect(formatsThatRead(['5/3/2026 17:50', '13/3/2026 09:00'])).toEqual([
      'd/M/yyyy HH:mm',
    ]);
    expect(formatsThatRead(['3/5/2026 5:50 PM'])).toEqual(['M/d/yyyy h:mm a']);
  });

  it('has nothing to say without values', () => {
    expect(formatsThatRead(['', ' '])).toEqual([]);
  });
});
