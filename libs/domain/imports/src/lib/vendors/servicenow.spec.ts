import { compileColumnMapping } from '../mapping/compile-mapping';
import { RowVersion } from '../mapping/event-log';
import { RequestRow } from '../request-row';
import { SERVICENOW_MAPPING } from './servicenow';

type VendorRequestRow = RequestRow & { version: RowVersion | null };

const HEADER = [
  'number',
  'incident_state',
  'reassignment_count',
  'reopen_count',
  'sys_mod_count',
  'made_sla',
  'sys_updated_at',
  'contact_type',
  'category',
  'assignment_group',
  'knowledge',
  'opened_at',
  'resolved_at',
  'closed_at',
];

// The built-in mapping read by the engine, one record as a case of one
// event, with the event's version beside the row.
function read(
  cells: Partial<Record<string, string>>,
  header = HEADER,
  timeZone = 'UTC',
) {
  const mapped = compileColumnMapping({
    mapping: SERVICENOW_MAPPING,
    header,
    timeZone,
  });
  if (!mapped.ok) throw new Error(mapped.errors[0].message);
  const record = header.map((name) => cells[name] ?? '');
  const result = mapped.mapping.readRow({ cells: record, line: 7 });
  return result.ok
    ? {
        ok: true as const,
        row: { ...result.row, version: result.version ?? null },
      }
    : result;
}

const base = {
  number: 'INC0000045',
  incident_state: 'Closed',
  reassignment_count: '0',
  reopen_count: '0',
  sys_mod_count: '4',
  made_sla: 'true',
  sys_updated_at: '5/3/2016 12:00',
  contact_type: 'Phone',
  category: 'Category 55',
  assignment_group: 'Group 56',
  knowledge: 'true',
  opened_at: '29/2/2016 01:16',
  resolved_at: '29/2/2016 11:29',
  closed_at: '5/3/2016 12:00',
};

function row(cells: Partial<Record<string, string>>): VendorRequestRow {
  const result = read(cells);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.row;
}

describe('ServiceNow incident mapping', () => {
  it('maps the first incident of the real sample (INC0000045, its last update)', () => {
    expect(row(base)).toEqual({
      externalId: 'INC0000045',
      department: 'Group 56',
      requestType: 'Category 55',
      channel: 'PHONE',
      openedAt: Date.UTC(2016, 1, 29, 1, 16),
      firstResponseAt: null,
      resolvedAt: Date.UTC(2016, 1, 29, 11, 29),
      // knowledge = true and no reassignment: deflected.
      resolution: 'DEFLECTED',
      slaMet: true,
      reopened: false,
      handlingMinutes: null,
      readInTimeZone: true,
      version: { rank: 4, updatedAt: Date.UTC(2016, 2, 5, 12, 0) },
    });
  });

  it('applies the resolution rule: reassigned or without knowledge → AGENT, no resolution → UNRESOLVED', () => {
    expect(row({ ...base, reassignment_count: '1' }).resolution).toBe('AGENT');
    expect(row({ ...base, knowledge: 'false' }).resolution).toBe('AGENT');
    expect(row({ ...base, knowledge: '?' }).resolution).toBe('AGENT');
    expect(
      row({
        ...base,
        resolved_at: '?',
        closed_at: '?',
        incident_state: 'Active',
      }).resolution,
    ).toBe('UNRESOLVED');
  });

  it('falls back to closed_at only when the state is Resolved or Closed', () => {
    expect(row({ ...base, resolved_at: '?' }).resolvedAt).toBe(
      Date.UTC(2016, 2, 5, 12, 0),
    );
    expect(
      row({ ...base, resolved_at: '', incident_state: 'Awaiting User Info' })
        .resolvedAt,
    ).toBeNull();
  });

  it('maps contact types case-insensitively and reports the rest as OTHER', () => {
    const channel = (contact_type: string) => row({ ...base, contact_type });
    expect(channel('EMAIL').channel).toBe('EMAIL');
    expect(channel('IVR').channel).toBe('PHONE');
    expect(channel('Self-service').channel).toBe('PORTAL');
    expect(channel('self service').channel).toBe('PORTAL');
    expect(channel('Walk-in').channel).toBe('WALK_UP');
    expect(channel('Virtual Agent').channel).toBe('VIRTUAL_AGENT');
    expect(channel('Direct opening')).toMatchObject({
      channel: 'OTHER',
      mappedToOther: { field: 'channel', value: 'Direct opening' },
    });
  });

  it('reads a missing group as the department "Unassigned", reopen_count > 0 as reopened, ? as missing', () => {
    expect(row({ ...base, assignment_group: '?' }).department).toBe(
      'Unassigned',
    );
    expect(row({ ...base, reopen_count: '2' }).reopened).toBe(true);
    expect(row({ ...base, made_sla: '?' }).slaMet).toBeNull();
    // The real sample has incidents with category "?": kept, as "Uncategorised".
    expect(row({ ...base, category: '?' }).requestType).toBe('Uncategorised');
  });

  it('reads dd-MM-yyyy HH:mm:ss and yyyy-MM-dd HH:mm:ss in the organisation time zone', () => {
    const london = read(
      {
        ...base,
        opened_at: '01-07-2026 09:00:00',
        resolved_at: '2026-07-01 10:30:00',
        closed_at: '?',
      },
      HEADER,
      'Europe/London',
    );
    expect(london.ok && london.row.openedAt).toBe(Date.UTC(2026, 6, 1, 8, 0));
    expect(london.ok && london.row.resolvedAt).toBe(
      Date.UTC(2026, 6, 1, 9, 30),
    );
  });

  it('accepts display-label headers', () => {
    const labels = [
      'Number',
      'State',
      'Reassignment count',
      'Reopen count',
      'Updates',
      'Made SLA',
      'Updated',
      'Channel',
      'Category',
      'Assignment group',
      'Knowledge',
      'Opened',
      'Resolved',
      'Closed',
    ];
    const byLabel = Object.fromEntries(
      HEADER.map((name, i) => [labels[i], base[name as keyof typeof base]]),
    );
    const result = read(byLabel, labels);
    expect(result.ok && result.row.externalId).toBe('INC0000045');
    expect(result.ok && result.row.version).toEqual({
      rank: 4,
      updatedAt: Date.UTC(2016, 2, 5, 12, 0),
    });
  });

  it('names the missing columns and the ones found', () => {
    const mapped = compileColumnMapping({
      mapping: SERVICENOW_MAPPING,
      header: ['number', 'opened_at', 'caller_id'],
      timeZone: 'UTC',
    });
    expect(mapped.ok).toBe(false);
    expect(!mapped.ok && mapped.errors[0].message).toBe(
      'this is not a ServiceNow incident export: missing columns contact_type, category; the header has number, opened_at, caller_id',
    );
  });

  it('reports every bad cell with its column, and a resolution before the opening', () => {
    const result = read({
      ...base,
      opened_at: '31/2/2016 10:00',
      reopen_count: 'many',
      made_sla: 'maybe',
    });
    expect(result.ok).toBe(false);
    expect(
      !result.ok && result.errors.map((e) => [e.line, e.column, e.field]),
    ).toEqual([
      [7, 12, 'opened_at'],
      [7, 6, 'made_sla'],
      [7, 4, 'reopen_count'],
    ]);
    const backwards = read({ ...base, resolved_at: '28/2/2016 10:00' });
    expect(!backwards.ok && backwards.errors[0]).toMatchObject({
      line: 7,
      column: 13,
      field: 'resolved_at',
      message: 'resolved_at is before the opening time',
    });
  });
});
