import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Client } from 'pg';
import { rebuildAllRequestRollups } from '@esm-planner/api-data-access-db';
import { buildMember, buildOrganization } from '../../support/fixtures';
import { importText, SAMPLE_REQUESTS } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const METRICS = `query($id: ID!, $from: Date!, $to: Date!, $grain: Grain!) {
  serviceMetrics(departmentId: $id, from: $from, to: $to, grain: $grain) {
    periodStart total deflected noTouch resolved mttrHours medianResolutionHours p90ResolutionHours slaMet slaTracked reopened source } }`;
const CHANNELS = `query($id: ID!, $from: Date!, $to: Date!, $grain: Grain!) { channelVolume(departmentId: $id, from: $from, to: $to, grain: $grain) { periodStart channel count } }`;
const DEFLECTION = `query($id: ID!, $from: Date!, $to: Date!) { organizationDeflection(organizationId: $id, from: $from, to: $to) {
  department { id name kind } total deflected deflectionRate benchmark { target source } benchmarkIsAssumption gapToBenchmark } }`;
const RANGE = { from: '2026-01-05', to: '2026-07-05' };

type Row = Record<string, string>;
const sample: Row[] = parse(readFileSync(SAMPLE_REQUESTS), { columns: true });

// An independent computation over the file, by hand: UTC (the fixture's
// zone), weeks from Monday, nearest-rank percentiles.
function mondayOf(iso: string): string {
  const date = new Date(iso);
  const day = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()),
  );
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
function expectedWeeks(department: string) {
  const weeks = new Map<string, Row[]>();
  for (const row of sample.filter((r) => r.department === department)) {
    const week = mondayOf(row.opened_at);
    weeks.set(week, [...(weeks.get(week) ?? []), row]);
  }
  return new Map(
    [...weeks].map(([week, rows]) => {
      const hours = rows
        .filter((r) => r.resolved_at)
        .map(
          (r) =>
            (Date.parse(r.resolved_at) - Date.parse(r.opened_at)) / 3_600_000,
        )
        .sort((a, b) => a - b);
      const rank = (p: number) => hours[Math.ceil(p * hours.length) - 1];
      return [
        week,
        {
          total: rows.length,
          deflected: rows.filter(
            (r) => r.resolution === 'DEFLECTED' || r.resolution === 'NO_TOUCH',
          ).length,
          noTouch: rows.filter((r) => r.resolution === 'NO_TOUCH').length,
          resolved: hours.length,
          slaMet: rows.filter((r) => r.sla_met === 'true').length,
          slaTracked: rows.filter((r) => r.sla_met !== '').length,
          reopened: rows.filter((r) => r.resolved_at && r.reopened === 'true')
            .length,
          mttr: hours.reduce((a, b) => a + b, 0) / hours.length,
          median: rank(0.5),
          p90: rank(0.9),
        },
      ];
    }),
  );
}

describe('request rollups', () => {
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

  const snapshot = async (organizationId: string) => {
    const { rows } = await db.query(
      `SELECT department_id, to_char(day, 'YYYY-MM-DD') AS day, row_to_json(r)::text AS json FROM request_day_rollup r WHERE organization_id = $1
       UNION ALL SELECT department_id, to_char(day, 'YYYY-MM-DD'), 'channel ' || channel || ' ' || count FROM request_day_channel WHERE organization_id = $1
       UNION ALL SELECT department_id, to_char(day, 'YYYY-MM-DD'), 'type ' || request_type || ' ' || count FROM request_day_type WHERE organization_id = $1`,
      [organizationId],
    );
    return rows as { department_id: string; day: string; json: string }[];
  };

  it('serves weekly figures and channel volumes that match a count of the file', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: readFileSync(SAMPLE_REQUESTS, 'utf8'),
    });
    const { serviceMetrics } = await api.ok(METRICS, {
      id: org.departments.it,
      ...RANGE,
      grain: 'WEEK',
    });
    const expected = expectedWeeks('IT');
    expect(serviceMetrics).toHaveLength(26);
    for (const point of serviceMetrics) {
      const week = expected.get(point.periodStart)!;
      expect(point).toMatchObject({
        source: 'REQUESTS',
        total: week.total,
        deflected: week.deflected,
        noTouch: week.noTouch,
        resolved: week.resolved,
        slaMet: week.slaMet,
        slaTracked: week.slaTracked,
        reopened: week.reopened,
      });
      expect(point.mttrHours).toBeCloseTo(week.mttr, 9);
      expect(point.medianResolutionHours).toBeCloseTo(week.median, 9);
      expect(point.p90ResolutionHours).toBeCloseTo(week.p90, 9);
    }

    const { channelVolume } = await api.ok(CHANNELS, {
      id: org.departments.hr,
      ...RANGE,
      grain: 'WEEK',
    });
    const counted = new Map<string, number>();
    for (const row of sample.filter((r) => r.department === 'HR')) {
      const key = `${mondayOf(row.opened_at)} ${row.channel}`;
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    const served = new Map(
      channelVolume
        .filter((p: { count: number }) => p.count > 0)
        .map((p: { periodStart: string; channel: string; count: number }) => [
          `${p.periodStart} ${p.channel}`,
          p.count,
        ]),
    );
    expect(served).toEqual(counted);
  });

  it('stores nothing new on a re-import, and rebuilds exactly the days of changed rows', async () => {
    const org = await buildOrganization(api);
    const csv = readFileSync(SAMPLE_REQUESTS, 'utf8');
    await importText(api, { organizationId: org.id, kind: 'REQUESTS', csv });
    const before = await snapshot(org.id);
    const again = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
    });
    expect(again).toMatchObject({ status: 'SUCCEEDED', rowsStored: 0 });
    expect(await snapshot(org.id)).toEqual(before);

    // REQ0000001 (IT, opened 2026-01-06) becomes DEFLECTED; REQ0000002 (IT,
    // opened 2026-01-11) moves to 2026-02-03: three IT days change.
    const changed = csv
      .replace(
        'REQ0000001,IT,BitLocker recovery,VIRTUAL_AGENT,2026-01-06T17:55:24Z,2026-01-06T18:15:24Z,2026-01-07T03:09:36Z,AGENT,',
        'REQ0000001,IT,BitLocker recovery,VIRTUAL_AGENT,2026-01-06T17:55:24Z,2026-01-06T18:15:24Z,2026-01-07T03:09:36Z,DEFLECTED,',
      )
      .replace(
        'REQ0000002,IT,VPN access,CHAT,2026-01-11T15:19:14Z,2026-01-11T21:44:14Z,2026-01-14T03:31:38Z',
        'REQ0000002,IT,VPN access,CHAT,2026-02-03T15:19:14Z,2026-02-03T21:44:14Z,2026-02-04T03:31:38Z',
      );
    expect(changed).not.toBe(csv);
    const third = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: changed,
    });
    expect(third).toMatchObject({ status: 'SUCCEEDED', rowsStored: 2 });
    const after = await snapshot(org.id);
    const key = (row: { department_id: string; day: string; json: string }) =>
      `${row.department_id} ${row.day} ${row.json}`;
    const beforeKeys = new Set(before.map(key));
    const afterKeys = new Set(after.map(key));
    const changedDays = new Set(
      [
        ...before.filter((r) => !afterKeys.has(key(r))),
        ...after.filter((r) => !beforeKeys.has(key(r))),
      ].map((r) => `${r.department_id} ${r.day}`),
    );
    expect([...changedDays].sort()).toEqual([
      `${org.departments.it} 2026-01-06`,
      `${org.departments.it} 2026-01-11`,
      `${org.departments.it} 2026-02-03`,
    ]);
  });

  it('stores the same facts and rollups whichever path reads the file', async () => {
    const csv = readFileSync(SAMPLE_REQUESTS, 'utf8');
    // A space for the T is valid ISO-8601 that only the JavaScript path reads.
    const spaced = csv.replace(
      '2026-01-06T17:55:24Z,2026-01-06T18:15:24Z',
      '2026-01-06 17:55:24Z,2026-01-06T18:15:24Z',
    );
    expect(spaced).not.toBe(csv);
    const contents = async (organizationId: string) => {
      const names = new Map(
        (
          await db.query(
            'SELECT id, name FROM department WHERE organization_id = $1',
            [organizationId],
          )
        ).rows.map((r) => [r.id, r.name]),
      );
      const rows = (await snapshot(organizationId)).map(
        (r) =>
          `${names.get(r.department_id)} ${r.day} ${r.json.replaceAll(r.department_id, '').replaceAll(organizationId, '')}`,
      );
      const facts = await db.query(
        `SELECT md5(string_agg(concat_ws('|', external_id, request_type, channel, opened_at, first_response_at, resolved_at, resolution, sla_met, reopened, handling_minutes::float8), ',' ORDER BY external_id)) AS digest
           FROM request_fact WHERE organization_id = $1`,
        [organizationId],
      );
      return { rows: rows.sort(), digest: facts.rows[0].digest };
    };
    const fast = await buildOrganization(api);
    const slow = await buildOrganization(api);
    await importText(api, { organizationId: fast.id, kind: 'REQUESTS', csv });
    await importText(api, {
      organizationId: slow.id,
      kind: 'REQUESTS',
      csv: spaced,
    });
    expect(await contents(slow.id)).toEqual(await contents(fast.id));
  });

  it('rebuilds an organisation’s rollups from its facts to the same rows the imports kept (backfill, time zone change)', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: readFileSync(SAMPLE_REQUESTS, 'utf8'),
    });
    const periods = async () =>
      (
        await db.query(
          'SELECT department_id, grain, period_start::text, resolved, median_ms, p90_ms FROM request_period_resolution WHERE organization_id = $1 ORDER BY 1, 2, 3',
          [org.id],
        )
      ).rows;
    const before = { days: await snapshot(org.id), periods: await periods() };
    await db.query('BEGIN');
    await rebuildAllRequestRollups(
      async (sql, parameters) => (await db.query(sql, parameters)).rows,
      { organizationId: org.id, timeZone: 'UTC' },
    );
    await db.query('COMMIT');
    const sort = (
      rows: { department_id: string; day: string; json: string }[],
    ) =>
      [...rows].sort((a, b) =>
        `${a.department_id}${a.day}${a.json}`.localeCompare(
          `${b.department_id}${b.day}${b.json}`,
        ),
      );
    expect(sort(await snapshot(org.id))).toEqual(sort(before.days));
    expect(await periods()).toEqual(before.periods);
    expect(before.periods.length).toBeGreaterThan(0);
  });

  it('compares each department’s deflection with its benchmark, and shows a department head only their own', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: readFileSync(SAMPLE_REQUESTS, 'utf8'),
    });
    const { organizationDeflection } = await api.ok(DEFLECTION, {
      id: org.id,
      from: '2026-03-01',
      to: '2026-03-31',
    });
    const it = sample.filter(
      (r) => r.department === 'IT' && r.opened_at.startsWith('2026-03'),
    );
    const itDeflected = it.filter(
      (r) => r.resolution === 'DEFLECTED' || r.resolution === 'NO_TOUCH',
    ).length;
    expect(
      organizationDeflection.map(
        (row: { department: { kind: string } }) => row.department.kind,
      ),
    ).toEqual(['IT', 'HR', 'FINANCE']);
    expect(organizationDeflection[0]).toMatchObject({
      total: it.length,
      deflected: itDeflected,
      benchmark: { target: 0.75, source: 'PUBLISHED' },
      benchmarkIsAssumption: false,
    });
    expect(organizationDeflection[0].deflectionRate).toBeCloseTo(
      itDeflected / it.length,
      12,
    );
    expect(organizationDeflection[0].gapToBenchmark).toBeCloseTo(
      itDeflected / it.length - 0.75,
      12,
    );

    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    const { organizationDeflection: own } = await api.ok(
      DEFLECTION,
      { id: org.id, from: '2026-03-01', to: '2026-03-31' },
      head.token,
    );
    expect(
      own.map((row: { department: { id: string } }) => row.department.id),
    ).toEqual([org.departments.hr]);
    const outsider = await buildMember(
      api,
      (await buildOrganization(api)).id,
      'ADMIN',
    );
    expect(
      errorCode(
        await api.gql(
          DEFLECTION,
          { id: org.id, from: '2026-03-01', to: '2026-03-31' },
          outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.gql(
          CHANNELS,
          { id: org.departments.it, ...RANGE, grain: 'WEEK' },
          head.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
