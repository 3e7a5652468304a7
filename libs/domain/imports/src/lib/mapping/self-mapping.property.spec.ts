import fc from 'fast-check';
import { mapHeader } from '../header';
import { parseRequestRow, REQUEST_COLUMNS } from '../request-row';
import { ColumnMappingInput } from './column-mapping';
import { compileColumnMapping } from './compile-mapping';
import { REQUEST_INDEX } from './mapped-record';

// Cells each column may hold: valid, borderline and broken values.
const CELLS: Record<string, string[]> = {
  external_id: [
    'REQ-1',
    ' REQ-2 ',
    '',
    'x'.repeat(201),
    'R\u0007Q',
    '=SUM(A1)',
  ],
  department: ['IT', 'HR ', '', '  ', 'y'.repeat(121)],
  request_type: ['Password reset', '', 'z'.repeat(1_001)],
  channel: [
    'EMAIL',
    'walk-up',
    'Self-Service',
    'Fax',
    '',
    'constructor',
    'virtual agent',
  ],
  opened_at: [
    '2026-03-02T09:15:00Z',
    '2026-03-08 02:30',
    '2026-11-01 01:30:00',
    '2026-03-02',
    '02/03/2026 09:15',
    '2026-02-30T10:00:00Z',
    '',
    '2026-03-02T10:00:00+15:00',
  ],
  first_response_at: [
    '',
    '2026-03-02T09:20:00Z',
    '2026-03-01T09:00:00Z',
    'soon',
  ],
  resolved_at: [
    '',
    '2026-03-02T11:00:00+01:00',
    '2026-03-03 08:00',
    '2026-03-01T00:00:00Z',
    'never',
  ],
  resolution: ['', 'AGENT', 'no touch', 'deflected', 'MAYBE'],
  sla_met: ['', 'true', 'No', '1', 'perhaps'],
  reopened: ['', 'false', 'YES', '0', '2'],
  handling_minutes: ['', '12.5', '1,5', '-3', '1e3', '007'],
  notes: ['', 'anything', 'x'.repeat(2_000)],
};

const NAMES = [...REQUEST_COLUMNS.map((spec) => spec.name), 'notes'];
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
];

const fileShape = fc.record({
  // The format's columns in any order, optional ones possibly absent, plus an unknown column.
  order: fc.shuffledSubarray(NAMES, {
    minLength: NAMES.length,
    maxLength: NAMES.length,
  }),
  dropped: fc.subarray(
    REQUEST_COLUMNS.filter((spec) => !spec.required).map(
      (spec): string => spec.name,
    ),
  ),
  timeZone: fc.constantFrom(...ZONES),
});

const recordsOf = (header: readonly string[]) =>
  fc.array(
    fc.tuple(
      fc.tuple(...header.map((name) => fc.constantFrom(...CELLS[name]))),
      // Now and then a misaligned record: a cell too many or too few.
      fc.constantFrom(0, 0, 0, 0, 0, 0, 1, -1),
    ),
    { minLength: 1, maxLength: 8 },
  );

describe('a format-2 file mapped onto itself', () => {
  it('reads exactly what parseRequestRow reads, rows and errors', () => {
    fc.assert(
      fc.property(
        fileShape.chain((shape) => {
          const header = shape.order.filter(
            (name) => !shape.dropped.includes(name),
          );
          return fc.tuple(fc.constant({ ...shape, header }), recordsOf(header));
        }),
        ([{ header, timeZone }, records]) => {
          const mapping: ColumnMappingInput = {
            name: 'format 2',
            kind: 'REQUESTS',
            fields: REQUEST_COLUMNS.filter((spec) =>
              header.includes(spec.name),
            ).map((spec) => ({ field: spec.name, column: spec.name })),
          };
          const compiled = compileColumnMapping({ mapping, header, timeZone });
          const format2 = mapHeader({ header, columns: REQUEST_COLUMNS });
          if (!compiled.ok || !format2.ok)
            throw new Error('both read the header');
          records.forEach(([cells, widthChange], index) => {
            const record =
              widthChange === 1
                ? [...cells, 'extra']
                : widthChange === -1
                  ? cells.slice(0, -1)
                  : [...cells];
            const line = index + 2;
            const expected = parseRequestRow({
              record,
              line,
              columns: format2.columns,
              headerWidth: format2.headerWidth,
              timeZone,
            });
            const actual = compiled.mapping.readRow({ cells: record, line });
            if (expected.ok && actual.ok)
              expect(actual.row).toEqual(expected.row);
            else expect(actual).toEqual(expected);
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the request field indexes the engine relies on', () => {
    const at = (name: string) =>
      REQUEST_COLUMNS.findIndex((spec) => spec.name === name);
    expect(REQUEST_INDEX).toEqual({
      externalId: at('external_id'),
      openedAt: at('opened_at'),
      firstResponseAt: at('first_response_at'),
      resolvedAt: at('resolved_at'),
      resolution: at('resolution'),
      reopened: at('reopened'),
    });
  });
});
