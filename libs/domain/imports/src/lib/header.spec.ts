import { AUDIT_COLUMNS } from './audit-row';
import { headerKey, mapHeader } from './header';
import { METRICS_COLUMNS } from './metrics-row';

describe(headerKey.name, () => {
  it.each([
    ['request_type', 'request_type'],
    ['\uFEFFdepartment', 'department'],
    ['  Request Type ', 'request_type'],
    ['REQUEST-TYPE', 'request_type'],
    ['avg handling - minutes', 'avg_handling_minutes'],
    ['Avg First Response Hours', 'avg_first_response_hours'],
  ])('%p → %p', (cell, key) => {
    expect(headerKey(cell)).toBe(key);
  });
});

describe(mapHeader.name, () => {
  it('finds each column in any order and case, ignoring unknown ones', () => {
    const mapping = mapHeader({
      header: [
        '\uFEFFCount',
        'Notes',
        'Channel',
        'Request Type',
        ' DEPARTMENT ',
      ],
      columns: AUDIT_COLUMNS,
    });
    expect(mapping).toEqual({
      ok: true,
      columns: {
        department: 4,
        requestType: 3,
        channel: 2,
        count: 0,
        avgHandlingMinutes: null,
        avgFirstResponseHours: null,
      },
      headerWidth: 5,
    });
  });

  it('names the missing columns and the ones it found, on line 1', () => {
    const mapping = mapHeader({
      header: ['department', 'type', 'channel', 'volume'],
      columns: AUDIT_COLUMNS,
    });
    expect(mapping).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          column: null,
          message:
            'missing required columns request_type, count; the header has department, type, channel, volume',
        },
      ],
    });
  });

  it('says so when the header row has no names at all', () => {
    const mapping = mapHeader({ header: ['', ' '], columns: METRICS_COLUMNS });
    expect(mapping.ok).toBe(false);
    expect(!mapping.ok && mapping.errors[0].message).toBe(
      'missing required columns department, week_start, total, deflected; the header row has no column names',
    );
  });

  it('keeps a hostile header’s message short', () => {
    const header = [
      'department',
      ...Array.from({ length: 500 }, (_, i) => `c${i}${'x'.repeat(100)}`),
    ];
    const mapping = mapHeader({ header, columns: METRICS_COLUMNS });
    const message = !mapping.ok ? mapping.errors[0].message : '';
    expect(message).toContain(' and 471 more');
    expect(message.length).toBeLessThan(2_500);
  });

  it('refuses a known column twice, at the second one', () => {
    const mapping = mapHeader({
      header: ['department', 'week_start', 'total', 'deflected', 'Total'],
      columns: METRICS_COLUMNS,
    });
    expect(mapping).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          column: 5,
          field: 'total',
          message: 'column total appears twice (columns 3 and 5)',
        },
      ],
    });
  });

  it('uses the header line it is given', () => {
    const mapping = mapHeader({
      header: ['x'],
      columns: AUDIT_COLUMNS,
      line: 3,
    });
    expect(!mapping.ok && mapping.errors[0].line).toBe(3);
  });
});
