import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ensureRequestFactPartitions } from '@esm-planner/api-data-access-db';
import { AUDIT_FROM_REQUESTS_SQL } from '../../../src/modules/baselines/audit-from-requests.sql';
import {
  buildMember,
  buildOrganization,
  QUERIES,
} from '../../support/fixtures';
import { importText } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const FIELDS = `auditId departmentId source windowStart windowEnd windowDays totalRequests monthlyVolume informalShare
  avgHandlingMinutes avgFirstResponseHours medianFirstResponseHours p90FirstResponseHours
  byChannel { channel count share } topRequestTypes { requestType count share cumulativeShare }`;
const CREATE = `mutation($input: AuditFromRequestsInput!) { createAuditFromRequests(input: $input) { ${FIELDS} } }`;
const BASELINE = `query($id: ID!) { baseline(departmentId: $id) { ${FIELDS} } baselineHistory(departmentId: $id) { windowStart windowEnd source totalRequests } }`;
const ORGANIZATION_BASELINE =
  'query($id: ID!) { organizationBaseline(organizationId: $id) { source totalRequests medianFirstResponseHours } }';
const HEADER =
  'external_id,department,request_type,channel,opened_at,first_response_at,resolved_at,resolution,sla_met,reopened,handling_minutes';

// Europe/London in 2026: summer time from Sunday 29 March 01:00 UTC (that
// day has 23 hours) to Sunday 25 October 01:00 UTC (25 hours).
const SPRING = { windowStart: '2026-03-23', windowEnd: '2026-03-29' };
const SPRING_RECORDS = [
  // outside: 23:59:59 on Sunday 22 March, local (GMT)
  'HR-1,HR,Onboarding,EMAIL,2026-03-22T23:59:59Z,2026-03-23T01:00:00Z,,,,,10',
  // local midnight of windowStart: in; 2 h to respond, 30 min
  'HR-2,HR,Onboarding,EMAIL,2026-03-23T00:00:00Z,2026-03-23T02:00:00Z,,,,,30',
  // 00:30 GMT on the 29th, answered at 04:30 BST: 3 h elapsed across the change; no handling time
  'HR-3,HR,Onboarding,EMAIL,2026-03-29T00:30:00Z,2026-03-29T04:30:00+01:00,,,,,',
  // 23:30 BST on the window's last day: in (in UTC it is 22:30 the same day); 0.5 h, 12 min
  'HR-4,HR,Payroll,PORTAL,2026-03-29T23:30:00+01:00,2026-03-30T00:00:00+01:00,,,,,12',
  // 00:00 BST on Monday 30 March = 23:00 UTC on the 29th: out (a UTC window would count it)
  'HR-5,HR,Payroll,PORTAL,2026-03-29T23:00:00Z,2026-03-29T23:30:00Z,,,,,40',
  // no first response; 18 min
  'HR-6,HR,Payroll,PORTAL,2026-03-25T10:00:00Z,,,,,,18',
  // a quarter of an hour to respond; no handling time
  'HR-7,HR,Onboarding,CHAT,2026-03-26T09:00:00Z,2026-03-26T09:15:00Z,,,,,',
  // Finance: no first response at all, no handling time
  'FIN-1,Finance,Invoice query,EMAIL,2026-03-24T10:00:00Z,,,,,,',
  'FIN-2,Finance,Invoice query,PHONE,2026-03-27T16:45:00Z,,,,,,',
];

// HR in the spring window, worked by hand: records 2, 3, 4, 6 and 7.
//   Onboarding / CHAT   count 1   handling –               first response 0.25
//   Onboarding / EMAIL  count 2   handling 30 (1 of 2)     first response (2 + 3) / 2 = 2.5
//   Payroll / PORTAL    count 2   handling (12 + 18) / 2   first response 0.5 (1 of 2)
// totalRequests 5, windowDays 7, monthlyVolume 5 × 30.4375 / 7; informal
// (EMAIL 2 + CHAT 1) / 5 = 0.6; handling (30 + 12 + 18) / 3 = 20 minutes;
// first response (0.25 + 2 + 3 + 0.5) / 4 = 1.4375 h; sorted [0.25, 0.5, 2, 3]:
// median rank ceil(4/2) = 2 → 0.5 h, P90 rank ceil(3.6) = 4 → 3 h.
// Onboarding 3 of 5 (0.6), Payroll 2 (0.4, cumulative 1).
const HR_SPRING = {
  source: 'REQUESTS',
  windowStart: '2026-03-23',
  windowEnd: '2026-03-29',
  windowDays: 7,
  totalRequests: 5,
  informalShare: 0.6,
  avgHandlingMinutes: 20,
  avgFirstResponseHours: 1.4375,
  medianFirstResponseHours: 0.5,
  p90FirstResponseHours: 3,
  topRequestTypes: [
    { requestType: 'Onboarding', count: 3, share: 0.6, cumulativeShare: 0.6 },
    { requestType: 'Payroll', count: 2, share: 0.4, cumulativeShare: 1 },
  ],
};

async function londonOrganization(api: TestApi) {
  const { createOrganization } = await api.ok(QUERIES.CREATE_ORGANIZATION, {
    input: { name: `London ${randomUUID()}`, timeZone: 'Europe/London' },
  });
  const department = async (name: string, kind: string) =>
    (
      await api.ok(QUERIES.CREATE_DEPARTMENT, {
        input: { organizationId: createOrganization.id, name, kind },
      })
    ).createDepartment.id as string;
  return {
    id: createOrganization.id as string,
    it: await department('IT', 'IT'),
    hr: await department('HR', 'HR'),
    finance: await department('Finance', 'FINANCE'),
  };
}

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
};
const nodesOf = (node: PlanNode): PlanNode[] => [
  node,
  ...(node.Plans ?? []).flatMap(nodesOf),
];

const csv = (lines: string[]) => `${[HEADER, ...lines].join('\n')}\n`;

describe('createAuditFromRequests', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('builds each department’s audit from the records opened in the window, in local dates (a 23-hour day last)', async () => {
    const org = await londonOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: csv(SPRING_RECORDS),
    });

    const { createAuditFromRequests } = await api.ok(CREATE, {
      input: {
        organizationId: org.id,
        ...SPRING,
        departmentIds: [org.hr, org.finance],
      },
    });
    const [hr, finance] = createAuditFromRequests;
    expect(hr).toMatchObject({ ...HR_SPRING, departmentId: org.hr });
    expect(hr.monthlyVolume).toBeCloseTo((5 * 30.4375) / 7, 10);
    expect(hr.byChannel.filter((c: { count: number }) => c.count > 0)).toEqual([
      { channel: 'EMAIL', count: 2, share: 0.4 },
      { channel: 'CHAT', count: 1, share: 0.2 },
      { channel: 'PORTAL', count: 2, share: 0.4 },
    ]);
    // Finance: two records, neither with a first response nor a handling time.
    expect(finance).toMatchObject({
      source: 'REQUESTS',
      totalRequests: 2,
      informalShare: 1,
      avgHandlingMinutes: null,
      avgFirstResponseHours: null,
      medianFirstResponseHours: null,
      p90FirstResponseHours: null,
    });

    // Stored: the department's baseline reads the same figures back.
    const stored = await api.ok(BASELINE, { id: org.hr });
    expect(stored.baseline).toEqual(hr);
    expect(
      (await api.ok(ORGANIZATION_BASELINE, { id: org.id }))
        .organizationBaseline,
    ).toMatchObject({ source: 'REQUESTS', totalRequests: 7 });
  });

  it('counts the 25 hours of the day summer time ends, the repeated hour twice', async () => {
    const org = await londonOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: csv([
        'A-1,IT,Access,PORTAL,2026-10-24T22:59:59Z,,,,,,', // 23:59:59 BST on the 24th: out
        'A-2,IT,Access,PORTAL,2026-10-24T23:00:00Z,,,,,,', // 00:00 BST on the 25th: in
        'A-3,IT,Access,PORTAL,2026-10-25T00:30:00Z,,,,,,', // 01:30 BST: in
        'A-4,IT,Access,PORTAL,2026-10-25T01:30:00Z,,,,,,', // 01:30 GMT, the same wall time an hour later: in
        'A-5,IT,Access,PORTAL,2026-10-25T23:30:00Z,,,,,,', // 23:30 GMT: in
        'A-6,IT,Access,PORTAL,2026-10-26T00:00:00Z,,,,,,', // 00:00 on the 26th: out
      ]),
    });
    const { createAuditFromRequests } = await api.ok(CREATE, {
      input: {
        organizationId: org.id,
        windowStart: '2026-10-25',
        windowEnd: '2026-10-25',
        departmentIds: [org.it],
      },
    });
    expect(createAuditFromRequests[0]).toMatchObject({
      windowDays: 1,
      totalRequests: 4,
    });
  });

  it('takes the exact nearest-rank median and P90 of first response', async () => {
    const org = await londonOrganization(api);
    // 70 records answered after 70, 69, …, 1 minutes (unsorted): sorted, the
    // median is rank ceil(70 / 2) = 35 → 35 min, P90 rank ceil(63) = 63 → 63 min.
    const lines = Array.from({ length: 70 }, (_, i) => {
      const opened = Date.UTC(2026, 2, 2, 9) + i * 60_000;
      return `P-${i},IT,Access,EMAIL,${new Date(opened).toISOString()},${new Date(opened + (70 - i) * 60_000).toISOString()},,,,,`;
    });
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: csv(lines),
    });
    const { createAuditFromRequests } = await api.ok(CREATE, {
      input: {
        organizationId: org.id,
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
        departmentIds: [org.it],
      },
    });
    expect(createAuditFromRequests[0].medianFirstResponseHours).toBeCloseTo(
      35 / 60,
      12,
    );
    expect(createAuditFromRequests[0].p90FirstResponseHours).toBeCloseTo(
      63 / 60,
      12,
    );
    expect(createAuditFromRequests[0].avgFirstResponseHours).toBeCloseTo(
      35.5 / 60,
      12,
    ); // (1 + … + 70) / 70 = 35.5 min
  });

  it('replaces the department’s audit of the same window, keeps its other windows, and says where each came from', async () => {
    const org = await londonOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: csv(SPRING_RECORDS),
    });
    const auditFile = (window: { windowStart: string; windowEnd: string }) =>
      importText(api, {
        organizationId: org.id,
        kind: 'AUDIT',
        csv: 'department,request_type,channel,count\nHR,Leave,EMAIL,40\n',
        ...window,
      });
    await auditFile(SPRING);
    await auditFile({ windowStart: '2026-03-09', windowEnd: '2026-03-22' });

    await api.ok(CREATE, {
      input: { organizationId: org.id, ...SPRING, departmentIds: [org.hr] },
    });
    // The same request again replaces it again: still one audit of the window.
    await api.ok(CREATE, {
      input: {
        organizationId: org.id,
        ...SPRING,
        departmentIds: [org.hr, org.hr],
      },
    });
    const { baseline, baselineHistory } = await api.ok(BASELINE, {
      id: org.hr,
    });
    expect(baseline).toMatchObject(HR_SPRING);
    expect(baselineHistory).toEqual([
      { ...SPRING, source: 'REQUESTS', totalRequests: 5 },
      {
        windowStart: '2026-03-09',
        windowEnd: '2026-03-22',
        source: 'AUDIT',
        totalRequests: 40,
      },
    ]);

    // An audit file of the same window replaces the derived one in turn.
    await auditFile(SPRING);
    expect((await api.ok(BASELINE, { id: org.hr })).baseline).toMatchObject({
      source: 'AUDIT',
      totalRequests: 40,
    });
    // Audits of both kinds: the organisation baseline has no single source.
    await api.ok(CREATE, {
      input: {
        organizationId: org.id,
        ...SPRING,
        departmentIds: [org.finance],
      },
    });
    expect(
      (await api.ok(ORGANIZATION_BASELINE, { id: org.id }))
        .organizationBaseline,
    ).toMatchObject({ source: null, totalRequests: 42 });
  });

  it('refuses a department without records in the window, naming departmentIds, and stores nothing', async () => {
    const org = await londonOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: csv(SPRING_RECORDS),
    });
    const result = await api.gql(CREATE, {
      input: {
        organizationId: org.id,
        ...SPRING,
        departmentIds: [org.hr, org.it],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields).toEqual([
      {
        field: 'departmentIds',
        message:
          'no request records opened from 2026-03-23 to 2026-03-29 (local dates) for IT: import them first, or choose another window',
      },
    ]);
    expect((await api.ok(BASELINE, { id: org.hr })).baseline).toBeNull();
  });

  it('names the input fields that are wrong', async () => {
    const org = await londonOrganization(api);
    const fieldsOf = async (input: Record<string, unknown>) =>
      (
        await api.gql(CREATE, {
          input: {
            organizationId: org.id,
            departmentIds: [org.hr],
            ...SPRING,
            ...input,
          },
        })
      ).errors![0].extensions!.fields;
    expect(
      await fieldsOf({ windowStart: '2026-03-29', windowEnd: '2026-03-23' }),
    ).toEqual([
      {
        field: 'windowEnd',
        message: 'windowEnd 2026-03-23 is before windowStart 2026-03-29',
      },
    ]);
    expect(await fieldsOf({ departmentIds: [] })).toEqual([
      { field: 'departmentIds', message: 'name at least one department' },
    ]);
  });

  it('is for ADMIN, COE and a department head’s own departments; other ids are not found', async () => {
    const org = await londonOrganization(api);
    const other = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: csv(SPRING_RECORDS),
    });
    const create = (
      departmentIds: string[],
      token: string,
      organizationId = org.id,
    ) =>
      api.gql(
        CREATE,
        { input: { organizationId, ...SPRING, departmentIds } },
        token,
      );

    const coe = await buildMember(api, org.id, 'COE');
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [org.hr]);
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const executive = await buildMember(api, org.id, 'EXECUTIVE');
    const outsider = await buildMember(api, other.id, 'ADMIN');

    expect((await create([org.hr], coe.token)).errors).toBeUndefined();
    expect((await create([org.hr], head.token)).errors).toBeUndefined();
    expect(errorCode(await create([org.hr, org.finance], head.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await create([org.finance], head.token))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await create([org.hr], viewer.token))).toBe('FORBIDDEN');
    expect(errorCode(await create([org.hr], executive.token))).toBe(
      'FORBIDDEN',
    );
    // Another organisation's caller, or another organisation's department.
    expect(errorCode(await create([org.hr], outsider.token))).toBe('NOT_FOUND');
    expect(errorCode(await create([other.departments.hr], coe.token))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await create([randomUUID()], coe.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('reads only the window’s facts, through the (organisation, department, opened_at) index', async () => {
    const org = await londonOrganization(api);
    const dataSource = api.running.app.get(DataSource);
    // A year and more of facts (60,000, every 10 minutes across three
    // departments), as an organisation with a long export has: a two-week
    // window of one department is about 1 % of them. Their months'
    // partitions first, as the importer makes them.
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await ensureRequestFactPartitions(
        (sql, parameters) => runner.query(sql, parameters),
        `(VALUES (timestamptz '2026-01-01 00:10Z'), (timestamptz '2026-01-01 00:00Z' + 60000 * interval '10 minutes')) AS span(opened_at)`,
      );
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    await dataSource.query(
      `INSERT INTO request_fact (organization_id, source, external_id, department_id, request_type, channel, opened_at, first_response_at, handling_minutes)
       SELECT $1, 'GENERIC', 'gen-' || g, (ARRAY[$2, $3, $4]::uuid[])[g % 3 + 1], 'Type ' || g % 7, 'EMAIL',
              timestamptz '2026-01-01 00:00Z' + g * interval '10 minutes', timestamptz '2026-01-01 01:00Z' + g * interval '10 minutes', g % 30
         FROM generate_series(1, 60000) g`,
      [org.id, org.it, org.hr, org.finance],
    );
    await dataSource.query('ANALYZE request_fact');
    const [row] = await dataSource.query(
      `EXPLAIN (FORMAT JSON) ${AUDIT_FROM_REQUESTS_SQL}`,
      [org.id, 'Europe/London', [org.hr], '2026-03-02', '2026-03-15'],
    );
    const nodes = nodesOf(row['QUERY PLAN'][0].Plan as PlanNode);
    // request_fact is partitioned by month: its months' tables and their
    // copies of the index are read.
    expect(
      nodes
        .filter((node) => node['Relation Name']?.startsWith('request_fact'))
        .map((node) => node['Node Type']),
    ).not.toContain('Seq Scan');
    const monthIndexes = new Set(
      (
        await dataSource.query(
          `SELECT relid::regclass::text AS name FROM pg_partition_tree('request_fact_department_opened_idx') WHERE isleaf`,
        )
      ).map((index: { name: string }) => index.name),
    );
    const indexReads = nodes.filter((node) =>
      monthIndexes.has(node['Index Name'] ?? ''),
    );
    expect(indexReads).toHaveLength(1);
    expect(indexReads[0]['Index Cond']).toMatch(/opened_at >= .*opened_at < /);

    // And the figures of those facts: HR has every third 10-minute slot,
    // 14 days × 144 slots / 3 = 672 records.
    const { createAuditFromRequests } = await api.ok(CREATE, {
      input: {
        organizationId: org.id,
        windowStart: '2026-03-02',
        windowEnd: '2026-03-15',
        departmentIds: [org.hr],
      },
    });
    expect(createAuditFromRequests[0]).toMatchObject({
      totalRequests: 672,
      avgFirstResponseHours: 1,
      medianFirstResponseHours: 1,
      p90FirstResponseHours: 1,
    });
  });
});
