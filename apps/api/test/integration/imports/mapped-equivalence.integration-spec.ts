import { Client } from 'pg';
import {
  ColumnMappingInput,
  compileColumnMapping,
  MappedEvent,
  RequestRow,
} from '@esm-planner/domain-imports';
import { importText } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

/**
 * The mapped COPY path (SQL over values the engine reads once per distinct
 * cell, cases built with window functions) against the engine's own
 * JavaScript reader — the reference — on seeded files full of the awkward
 * cases: unsorted events, ties in time, reopened cases, a department that
 * changes on the last event, missing values, fallbacks, value maps to
 * OTHER, local times in a clock change, broken rows (invalidRows: SKIP).
 */

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAVE = `mutation($input: ColumnMappingInput!) { saveColumnMapping(input: $input) { id } }`;
const ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const NEW_YORK = 'America/New_York';

type Fact = {
  external_id: string;
  department: string;
  request_type: string;
  channel: string;
  opened_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  resolution: string | null;
  sla_met: boolean | null;
  reopened: boolean | null;
  handling_minutes: number | null;
};

const iso = (ms: number | null) =>
  ms === null ? null : new Date(ms).toISOString();
const fact = (row: RequestRow): Fact => ({
  external_id: row.externalId,
  department: row.department.toLowerCase(),
  request_type: row.requestType,
  channel: row.channel,
  opened_at: iso(row.openedAt)!,
  first_response_at: iso(row.firstResponseAt),
  resolved_at: iso(row.resolvedAt),
  resolution: row.resolution,
  sla_met: row.slaMet,
  reopened: row.reopened,
  handling_minutes: row.handlingMinutes,
});

/** Local wall-clock text `MM/dd/yyyy HH:mm` around New York's 2026 clock changes and elsewhere. */
function localTime(next: () => number): string {
  const pick = next();
  const base =
    pick < 0.15
      ? Date.UTC(2026, 2, 8, 1, 30)
      : pick < 0.3
        ? Date.UTC(2026, 10, 1, 0, 45)
        : Date.UTC(2026, 0, 5) + Math.floor(next() * 150) * 86_400_000;
  // Ticks of 20 minutes: the gap (02:00–03:00 on 8 March) and the repeated hour (01:00–02:00 on 1 November) get values, and ties happen.
  const at = new Date(base + Math.floor(next() * 9) * 20 * 60_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getUTCMonth() + 1)}/${two(at.getUTCDate())}/${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

describe('the mapped COPY path reads what the engine reads', () => {
  let api: TestApi;
  let db: Client;
  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  async function run(
    name: string,
    mapping: Omit<ColumnMappingInput, 'name' | 'kind'>,
    csv: string,
  ) {
    const { createOrganization } = await api.ok(ORGANIZATION, {
      input: { name: `${name} ${Date.now()}`, timeZone: NEW_YORK },
    });
    const organizationId = createOrganization.id as string;
    const { saveColumnMapping } = await api.ok(SAVE, {
      input: { ...mapping, organizationId, name, kind: 'REQUESTS' },
    });
    const job = await importText(api, {
      organizationId,
      kind: 'REQUESTS',
      csv,
      mappingId: saveColumnMapping.id,
      invalidRows: 'SKIP',
      createDepartments: true,
    });
    const { rows } = await db.query(
      `SELECT f.external_id, lower(d.name) AS department, f.request_type, f.channel, f.opened_at, f.first_response_at, f.resolved_at, f.resolution, f.sla_met, f.reopened,
              f.handling_minutes::float8 AS handling_minutes
         FROM request_fact f JOIN department d ON d.id = f.department_id WHERE f.organization_id = $1 ORDER BY f.external_id`,
      [organizationId],
    );
    const stored: Fact[] = rows.map((r) => ({
      ...r,
      opened_at: r.opened_at.toISOString(),
      first_response_at: iso(r.first_response_at?.getTime() ?? null),
      resolved_at: iso(r.resolved_at?.getTime() ?? null),
    }));
    return { job, stored };
  }

  it('builds the same cases from an unsorted event log with ties, reopened cases and broken events', async () => {
    const next = random(12);
    const stages = ['Logged', 'In progress', 'Waiting', 'Resolved', 'Closed'];
    const lines = ['Case,When,Stage,Team,Kind,Via,Seq'];
    for (let c = 0; c < 400; c += 1) {
      const events = 1 + Math.floor(next() * 6);
      let seq = 0;
      for (let e = 0; e < events; e += 1) {
        const broken = next();
        const when =
          broken < 0.01 ? 'yesterday' : broken < 0.02 ? '?' : localTime(next);
        const stage =
          next() < 0.05 ? '' : stages[Math.floor(next() * stages.length)];
        const team = ['Contracts', 'Disputes', 'Privacy', ' privacy '][
          Math.floor(next() * 4)
        ];
        const kind = next() < 0.01 ? '' : `Kind ${Math.floor(next() * 5)}`;
        const via = ['mail', 'Phone', 'Fax', 'N/A', 'portal'][
          Math.floor(next() * 5)
        ];
        seq += next() < 0.2 ? 0 : 1;
        lines.push(
          [
            next() < 0.005 ? '' : `M-${c}`,
            when,
            stage,
            team,
            kind,
            via,
            next() < 0.05 ? '' : String(seq),
          ].join(','),
        );
      }
    }
    // Unsorted: the events of a case are scattered through the file.
    const header = lines[0];
    const body = lines.slice(1).sort(() => next() - 0.5);
    const csv = `${[header, ...body].join('\n')}\n`;
    const mapping = {
      fields: [
        { field: 'external_id', column: 'Case' },
        { field: 'department', column: 'Team' },
        { field: 'request_type', column: 'Kind' },
        { field: 'channel', column: 'Via' },
      ],
      values: [{ field: 'channel', from: 'mail', to: 'EMAIL' }],
      dateFormat: 'MM/dd/yyyy HH:mm',
      missingValues: ['N/A', '?'],
      eventLog: {
        eventTime: 'When',
        status: 'Stage',
        resolvedStatuses: ['Resolved', 'Closed'],
      },
    };
    for (const variant of [
      mapping,
      { ...mapping, eventLog: { ...mapping.eventLog, sequence: 'Seq' } },
    ]) {
      const { job, stored } = await run(
        variant === mapping ? 'Events' : 'Events with sequence',
        variant,
        csv,
      );
      // The reference: the engine reads every event and builds every case.
      const compiled = compileColumnMapping({
        mapping: { ...variant, name: 'reference', kind: 'REQUESTS' },
        header: header.split(','),
        timeZone: NEW_YORK,
      });
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
      // An event the engine cannot read is an invalid row, left out of its case (docs/decisions/0005).
      const events = new Map<string, MappedEvent[]>();
      let invalidEvents = 0;
      body.forEach((line, index) => {
        const read = compiled.mapping.readEvent({
          cells: line.split(','),
          line: index + 2,
        });
        if (read.ok)
          events.set(read.event.caseId, [
            ...(events.get(read.event.caseId) ?? []),
            read.event,
          ]);
        else invalidEvents += 1;
      });
      const expected: Fact[] = [];
      let invalidCases = 0;
      for (const caseEvents of events.values()) {
        const [built] = compiled.mapping.buildCases(caseEvents);
        if (built.result.ok) expected.push(fact(built.result.row));
        else invalidCases += 1;
      }
      expected.sort((a, b) => (a.external_id < b.external_id ? -1 : 1));
      expect(job.status).toBe('SUCCEEDED');
      expect(job.rowsSkipped).toBe(invalidCases + invalidEvents);
      expect(stored).toEqual(expected);
      // The file has what the test is about.
      expect(expected.filter((f) => f.reopened).length).toBeGreaterThan(10);
      expect(invalidCases).toBeGreaterThan(3);
      expect(invalidEvents).toBeGreaterThan(3);
      expect(job.message).toMatch(/Clock changes: [1-9]/);
    }
  });

  it('reads the same rows, with fallbacks, defaults, value maps, a resolution rule and broken rows', async () => {
    const next = random(7);
    const lines = [
      'Number,Opened,Resolved,Closed,State,Group,Category,Contact,Knowledge,Reassigned,Made SLA,Minutes',
    ];
    for (let i = 0; i < 2_000; i += 1) {
      const opened = localTime(next);
      const later = (text: string) =>
        next() < 0.03
          ? '01/01/2026 00:00'
          : text.replace(
              /(\d\d):(\d\d)$/,
              (_, h: string, m: string) =>
                `${String(Math.min(23, Number(h) + 1)).padStart(2, '0')}:${m}`,
            );
      const resolved = next() < 0.4 ? later(opened) : next() < 0.5 ? '?' : '';
      const closed = next() < 0.6 ? later(opened) : '';
      const state = ['New', 'Resolved', 'Closed', '7', 'resolved '][
        Math.floor(next() * 5)
      ];
      const group =
        next() < 0.1
          ? '?'
          : ['Service Desk', 'Payroll', 'Facilities'][Math.floor(next() * 3)];
      const category =
        next() < 0.1 ? '' : `Category ${Math.floor(next() * 30)}`;
      const contact = [
        'email',
        'Phone',
        'self-service',
        'Walk-in',
        'carrier pigeon',
        '',
      ][Math.floor(next() * 6)];
      const number =
        next() < 0.01
          ? ' '
          : next() < 0.02
            ? `INC${i - 1}`
            : ` INC${i}`.trimStart();
      lines.push(
        [
          number,
          opened,
          resolved,
          closed,
          state,
          group,
          category,
          contact,
          next() < 0.5 ? 'true' : 'false',
          String(Math.floor(next() * 3)),
          ['true', 'false', 'yes', ''][Math.floor(next() * 4)],
          next() < 0.02 ? 'lots' : String(Math.floor(next() * 900) / 10),
        ].join(','),
      );
    }
    const csv = `${lines.join('\n')}\n`;
    const mapping: Omit<ColumnMappingInput, 'name' | 'kind'> = {
      fields: [
        { field: 'external_id', column: 'Number' },
        { field: 'department', column: 'Group', default: 'Unassigned' },
        { field: 'request_type', column: 'Category', default: 'Uncategorised' },
        { field: 'channel', column: 'Contact' },
        { field: 'opened_at', column: 'Opened' },
        {
          field: 'resolved_at',
          column: 'Resolved',
          fallback: {
            column: 'Closed',
            when: { column: 'State', equals: ['Resolved', 'Closed', '7'] },
          },
        },
        { field: 'sla_met', column: 'Made SLA' },
        { field: 'handling_minutes', column: 'Minutes' },
      ],
      values: [
        { field: 'channel', from: 'self', to: 'PORTAL', match: 'STARTS_WITH' },
        { field: 'channel', from: 'walk-in', to: 'WALK_UP' },
      ],
      dateFormat: 'MM/dd/yyyy HH:mm',
      missingValues: ['?'],
      resolutionRule: {
        cases: [
          {
            when: [
              { column: 'Knowledge', equals: ['true'] },
              { column: 'Reassigned', equals: ['0'] },
            ],
            then: 'DEFLECTED',
          },
        ],
      },
    };
    const { job, stored } = await run('Rows', mapping, csv);
    const compiled = compileColumnMapping({
      mapping: { ...mapping, name: 'reference', kind: 'REQUESTS' as const },
      header: lines[0].split(','),
      timeZone: NEW_YORK,
    });
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
    const expected = new Map<string, Fact>();
    let invalid = 0;
    lines.slice(1).forEach((line, index) => {
      const read = compiled.mapping.readRow({
        cells: line.split(','),
        line: index + 2,
      });
      // The first of a repeated external id is kept, each later one skipped.
      if (!read.ok || expected.has(read.row.externalId)) invalid += 1;
      else expected.set(read.row.externalId, fact(read.row));
    });
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 2_000,
      rowsSkipped: invalid,
    });
    expect(stored).toEqual(
      [...expected.values()].sort((a, b) =>
        a.external_id < b.external_id ? -1 : 1,
      ),
    );
    expect(invalid).toBeGreaterThan(20);
    expect(
      stored.filter((f) => f.resolution === 'DEFLECTED').length,
    ).toBeGreaterThan(50);
  });

  // Date and time cells of every kind the SQL reading must get exactly right or
  // leave to the engine: variable widths, AM/PM spellings, 12 AM/PM, leap days,
  // 31 April, years out of range, spaces around, missing values, clock changes,
  // and a later format date-fns must read (month names) that SQL cannot.
  it('reads the same times, format by format, as the engine', async () => {
    const next = random(99);
    const pick = <T>(list: readonly T[]) =>
      list[Math.floor(next() * list.length)];
    const local = [
      '3/8/2026 2:30 AM',
      '3/8/2026 1:59 AM',
      '3/8/2026 3:00 AM',
      '11/1/2026 1:30 AM',
      '11/1/2026 1:30 PM',
      '2/29/2024 12:00 AM',
      '2/29/2026 9:00 AM',
      '4/31/2026 9:00 AM',
      '12/31/2026 11:59 PM',
      '1/1/1969 9:00 AM',
      '1/1/2101 9:00 AM',
      '10/10/2026 13:00 PM',
      '10/10/2026 0:15 AM',
      '7/4/2026 12:15 PM',
      ' 7/4/2026 9:15 AM',
      '7/4/2026 9:15 am',
      '7/4/2026 9:15 a.m.',
      '7/4/2026 9:15AM',
      '07/04/2026 09:15 PM',
      '7/4/26 9:15 AM',
      '2026-07-04 21:15',
      '2026-07-04 24:15',
      'Jul 4 2026',
      'July 4, 2026',
      '',
      'N/A',
      'tbd',
      '7/4/2026',
    ];
    const iso = [
      '2026-07-04T09:15:00Z',
      '2026-07-04 09:15',
      '2026-07-04T09:15:00.5+01:00',
      '2026-07-04T09:15:00,123456789-0530',
      '2026-07-04t09:15:00z',
      '2026-07-04T09:15:00 +14:00',
      '2026-07-04T09:15:00+14:30',
      '2026-07-04T09:15:00+01:60',
      '2026-03-29T01:30:00',
      '2026-10-25 01:30:00',
      '2026-02-30T09:00:00Z',
      '2026-07-04T09:15',
      '2026-07-04T9:15:00Z',
      '2026-07-04T09:15:00.Z',
      '',
    ];
    const cases: [
      string,
      Pick<ColumnMappingInput, 'dateFormat' | 'otherDateFormats'>,
      string[],
      string,
    ][] = [
      [
        'US times',
        {
          dateFormat: 'M/d/yyyy h:mm a',
          otherDateFormats: ['yyyy-MM-dd HH:mm', 'MMM d yyyy'],
        },
        local,
        NEW_YORK,
      ],
      ['ISO times', {}, iso, 'Europe/London'],
    ];
    for (const [name, format, cells, zone] of cases) {
      const rows: string[][] = [];
      for (let i = 0; i < 600; i += 1)
        rows.push([`T${i}`, pick(cells), pick(cells)]);
      const lines = [
        'id,opened,closed',
        ...rows.map((cellsOfRow) =>
          cellsOfRow.map((cell) => `"${cell}"`).join(','),
        ),
      ];
      const mapping: Omit<ColumnMappingInput, 'name' | 'kind'> = {
        fields: [
          { field: 'external_id', column: 'id' },
          { field: 'department', constant: 'IT' },
          { field: 'request_type', constant: 'Any' },
          { field: 'channel', constant: 'EMAIL' },
          { field: 'opened_at', column: 'opened' },
          { field: 'resolved_at', column: 'closed' },
        ],
        ...format,
        timeZone: zone,
        missingValues: ['N/A'],
      };
      const { job, stored } = await run(name, mapping, `${lines.join('\n')}\n`);
      const compiled = compileColumnMapping({
        mapping: { ...mapping, name: 'reference', kind: 'REQUESTS' as const },
        header: lines[0].split(','),
        timeZone: NEW_YORK,
      });
      if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
      const expected: Fact[] = [];
      let invalid = 0;
      rows.forEach((cellsOfRow, index) => {
        const read = compiled.mapping.readRow({
          cells: cellsOfRow,
          line: index + 2,
        });
        if (read.ok) expected.push(fact(read.row));
        else invalid += 1;
      });
      expect(job).toMatchObject({
        status: 'SUCCEEDED',
        rowsRead: 600,
        rowsSkipped: invalid,
      });
      expect(stored.map((f) => ({ ...f, department: 'it' }))).toEqual(
        expected
          .sort((a, b) => (a.external_id < b.external_id ? -1 : 1))
          .map((f) => ({ ...f, department: 'it' })),
      );
      expect(expected.length).toBeGreaterThan(100);
    }
  });
});
