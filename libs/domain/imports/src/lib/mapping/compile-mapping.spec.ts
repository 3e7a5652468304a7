import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ColumnMappingInput } from './column-mapping';
import { compileColumnMapping } from './compile-mapping';

const HEADER = [
  'WO Number',
  'Created (local)',
  'Closed (local)',
  'Trade',
  'Requested Via',
  'Met Target',
  'Status',
  'Building',
  'Notes',
  'Notes',
  'Labour Minutes',
];

// The facilities sample's mapping (tests/fixtures): Phone call → PHONE, Facilities app and Kiosk →
// PORTAL, Walk-in desk → WALK_UP; MM/dd/yyyy hh:mm:ss a in America/New_York; N/A missing.
const facilities = JSON.parse(
  readFileSync(
    join(
      __dirname,
      '../../../../../../tests/fixtures/facilities-work-orders.mapping.json',
    ),
    'utf8',
  ),
) as ColumnMappingInput & { kind: 'REQUESTS' };

function reader(
  mapping: ColumnMappingInput & { kind: 'REQUESTS' } = facilities,
  header = HEADER,
) {
  const compiled = compileColumnMapping({ mapping, header, timeZone: 'UTC' });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  return compiled.mapping;
}

const row = (cells: Partial<Record<string, string>>) => {
  const base: Record<string, string> = {
    'WO Number': 'WO-100001',
    'Created (local)': '06/19/2026 09:33:00 PM',
    'Closed (local)': '06/19/2026 10:41:47 PM',
    Trade: 'Cleaning',
    'Requested Via': 'Phone call',
    'Met Target': 'N',
    Status: 'Completed',
    Building: 'HQ North',
    Notes: 'follow up',
    'Notes (2)': '',
    'Labour Minutes': '75.3',
  };
  const merged = { ...base, ...cells };
  return [
    'WO Number',
    'Created (local)',
    'Closed (local)',
    'Trade',
    'Requested Via',
    'Met Target',
    'Status',
    'Building',
    'Notes',
    'Notes (2)',
    'Labour Minutes',
  ].map((name) => merged[name]!);
};

describe('compileColumnMapping: one row per request', () => {
  it('reads the second work order of the facilities sample', () => {
    const result = reader().readRow({ cells: row({}), line: 3 });
    // 19 June 2026 is daylight time in New York (UTC−4): 21:33 → 01:33Z on the 20th.
    expect(result).toEqual({
      ok: true,
      row: {
        externalId: 'WO-100001',
        department: 'Facilities',
        requestType: 'Cleaning',
        channel: 'PHONE',
        openedAt: Date.UTC(2026, 5, 20, 1, 33),
        firstResponseAt: null,
        resolvedAt: Date.UTC(2026, 5, 20, 2, 41, 47),
        resolution: null,
        slaMet: false,
        reopened: null,
        handlingMinutes: 75.3,
        readInTimeZone: true,
      },
      skippedLocalTimes: 0,
      repeatedLocalTimes: 0,
    });
  });

  it('matches value maps without case, and leaves other values to the format (Fax → OTHER, reported)', () => {
    const read = (via: string) =>
      reader().readRow({ cells: row({ 'Requested Via': via }), line: 2 });
    expect(read(' FACILITIES APP ')).toMatchObject({
      ok: true,
      row: { channel: 'PORTAL' },
    });
    expect(read('Email')).toMatchObject({
      ok: true,
      row: { channel: 'EMAIL' },
    });
    const fax = read('Fax');
    expect(fax.ok && [fax.row.channel, fax.row.mappedToOther]).toEqual([
      'OTHER',
      { field: 'channel', value: 'Fax' },
    ]);
  });

  it('reads missing values and empty cells as missing', () => {
    const result = reader().readRow({
      cells: row({
        'Met Target': 'N/A',
        'Closed (local)': '',
        'Labour Minutes': ' ',
      }),
      line: 2,
    });
    expect(
      result.ok && [
        result.row.slaMet,
        result.row.resolvedAt,
        result.row.handlingMinutes,
      ],
    ).toEqual([null, null, null]);
  });

  it('points each error at the source line, column, header and raw value', () => {
    const result = reader().readRow({
      cells: row({
        'Created (local)': '2026-06-19 21:33',
        'Met Target': 'maybe',
        'Labour Minutes': '1,5',
      }),
      line: 9,
    });
    expect(!result.ok && result.errors).toEqual([
      {
        line: 9,
        column: 2,
        field: 'Created (local)',
        value: '2026-06-19 21:33',
        message:
          'Created (local) must be a date and time written MM/dd/yyyy hh:mm:ss a, month first, such as 03/02/2026 09:15:00 AM',
      },
      {
        line: 9,
        column: 6,
        field: 'Met Target',
        value: 'maybe',
        message: 'Met Target must be true/false, yes/no or 1/0',
      },
      {
        line: 9,
        column: 11,
        field: 'Labour Minutes',
        value: '1,5',
        message: 'Labour Minutes must use "." as the decimal separator (1.5)',
      },
    ]);
  });

  it('refuses a work order closed before it was opened, at the closing column', () => {
    const result = reader().readRow({
      cells: row({ 'Closed (local)': '06/19/2026 08:00:00 PM' }),
      line: 5,
    });
    expect(!result.ok && result.errors).toEqual([
      {
        line: 5,
        column: 3,
        field: 'Closed (local)',
        value: '06/19/2026 08:00:00 PM',
        message: 'Closed (local) is before Created (local)',
      },
    ]);
  });

  it('counts local times a clock change skipped or repeated (New York, 2026)', () => {
    // 8 March 02:30 does not exist (read as 03:30 EDT); 1 November 01:30 happens twice (the first, EDT).
    const result = reader().readRow({
      cells: row({
        'Created (local)': '03/08/2026 02:30:00 AM',
        'Closed (local)': '11/01/2026 01:30:00 AM',
      }),
      line: 2,
    });
    expect(result).toMatchObject({
      ok: true,
      row: {
        openedAt: Date.UTC(2026, 2, 8, 7, 30),
        resolvedAt: Date.UTC(2026, 10, 1, 5, 30),
      },
      skippedLocalTimes: 1,
      repeatedLocalTimes: 1,
    });
  });

  it('binds the second of two "Notes" columns as "Notes (2)"', () => {
    const mapping = {
      ...facilities,
      fields: facilities.fields.map((b) =>
        b.field === 'request_type'
          ? { field: 'request_type', column: 'notes (2)' }
          : b,
      ),
    };
    const result = reader(mapping).readRow({
      cells: row({ Notes: 'first', 'Notes (2)': 'see ticket' }),
      line: 2,
    });
    expect(result.ok && result.row.requestType).toBe('see ticket');
  });

  it('reports a misaligned row once', () => {
    const result = reader().readRow({ cells: row({}).slice(1), line: 4 });
    expect(!result.ok && result.errors).toEqual([
      {
        line: 4,
        column: null,
        message: 'the row has 10 cells but the header has 11',
      },
    ]);
  });

  it('names the columns a file lacks and the ones it has', () => {
    const compiled = compileColumnMapping({
      mapping: facilities,
      header: ['WO Number', 'Trade', 'Created (local)'],
      timeZone: 'UTC',
    });
    expect(!compiled.ok && compiled.errors).toEqual([
      {
        line: 1,
        column: null,
        message:
          'this is not a Facilities work orders export: missing columns Requested Via, Closed (local), Met Target, Labour Minutes; the header has WO Number, Trade, Created (local)',
      },
    ]);
    const invalid = compileColumnMapping({
      mapping: { ...facilities, timeZone: 'Mars/Olympus' },
      header: HEADER,
      timeZone: 'UTC',
    });
    expect(!invalid.ok && invalid.errors[0].message).toMatch(
      /^the mapping's timeZone "Mars\/Olympus" is not a time zone name/,
    );
  });

  it('applies defaults, fallbacks with a condition, labels and a resolution rule', () => {
    const mapping: ColumnMappingInput & { kind: 'REQUESTS' } = {
      ...facilities,
      fields: [
        ...facilities.fields.filter(
          (b) => !['department', 'resolved_at', 'opened_at'].includes(b.field),
        ),
        { field: 'department', column: 'Building', default: 'Unassigned' },
        {
          field: 'opened_at',
          column: 'Created (local)',
          label: 'the creation time',
        },
        {
          field: 'resolved_at',
          column: 'Notes (2)',
          fallback: {
            column: 'Closed (local)',
            when: { column: 'Status', equals: ['completed'] },
          },
        },
      ],
      resolutionRule: {
        cases: [
          {
            when: [
              { field: 'channel', equals: ['PORTAL'] },
              { column: 'Notes', contains: ['self'] },
            ],
            then: 'DEFLECTED',
          },
        ],
      },
    };
    const read = (cells: Partial<Record<string, string>>) =>
      reader(mapping).readRow({ cells: row(cells), line: 2 });
    expect(read({ Building: '' })).toMatchObject({
      ok: true,
      row: {
        department: 'Unassigned',
        resolvedAt: Date.UTC(2026, 5, 20, 2, 41, 47),
        resolution: 'AGENT',
      },
    });
    expect(read({ Status: 'Cancelled' })).toMatchObject({
      ok: true,
      row: { resolvedAt: null, resolution: 'UNRESOLVED' },
    });
    expect(
      read({ 'Requested Via': 'Facilities app', Notes: 'Self-service' }),
    ).toMatchObject({ ok: true, row: { resolution: 'DEFLECTED' } });
    expect(
      read({ 'Requested Via': 'Facilities app', Notes: 'by phone' }),
    ).toMatchObject({ ok: true, row: { resolution: 'AGENT' } });
    const before = read({ 'Closed (local)': '06/19/2026 08:00:00 PM' });
    expect(!before.ok && before.errors[0]).toMatchObject({
      column: 3,
      field: 'Closed (local)',
      message: 'Closed (local) is before the creation time',
    });
  });

  it('gives the SQL path one distinct value and one timestamp at a time', () => {
    const compiled = reader();
    expect(
      compiled.plan.fields.find((f) => f.field.name === 'channel'),
    ).toMatchObject({ source: 'COLUMN', column: 4, name: 'Requested Via' });
    expect(
      compiled.plan.fields.find((f) => f.field.name === 'department'),
    ).toMatchObject({
      source: 'CONSTANT',
      constant: 'Facilities',
      column: null,
    });
    expect(compiled.plan.missingKeys).toEqual(['n/a']);
    expect(compiled.mapText('channel', 'phone CALL')).toBe('PHONE');
    expect(compiled.readValue('channel', 'Kiosk')).toEqual({
      ok: true,
      value: { channel: 'PORTAL', mappedToOther: false },
    });
    expect(compiled.readValue('channel', 'Fax')).toEqual({
      ok: true,
      value: { channel: 'OTHER', mappedToOther: true },
    });
    expect(compiled.readValue('sla_met', 'N/A')).toEqual({
      ok: true,
      value: null,
    });
    expect(compiled.readValue('sla_met', 'Y')).toEqual({
      ok: true,
      value: true,
    });
    expect(compiled.readTimestamp('03/08/2026 02:30:00 AM')).toEqual({
      ok: true,
      value: {
        epochMs: Date.UTC(2026, 2, 8, 7, 30),
        hadOffset: false,
        localTime: 'SKIPPED',
      },
    });
    expect(compiled.readTimestamp('N/A')).toEqual({ ok: true, value: null });
    expect(compiled.readTimestamp('13/01/2026 01:00:00 AM').ok).toBe(false);
  });
});

describe('compileColumnMapping: audit rows and weekly metrics', () => {
  it('maps an audit sheet with a constant channel', () => {
    const compiled = compileColumnMapping({
      mapping: {
        name: 'Legal tally',
        kind: 'AUDIT',
        fields: [
          { field: 'department', constant: 'Legal' },
          { field: 'request_type', column: 'Matter' },
          { field: 'channel', constant: 'email' },
          { field: 'count', column: 'N' },
        ],
      },
      header: ['Matter', 'N'],
      timeZone: 'UTC',
    });
    if (!compiled.ok) throw new Error('compiles');
    expect(compiled.mapping.readRow({ cells: ['NDA', '12'], line: 2 })).toEqual(
      {
        ok: true,
        row: {
          department: 'Legal',
          requestType: 'NDA',
          channel: 'EMAIL',
          count: 12,
          avgHandlingMinutes: null,
          avgFirstResponseHours: null,
        },
        skippedLocalTimes: 0,
        repeatedLocalTimes: 0,
      },
    );
    const bad = compiled.mapping.readRow({ cells: ['NDA', '-3'], line: 3 });
    expect(!bad.ok && bad.errors).toEqual([
      {
        line: 3,
        column: 2,
        field: 'N',
        message: 'N must not be negative',
        value: '-3',
      },
    ]);
  });

  it('reads week_start with the date format and still wants a Monday', () => {
    const compiled = compileColumnMapping({
      mapping: {
        name: 'Weekly',
        kind: 'METRICS',
        dateFormat: 'dd/MM/yyyy',
        fields: [
          { field: 'department', column: 'Team' },
          { field: 'week_start', column: 'Week' },
          { field: 'total', column: 'All' },
          { field: 'deflected', column: 'Self' },
        ],
      },
      header: ['Team', 'Week', 'All', 'Self'],
      timeZone: 'UTC',
    });
    if (!compiled.ok) throw new Error('compiles');
    expect(
      compiled.mapping.readRow({
        cells: ['HR', '02/03/2026', '10', '4'],
        line: 2,
      }),
    ).toMatchObject({
      ok: true,
      row: {
        department: 'HR',
        weekStart: '2026-03-02',
        total: 10,
        deflected: 4,
      },
    });
    const tuesday = compiled.mapping.readRow({
      cells: ['HR', '03/03/2026', '10', '4'],
      line: 3,
    });
    expect(!tuesday.ok && tuesday.errors[0]).toMatchObject({
      column: 2,
      field: 'Week',
      message: 'Week must be a Monday; 2026-03-03 is a Tuesday',
    });
    const nesting = compiled.mapping.readRow({
      cells: ['HR', '02/03/2026', '3', '4'],
      line: 4,
    });
    expect(!nesting.ok && nesting.errors[0]).toMatchObject({
      column: 4,
      field: 'Self',
      message: 'Self (4) must not exceed total (3)',
    });
  });
});
