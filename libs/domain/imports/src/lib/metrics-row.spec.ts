import { mapHeader } from './header';
import { METRICS_COLUMNS, parseMetricsRow } from './metrics-row';

const HEADER = [
  'department',
  'week_start',
  'total',
  'deflected',
  'no_touch',
  'resolved',
  'sla_met',
  'sla_tracked',
  'mean_resolution_hours',
];

function parse(record: string[], line = 2, header = HEADER) {
  const mapping = mapHeader({ header, columns: METRICS_COLUMNS });
  if (!mapping.ok) throw new Error('test header must map');
  return parseMetricsRow({
    record,
    line,
    columns: mapping.columns,
    headerWidth: mapping.headerWidth,
  });
}

// department, week_start, total, deflected, no_touch, resolved, sla_met, sla_tracked, hours
const VALID = [
  'IT',
  '2026-01-05',
  '259',
  '23',
  '15',
  '247',
  '200',
  '240',
  '7.5',
];

function withCell(column: number, value: string): string[] {
  return VALID.map((cell, index) => (index === column - 1 ? value : cell));
}

describe(parseMetricsRow.name, () => {
  it('reads a valid week', () => {
    expect(parse(VALID)).toEqual({
      ok: true,
      row: {
        department: 'IT',
        weekStart: '2026-01-05',
        total: 259,
        deflected: 23,
        noTouch: 15,
        resolved: 247,
        slaMet: 200,
        slaTracked: 240,
        meanResolutionHours: 7.5,
      },
    });
  });

  it('reads the required columns alone, the rest null', () => {
    const header = ['week_start', 'department', 'deflected', 'total'];
    expect(parse(['2026-01-12', 'HR', '0', '0'], 2, header)).toEqual({
      ok: true,
      row: {
        department: 'HR',
        weekStart: '2026-01-12',
        total: 0,
        deflected: 0,
        noTouch: null,
        resolved: null,
        slaMet: null,
        slaTracked: null,
        meanResolutionHours: null,
      },
    });
  });

  it('accepts the bounds themselves: no_touch = deflected = total = resolved, sla_met = sla_tracked', () => {
    expect(
      parse(['IT', '2026-01-05', '5', '5', '5', '5', '5', '5', '']).ok,
    ).toBe(true);
  });

  it.each([
    // column, value, field, message
    [1, ' ', 'department', 'department is empty'],
    [
      2,
      '2026-01-06',
      'week_start',
      'week_start must be a Monday; 2026-01-06 is a Tuesday',
    ],
    [
      2,
      '2026-01-11',
      'week_start',
      'week_start must be a Monday; 2026-01-11 is a Sunday',
    ],
    [
      2,
      '05/01/2026',
      'week_start',
      'week_start must be a date written YYYY-MM-DD',
    ],
    [
      2,
      '2026-02-30',
      'week_start',
      'week_start must be a date written YYYY-MM-DD',
    ],
    [3, '-1', 'total', 'total must not be negative'],
    [3, '259.5', 'total', 'total must be a whole number'],
    [3, '', 'total', 'total is empty'],
    [4, 'many', 'deflected', 'deflected must be a whole number of 0 or more'],
    [5, '1.5', 'no_touch', 'no_touch must be a whole number'],
    [
      6,
      '=C2',
      'resolved',
      'resolved must be a plain whole number of 0 or more: signs and formulas are not evaluated',
    ],
    [
      9,
      '-7.5',
      'mean_resolution_hours',
      'mean_resolution_hours must not be negative',
    ],
    [
      9,
      '7,5',
      'mean_resolution_hours',
      'mean_resolution_hours must use "." as the decimal separator (7.5)',
    ],
    // the nesting rules, each on the column of the value that breaks it
    [4, '260', 'deflected', 'deflected (260) must not exceed total (259)'],
    [5, '24', 'no_touch', 'no_touch (24) must not exceed deflected (23)'],
    [6, '260', 'resolved', 'resolved (260) must not exceed total (259)'],
    [7, '241', 'sla_met', 'sla_met (241) must not exceed sla_tracked (240)'],
    [8, '', 'sla_met', 'sla_met needs sla_tracked: give both or neither'],
    [7, '', 'sla_tracked', 'sla_tracked needs sla_met: give both or neither'],
  ])('refuses column %d = %p (%s)', (column, value, field, message) => {
    const result = parse(withCell(column as number, value as string), 30);
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 30, field, message });
    // The error sits on the offending value's column: the value itself for a
    // bad cell, sla_met (7) or sla_tracked (8) when its partner is missing.
    const expectedColumn = message.includes('needs sla_tracked')
      ? 7
      : message.includes('needs sla_met')
        ? 8
        : column;
    expect(errors[0].column).toBe(expectedColumn);
  });

  it('refuses sla_met when the file has no sla_tracked column at all', () => {
    const header = [
      'department',
      'week_start',
      'total',
      'deflected',
      'sla_met',
    ];
    expect(parse(['IT', '2026-01-05', '10', '2', '7'], 4, header)).toEqual({
      ok: false,
      errors: [
        {
          line: 4,
          column: 5,
          field: 'sla_met',
          message: 'sla_met needs sla_tracked: give both or neither',
          value: '7',
        },
      ],
    });
  });

  it('checks a nesting rule only between values that could be read', () => {
    // deflected is unreadable: no_touch 15 is not compared with it, and
    // total 259 is not compared with it either.
    const result = parse(withCell(4, 'x'), 2);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual([
      'deflected',
    ]);
  });

  it('reports several broken rules of one row together, in column order', () => {
    // total 10: deflected 11 > 10, resolved 12 > 10; no_touch 15 > 11
    const record = ['IT', '2026-01-06', '10', '11', '15', '12', '', '', ''];
    const result = parse(record, 8);
    expect(!result.ok && result.errors.map((e) => [e.column, e.field])).toEqual(
      [
        [2, 'week_start'],
        [4, 'deflected'],
        [5, 'no_touch'],
        [6, 'resolved'],
      ],
    );
  });

  it('refuses a ragged record as a whole', () => {
    expect(parse(['IT', '2026-01-05', '1', '0'], 5)).toEqual({
      ok: false,
      errors: [
        {
          line: 5,
          column: null,
          message: 'the row has 4 cells but the header has 9',
        },
      ],
    });
  });
});
