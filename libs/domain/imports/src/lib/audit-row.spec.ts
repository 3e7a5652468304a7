import { AUDIT_COLUMNS, parseAuditRow } from './audit-row';
import { mapHeader } from './header';

const HEADER = [
  'department',
  'request_type',
  'channel',
  'count',
  'avg_handling_minutes',
  'avg_first_response_hours',
];

function parse(record: string[], line = 2, header = HEADER) {
  const mapping = mapHeader({ header, columns: AUDIT_COLUMNS });
  if (!mapping.ok) throw new Error('test header must map');
  return parseAuditRow({
    record,
    line,
    columns: mapping.columns,
    headerWidth: mapping.headerWidth,
  });
}

describe(parseAuditRow.name, () => {
  it('reads a valid row, trimmed and typed', () => {
    expect(
      parse([' IT ', ' Password reset ', 'email', ' 9 ', '10.3', '3.25']),
    ).toEqual({
      ok: true,
      row: {
        department: 'IT',
        requestType: 'Password reset',
        channel: 'EMAIL',
        count: 9,
        avgHandlingMinutes: 10.3,
        avgFirstResponseHours: 3.25,
      },
    });
  });

  it('reads empty optional cells and absent optional columns as null', () => {
    expect(parse(['HR', 'Leave', 'PORTAL', '0', '', ' '])).toMatchObject({
      ok: true,
      row: { count: 0, avgHandlingMinutes: null, avgFirstResponseHours: null },
    });
    const shortHeader = ['count', 'channel', 'request_type', 'department'];
    expect(parse(['4', 'FORM', 'Leave', 'HR'], 2, shortHeader)).toEqual({
      ok: true,
      row: {
        department: 'HR',
        requestType: 'Leave',
        channel: 'FORM',
        count: 4,
        avgHandlingMinutes: null,
        avgFirstResponseHours: null,
      },
    });
  });

  it('maps an unknown channel to OTHER and reports the value, not an error', () => {
    expect(parse(['IT', 'VPN', ' Carrier pigeon ', '2', '', ''])).toEqual({
      ok: true,
      row: expect.objectContaining({
        channel: 'OTHER',
        mappedToOther: { field: 'channel', value: 'Carrier pigeon' },
      }),
    });
  });

  it.each([
    // cells                                      column field                  message
    [
      ['', 'VPN', 'EMAIL', '1', '', ''],
      1,
      'department',
      'department is empty',
      undefined,
    ],
    [
      ['IT', '  ', 'EMAIL', '1', '', ''],
      2,
      'request_type',
      'request_type is empty',
      '  ',
    ],
    [
      ['IT', 'VPN', '', '1', '', ''],
      3,
      'channel',
      'channel is empty',
      undefined,
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1.5', '', ''],
      4,
      'count',
      'count must be a whole number',
      '1.5',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '-3', '', ''],
      4,
      'count',
      'count must not be negative',
      '-3',
    ],
    [
      ['IT', 'VPN', 'EMAIL', 'abc', '', ''],
      4,
      'count',
      'count must be a whole number of 0 or more',
      'abc',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '', '', ''],
      4,
      'count',
      'count is empty',
      undefined,
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1e3', '', ''],
      4,
      'count',
      'count must be written out, without an exponent',
      '1e3',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1', '1,5', ''],
      5,
      'avg_handling_minutes',
      'avg_handling_minutes must use "." as the decimal separator (1.5)',
      '1,5',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1', '-2', ''],
      5,
      'avg_handling_minutes',
      'avg_handling_minutes must not be negative',
      '-2',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1', '', 'soon'],
      6,
      'avg_first_response_hours',
      'avg_first_response_hours must be a number of 0 or more, such as 12.5',
      'soon',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '=SUM(A1:A3)', '', ''],
      4,
      'count',
      'count must be a plain whole number of 0 or more: signs and formulas are not evaluated',
      '=SUM(A1:A3)',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1', '+1', ''],
      5,
      'avg_handling_minutes',
      'avg_handling_minutes must be a plain number of 0 or more, such as 12.5: signs and formulas are not evaluated',
      '+1',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1', '', '@x'],
      6,
      'avg_first_response_hours',
      'avg_first_response_hours must be a plain number of 0 or more, such as 12.5: signs and formulas are not evaluated',
      '@x',
    ],
    [
      ['D'.repeat(121), 'VPN', 'EMAIL', '1', '', ''],
      1,
      'department',
      'department is longer than 120 characters',
      `${'D'.repeat(100)}…`,
    ],
  ])(
    'refuses %p at column %d (%s)',
    (record, column, field, message, value) => {
      expect(parse(record, 17)).toEqual({
        ok: false,
        errors: [
          {
            line: 17,
            column,
            field,
            message,
            ...(value === undefined ? {} : { value }),
          },
        ],
      });
    },
  );

  it('reports every problem of the row at once, in column order', () => {
    const result = parse(['', '', '', '-1', 'x', '1,5'], 9);
    expect(
      !result.ok && result.errors.map((e) => [e.line, e.column, e.field]),
    ).toEqual([
      [9, 1, 'department'],
      [9, 2, 'request_type'],
      [9, 3, 'channel'],
      [9, 4, 'count'],
      [9, 5, 'avg_handling_minutes'],
      [9, 6, 'avg_first_response_hours'],
    ]);
  });

  it('keeps formula-looking text as text in the text fields', () => {
    expect(parse(['=cmd|/c calc', '+SUM(1)', '@evil', '1', '', ''])).toEqual({
      ok: true,
      row: expect.objectContaining({
        department: '=cmd|/c calc',
        requestType: '+SUM(1)',
        channel: 'OTHER',
        mappedToOther: { field: 'channel', value: '@evil' },
      }),
    });
  });

  it.each([
    [
      ['IT', 'VPN', 'EMAIL', '1', ''],
      'the row has 5 cells but the header has 6',
    ],
    [
      ['IT', 'VPN', 'EMAIL', '1', '10', '1', '5'],
      'the row has 7 cells but the header has 6: a separator too many, or a value with a separator not in quotes',
    ],
    [[''], 'the row has 1 cell but the header has 6'],
  ])('refuses the ragged record %p as a whole', (record, message) => {
    expect(parse(record, 4)).toEqual({
      ok: false,
      errors: [{ line: 4, column: null, message }],
    });
  });

  it('reads a short record from a reader that drops trailing empty cells', () => {
    const mapping = mapHeader({ header: HEADER, columns: AUDIT_COLUMNS });
    if (!mapping.ok) throw new Error('test header must map');
    const result = parseAuditRow({
      record: ['IT', 'VPN', 'CHAT', '3'],
      line: 2,
      columns: mapping.columns,
      headerWidth: mapping.headerWidth,
      trailingEmptyCellsDropped: true,
    });
    expect(result).toMatchObject({
      ok: true,
      row: { count: 3, avgHandlingMinutes: null },
    });
  });

  it('refuses a value over 1,000 characters in any field it reads', () => {
    const long = 'x'.repeat(1_001);
    const result = parse(['IT', long, long, '1', '', ''], 3);
    expect(
      !result.ok && result.errors.map((e) => [e.column, e.message]),
    ).toEqual([
      [2, 'request_type is longer than 1,000 characters'],
      [3, 'channel is longer than 1,000 characters'],
    ]);
  });

  it('ignores cells of columns it does not know, however long', () => {
    const header = [...HEADER, 'notes'];
    const result = parse(
      ['IT', 'VPN', 'EMAIL', '1', '', '', 'n'.repeat(5_000)],
      2,
      header,
    );
    expect(result.ok).toBe(true);
  });
});
