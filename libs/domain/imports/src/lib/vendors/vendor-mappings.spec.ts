import { ColumnMappingInput } from '../mapping/column-mapping';
import { compileColumnMapping } from '../mapping/compile-mapping';
import { isLaterVersion } from '../mapping/event-log';
import { FRESHSERVICE_MAPPING } from './freshservice';
import { JSM_MAPPING } from './jira-service-management';
import { isVendorFormat } from './vendor-mappings';

// The built-in mapping read by the engine; a row with its version (null:
// these exports have one row per ticket).
function reader(
  mapping: ColumnMappingInput & { kind: 'REQUESTS' },
  header: string[],
) {
  const mapped = compileColumnMapping({ mapping, header, timeZone: 'UTC' });
  if (!mapped.ok) throw new Error(mapped.errors[0].message);
  return (cells: string[]) => {
    const result = mapped.mapping.readRow({ cells, line: 2 });
    return result.ok
      ? {
          ok: true as const,
          row: { ...result.row, version: result.version ?? null },
        }
      : result;
  };
}

describe('Jira Service Management mapping', () => {
  const header = [
    'Summary',
    'Issue key',
    'Project name',
    'Created',
    'Resolved',
    'Custom field (Request Type)',
    'Request channel',
    'Resolution',
    'Time to resolution',
  ];
  const read = reader(JSM_MAPPING, header);

  it('maps an issue resolved by an agent, with its project as department', () => {
    const result = read([
      'VPN broken',
      'ITSD-12',
      'IT Service Desk',
      '12/Mar/24 9:05 AM',
      '12/Mar/24 1:35 PM',
      'Get IT help',
      'email',
      'Done',
      '2h 30m',
    ]);
    expect(result).toEqual({
      ok: true,
      row: expect.objectContaining({
        externalId: 'ITSD-12',
        department: 'IT Service Desk',
        requestType: 'Get IT help',
        channel: 'EMAIL',
        openedAt: Date.UTC(2024, 2, 12, 9, 5),
        resolvedAt: Date.UTC(2024, 2, 12, 13, 35),
        resolution: 'AGENT',
        slaMet: true,
        version: null,
      }),
    });
  });

  it('classifies resolutions and SLA verdicts', () => {
    const resolution = (
      channel: string,
      text: string,
      resolved = '12/Mar/24 1:35 PM',
    ) => {
      const result = read([
        'x',
        'HR-1',
        'HR',
        '12/Mar/24 9:05 AM',
        resolved,
        'Payslip',
        channel,
        text,
        '',
      ]);
      return result.ok ? result.row.resolution : result.errors[0].message;
    };
    expect(resolution('portal', 'Self-served')).toBe('DEFLECTED');
    expect(resolution('portal', 'Answered by knowledge base')).toBe(
      'DEFLECTED',
    );
    expect(resolution('portal', 'Resolved by automation')).toBe('NO_TOUCH');
    expect(resolution('virtual agent', 'Done')).toBe('DEFLECTED');
    expect(resolution('portal', '', '')).toBe('UNRESOLVED');
    const sla = (text: string) => {
      const result = read([
        'x',
        'HR-1',
        'HR',
        '12/Mar/24 9:05 AM',
        '',
        'Payslip',
        'portal',
        '',
        text,
      ]);
      return result.ok ? result.row.slaMet : result.errors[0].message;
    };
    expect(sla('-1h 10m')).toBe(false);
    expect(sla('Breached')).toBe(false);
    expect(sla('Met')).toBe(true);
    expect(sla('')).toBeNull();
    expect(sla('soon')).toMatch(/Time to resolution must be Met, Breached/);
  });

  it('maps api to FORM and reports jira as OTHER; no project is Unassigned', () => {
    const result = read([
      'x',
      'HR-2',
      '',
      '2024-03-12 09:05',
      '',
      'Payslip',
      'api',
      '',
      '',
    ]);
    expect(result.ok && [result.row.channel, result.row.department]).toEqual([
      'FORM',
      'Unassigned',
    ]);
    const jira = read([
      'x',
      'HR-3',
      'HR',
      '2024-03-12 09:05',
      '',
      'Payslip',
      'jira',
      '',
      '',
    ]);
    expect(jira.ok && jira.row.mappedToOther).toEqual({
      field: 'channel',
      value: 'jira',
    });
  });
});

describe('Freshservice mapping', () => {
  const header = [
    'Ticket Id',
    'Subject',
    'Status',
    'Source',
    'Category',
    'Group',
    'Created Date',
    'Resolved Date',
    'Closed Date',
    'Resolution Status',
  ];
  const read = reader(FRESHSERVICE_MAPPING, header);

  it('maps a resolved ticket with its SLA verdict', () => {
    const result = read([
      '#SR-101',
      'New laptop',
      'Resolved',
      'Portal',
      'Hardware',
      'IT Desk',
      '2024-03-12 09:00:00',
      '2024-03-13 10:00:00',
      '',
      'Within SLA',
    ]);
    expect(result.ok && result.row).toMatchObject({
      externalId: '#SR-101',
      department: 'IT Desk',
      requestType: 'Hardware',
      channel: 'PORTAL',
      resolution: 'AGENT',
      slaMet: true,
      resolvedAt: Date.UTC(2024, 2, 13, 10),
    });
  });

  it('uses the closed date for a Closed ticket without a resolved date, and reads violations', () => {
    const result = read([
      '5',
      's',
      'Closed',
      'Walkup',
      'Access',
      'Facilities',
      '12-03-2024 09:00',
      '',
      '14-03-2024 09:00',
      'SLA Violated',
    ]);
    expect(result.ok && result.row).toMatchObject({
      channel: 'WALK_UP',
      resolvedAt: Date.UTC(2024, 2, 14, 9),
      slaMet: false,
      resolution: 'AGENT',
    });
    const open = read([
      '6',
      's',
      'Open',
      'Feedback Widget',
      'Access',
      '',
      '12-03-2024 09:00',
      '',
      '',
      '',
    ]);
    expect(open.ok && open.row).toMatchObject({
      channel: 'FORM',
      resolution: 'UNRESOLVED',
      department: 'Unassigned',
      slaMet: null,
    });
  });

  it('reports a resolved date before the created date with its column', () => {
    const result = read([
      '7',
      's',
      'Resolved',
      'Email',
      'Access',
      'IT',
      '2024-03-12 09:00:00',
      '2024-03-11 09:00:00',
      '',
      '',
    ]);
    expect(!result.ok && result.errors[0]).toMatchObject({
      line: 2,
      column: 8,
      message: 'Resolved Date is before the created date',
    });
  });
});

describe('isLaterVersion', () => {
  it('prefers the higher sys_mod_count, then the later update, and a known rank over none', () => {
    expect(
      isLaterVersion({ rank: 4, updatedAt: 1 }, { rank: 3, updatedAt: 9 }),
    ).toBe(true);
    expect(
      isLaterVersion({ rank: 3, updatedAt: 9 }, { rank: 3, updatedAt: 1 }),
    ).toBe(true);
    expect(
      isLaterVersion({ rank: 3, updatedAt: 1 }, { rank: 3, updatedAt: 1 }),
    ).toBe(false);
    expect(
      isLaterVersion(
        { rank: 0, updatedAt: null },
        { rank: null, updatedAt: 5 },
      ),
    ).toBe(true);
  });
  it('knows the vendor formats', () => {
    expect(
      ['SERVICENOW', 'JSM', 'FRESHSERVICE', 'GENERIC', 'constructor'].map(
        isVendorFormat,
      ),
    ).toEqual([true, true, true, false, false]);
  });
});
