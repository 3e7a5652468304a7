import { readFileSync } from 'node:fs';
import { buildMember, buildOrganization } from '../../support/fixtures';
import {
  importText,
  SAMPLE_METRICS,
  SAMPLE_REQUESTS,
} from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const METRICS = `query($id: ID!, $from: Date!, $to: Date!, $grain: Grain!) {
  serviceMetrics(departmentId: $id, from: $from, to: $to, grain: $grain) {
    periodStart total deflected noTouch resolved deflectionRate noTouchRate resolutionRate mttrHours
    medianResolutionHours p90ResolutionHours slaMet slaTracked slaAttainment reopened reopenRate source } }`;

// The weekly sample file is derived from the request file: an independent
// expectation for every week's counts.
function weeklyFile(
  department: string,
): Map<
  string,
  { total: number; deflected: number; noTouch: number; resolved: number }
> {
  const [header, ...rows] = readFileSync(SAMPLE_METRICS, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const at = (name: string) => header.indexOf(name);
  return new Map(
    rows
      .filter((row) => row[at('department')] === department)
      .map((row) => [
        row[at('week_start')],
        {
          total: Number(row[at('total')]),
          deflected: Number(row[at('deflected')]),
          noTouch: Number(row[at('no_touch')]),
          resolved: Number(row[at('resolved')]),
        },
      ]),
  );
}

describe('serviceMetrics', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('counts request-level data per week, matching the weekly figures derived from it', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv: readFileSync(SAMPLE_REQUESTS, 'utf8'),
    });
    const { serviceMetrics } = await api.ok(METRICS, {
      id: org.departments.it,
      from: '2026-01-05',
      to: '2026-07-05',
      grain: 'WEEK',
    });
    expect(serviceMetrics).toHaveLength(26);
    const expected = weeklyFile('IT');
    for (const point of serviceMetrics) {
      expect(point.source).toBe('REQUESTS');
      expect({
        total: point.total,
        deflected: point.deflected,
        noTouch: point.noTouch,
        resolved: point.resolved,
      }).toEqual(expected.get(point.periodStart));
      expect(point.deflectionRate).toBeCloseTo(
        point.deflected / point.total,
        12,
      );
    }
    // Hand-checked in the domain library's golden test (python over the request file):
    // IT, week of 2026-03-02: 262 requests, SLA 207/243, mean resolution 6.3575 h.
    const march = serviceMetrics.find(
      (point: { periodStart: string }) => point.periodStart === '2026-03-02',
    );
    expect(march).toMatchObject({ total: 262, slaMet: 207, slaTracked: 243 });
    expect(march.mttrHours).toBeCloseTo(6.3575, 3);
  });

  it('fills periods without request data from weekly imports, and says where each point came from', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'METRICS',
      csv: readFileSync(SAMPLE_METRICS, 'utf8'),
    });
    const { serviceMetrics } = await api.ok(METRICS, {
      id: org.departments.hr,
      from: '2025-12-22',
      to: '2026-01-11',
      grain: 'WEEK',
    });
    expect(
      serviceMetrics.map((p: { periodStart: string; source: string }) => [
        p.periodStart,
        p.source,
      ]),
    ).toEqual([
      ['2025-12-22', 'NONE'],
      ['2025-12-29', 'NONE'],
      ['2026-01-05', 'WEEKLY_IMPORT'],
    ]);
    expect(serviceMetrics[0]).toMatchObject({
      total: 0,
      deflectionRate: null,
      resolutionRate: null,
      mttrHours: null,
      slaAttainment: null,
    });
    expect(serviceMetrics[2].total).toBe(
      weeklyFile('HR').get('2026-01-05')!.total,
    );
  });

  it('rolls weeks up to months', async () => {
    const org = await buildOrganization(api);
    await importText(api, {
      organizationId: org.id,
      kind: 'METRICS',
      csv: readFileSync(SAMPLE_METRICS, 'utf8'),
    });
    const { serviceMetrics } = await api.ok(METRICS, {
      id: org.departments.it,
      from: '2026-01-01',
      to: '2026-06-30',
      grain: 'MONTH',
    });
    expect(
      serviceMetrics.map((p: { periodStart: string }) => p.periodStart),
    ).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
    ]);
    // January: the weeks whose Monday is in January.
    const january = [...weeklyFile('IT').entries()]
      .filter(([week]) => week.startsWith('2026-01'))
      .reduce((sum, [, w]) => sum + w.total, 0);
    expect(serviceMetrics[0].total).toBe(january);
  });

  it('sums request-level days into calendar months', async () => {
    const org = await buildOrganization(api);
    const csv = readFileSync(SAMPLE_REQUESTS, 'utf8');
    await importText(api, { organizationId: org.id, kind: 'REQUESTS', csv });
    const { serviceMetrics } = await api.ok(METRICS, {
      id: org.departments.it,
      from: '2026-01-01',
      to: '2026-07-31',
      grain: 'MONTH',
    });
    // Independent expectation: the file's IT requests by the month they were opened (UTC organisation).
    const [header, ...rows] = csv
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(','));
    const perMonth = new Map<string, number>();
    for (const row of rows.filter(
      (r) => r[header.indexOf('department')] === 'IT',
    )) {
      const month = `${row[header.indexOf('opened_at')].slice(0, 7)}-01`;
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
    expect(
      serviceMetrics.map((p: { periodStart: string; total: number }) => [
        p.periodStart,
        p.total,
      ]),
    ).toEqual([...perMonth.entries()].sort());
    expect(
      serviceMetrics.every((p: { source: string }) => p.source === 'REQUESTS'),
    ).toBe(true);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const org = await buildOrganization(api);
    const result = await api.gql(METRICS, {
      id: org.departments.it,
      from: '2026-03-01',
      to: '2026-02-01',
      grain: 'WEEK',
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('keeps other departments’ figures from a department head, and other organisations’ from everyone', async () => {
    const org = await buildOrganization(api);
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    const variables = { from: '2026-01-05', to: '2026-01-11', grain: 'WEEK' };
    expect(
      errorCode(
        await api.gql(
          METRICS,
          { ...variables, id: org.departments.hr },
          head.token,
        ),
      ),
    ).toBeUndefined();
    expect(
      errorCode(
        await api.gql(
          METRICS,
          { ...variables, id: org.departments.it },
          head.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const outsider = await buildMember(
      api,
      (await buildOrganization(api)).id,
      'ADMIN',
    );
    expect(
      errorCode(
        await api.gql(
          METRICS,
          { ...variables, id: org.departments.it },
          outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('gives each department its benchmark, labelling the assumed ones', async () => {
    const org = await buildOrganization(api);
    await api.ok(
      'mutation($id: ID!) { createDepartment(input: { organizationId: $id, name: "Legal", kind: LEGAL }) { id } }',
      { id: org.id },
    );
    const { departments } = await api.ok(
      'query($id: ID!) { departments(organizationId: $id) { kind deflectionBenchmark { target source } noTouchReference } }',
      { id: org.id },
    );
    expect(departments).toEqual([
      {
        kind: 'IT',
        deflectionBenchmark: { target: 0.75, source: 'PUBLISHED' },
        noTouchReference: 0.48,
      },
      {
        kind: 'HR',
        deflectionBenchmark: { target: 0.68, source: 'PUBLISHED' },
        noTouchReference: 0.48,
      },
      {
        kind: 'FINANCE',
        deflectionBenchmark: { target: 0.36, source: 'PUBLISHED' },
        noTouchReference: 0.48,
      },
      {
        kind: 'LEGAL',
        deflectionBenchmark: { target: 0.3, source: 'ASSUMPTION' },
        noTouchReference: 0.48,
      },
    ]);
  });
});
