import {
  auditRowKey,
  findDuplicateAuditRows,
  findDuplicateMetricsRows,
} from './duplicates';

describe(findDuplicateAuditRows.name, () => {
  it('flags the later line and names the earlier, trimmed and case-insensitive', () => {
    const rows = [
      {
        line: 2,
        department: 'IT',
        requestType: 'Password reset',
        channel: 'EMAIL' as const,
      },
      {
        line: 3,
        department: 'IT',
        requestType: 'VPN',
        channel: 'EMAIL' as const,
      },
      {
        line: 5,
        department: ' it ',
        requestType: 'password  RESET',
        channel: 'EMAIL' as const,
      },
    ];
    expect(findDuplicateAuditRows({ rows })).toEqual([
      {
        line: 5,
        column: null,
        message:
          'duplicate of line 2: the same department, request type and channel',
        value: ' it , password  RESET, EMAIL',
      },
    ]);
  });

  it('names the first line for every later copy, whatever the input order', () => {
    const row = {
      department: 'HR',
      requestType: 'Leave',
      channel: 'FORM' as const,
    };
    const errors = findDuplicateAuditRows({
      rows: [
        { ...row, line: 9 },
        { ...row, line: 4 },
        { ...row, line: 6 },
      ],
    });
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [6, 'duplicate of line 4: the same department, request type and channel'],
      [9, 'duplicate of line 4: the same department, request type and channel'],
    ]);
  });

  it('tells channels apart, and source values mapped to OTHER apart', () => {
    const base = { department: 'IT', requestType: 'VPN' };
    const rows = [
      { ...base, line: 2, channel: 'EMAIL' as const },
      { ...base, line: 3, channel: 'CHAT' as const },
      {
        ...base,
        line: 4,
        channel: 'OTHER' as const,
        mappedToOther: { field: 'channel' as const, value: 'Fax' },
      },
      {
        ...base,
        line: 5,
        channel: 'OTHER' as const,
        mappedToOther: { field: 'channel' as const, value: 'Teletype' },
      },
      { ...base, line: 6, channel: 'OTHER' as const },
    ];
    expect(findDuplicateAuditRows({ rows })).toEqual([]);
  });

  it('sees a repeated source value mapped to OTHER, in any case', () => {
    const base = {
      department: 'IT',
      requestType: 'VPN',
      channel: 'OTHER' as const,
    };
    const rows = [
      {
        ...base,
        line: 2,
        mappedToOther: { field: 'channel' as const, value: 'Fax' },
      },
      {
        ...base,
        line: 3,
        mappedToOther: { field: 'channel' as const, value: 'FAX' },
      },
    ];
    expect(
      findDuplicateAuditRows({ rows }).map((e) => [e.line, e.value]),
    ).toEqual([[3, 'IT, VPN, FAX']]);
  });
});

describe(auditRowKey.name, () => {
  it('does not let one field run into the next', () => {
    const a = auditRowKey({
      department: 'IT a',
      requestType: 'b',
      channel: 'EMAIL',
    });
    const b = auditRowKey({
      department: 'IT',
      requestType: 'a b',
      channel: 'EMAIL',
    });
    expect(a).not.toBe(b);
  });
});

describe(findDuplicateMetricsRows.name, () => {
  it('flags the same department and week on the later line', () => {
    const rows = [
      { line: 2, department: 'IT', weekStart: '2026-01-05' },
      { line: 3, department: 'IT', weekStart: '2026-01-12' },
      { line: 4, department: 'HR', weekStart: '2026-01-05' },
      { line: 7, department: 'It ', weekStart: '2026-01-05' },
    ];
    expect(findDuplicateMetricsRows({ rows })).toEqual([
      {
        line: 7,
        column: null,
        message: 'duplicate of line 2: the same department and week_start',
        value: 'It , 2026-01-05',
      },
    ]);
  });

  it('is empty without rows', () => {
    expect(findDuplicateMetricsRows({ rows: [] })).toEqual([]);
  });
});
