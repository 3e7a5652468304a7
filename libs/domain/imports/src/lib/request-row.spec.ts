import { mapHeader } from './header';
import { parseRequestRow, REQUEST_COLUMNS } from './request-row';

const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes'.split(
    ',',
  );
const mapping = mapHeader({ header: HEADER, columns: REQUEST_COLUMNS });
if (!mapping.ok) throw new Error('header');

function parse(cells: string, timeZone = 'UTC') {
  return parseRequestRow({
    record: cells.split(','),
    line: 7,
    columns: mapping.ok ? mapping.columns : ({} as never),
    headerWidth: HEADER.length,
    timeZone,
  });
}

describe(parseRequestRow.name, () => {
  it('reads a full request (the first row of the sample file)', () => {
    const result = parse(
      'REQ0000001,IT,BitLocker recovery,VIRTUAL_AGENT,2026-01-06T17:55:24Z,2026-01-06T18:15:24Z,2026-01-07T03:09:36Z,AGENT,true,false,36.3',
    );
    expect(result).toEqual({
      ok: true,
      row: {
        externalId: 'REQ0000001',
        department: 'IT',
        requestType: 'BitLocker recovery',
        channel: 'VIRTUAL_AGENT',
        openedAt: Date.parse('2026-01-06T17:55:24Z'),
        firstResponseAt: Date.parse('2026-01-06T18:15:24Z'),
        resolvedAt: Date.parse('2026-01-07T03:09:36Z'),
        resolution: 'AGENT',
        slaMet: true,
        reopened: false,
        handlingMinutes: 36.3,
        readInTimeZone: false,
      },
    });
  });

  it('leaves optional cells empty as null, and reads times without offset in the organisation’s zone', () => {
    const result = parse(
      'R2,HR,Payslip,email,2026-03-02 09:00,,,,,,',
      'Europe/London',
    );
    expect(result.ok && result.row).toMatchObject({
      channel: 'EMAIL',
      openedAt: Date.parse('2026-03-02T09:00:00Z'),
      firstResponseAt: null,
      resolvedAt: null,
      resolution: null,
      slaMet: null,
      reopened: null,
      handlingMinutes: null,
      readInTimeZone: true,
    });
  });

  it.each([
    ['yes', true],
    ['NO', false],
    ['1', true],
    ['0', false],
    ['True', true],
  ])('reads sla_met %p as %p', (text, value) => {
    const result = parse(
      `R3,HR,Payslip,PORTAL,2026-03-02T09:00:00Z,,,,${text},,`,
    );
    expect(result.ok && result.row.slaMet).toBe(value);
  });

  it('maps an unknown channel to OTHER and says so', () => {
    const result = parse('R4,HR,Payslip,Fax,2026-03-02T09:00:00Z,,,,,,');
    expect(result.ok && result.row).toMatchObject({
      channel: 'OTHER',
      mappedToOther: { field: 'channel', value: 'Fax' },
    });
  });

  it('reports every problem of the row with its column', () => {
    const result = parse(
      ',HR,,PORTAL,2026-03-02T09:00:00Z,2026-03-01T09:00:00Z,2026-03-01T10:00:00Z,SOLVED,maybe,2,-4',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [7, 1, 'external_id is empty'],
      [7, 3, 'request_type is empty'],
      [
        7,
        8,
        'resolution must be one of DEFLECTED, NO_TOUCH, AGENT, UNRESOLVED',
      ],
      [7, 9, 'sla_met must be true/false, yes/no or 1/0'],
      [7, 10, 'reopened must be true/false, yes/no or 1/0'],
      [7, 11, 'handling_minutes must not be negative'],
      [7, 7, 'resolved_at is before opened_at'],
      [7, 6, 'first_response_at is before opened_at'],
    ]);
  });

  it('refuses a timestamp that is not ISO-8601, naming its column', () => {
    const result = parse('R5,HR,Payslip,PORTAL,02/03/2026 09:00,,,,,,');
    expect(result.ok === false && result.errors[0]).toMatchObject({
      column: 5,
      value: '02/03/2026 09:00',
    });
  });

  it('accepts resolution spellings with spaces or hyphens', () => {
    const result = parse(
      'R6,HR,Payslip,PORTAL,2026-03-02T09:00:00Z,,2026-03-02T09:05:00Z,no touch,,,',
    );
    expect(result.ok && result.row.resolution).toBe('NO_TOUCH');
  });
});
