import { join } from 'node:path';
import { Client } from 'pg';
import { FIXTURES, importText, readSample } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

const SAVE = `mutation($input: ColumnMappingInput!) { saveColumnMapping(input: $input) { id name } }`;
const METRICS = `query($id: ID!) { serviceMetrics(departmentId: $id, from: "2025-12-29", to: "2026-07-12", grain: WEEK) {
  periodStart total deflected resolved slaMet slaTracked reopened } }`;
const ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }`;

type Week = {
  total: number;
  deflected: number;
  resolved: number;
  slaMet: number;
  slaTracked: number;
  reopened: number;
};
const emptyWeek = (): Week => ({
  total: 0,
  deflected: 0,
  resolved: 0,
  slaMet: 0,
  slaTracked: 0,
  reopened: 0,
});

/** The Monday of a calendar date (YYYY-MM-DD), as serviceMetrics starts weeks. */
function monday(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** A naive split of the samples' lines (neither sample quotes its cells). */
const rowsOf = (text: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));

describe('the shared samples through saved mappings (data-formats §5)', () => {
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

  async function organization(
    timeZone: string,
    department: { name: string; kind: string },
  ) {
    const { createOrganization } = await api.ok(ORGANIZATION, {
      input: { name: `Org ${Date.now()} ${Math.random()}`, timeZone },
    });
    const { createDepartment } = await api.ok(DEPARTMENT, {
      input: { organizationId: createOrganization.id, ...department },
    });
    return {
      id: createOrganization.id as string,
      departmentId: createDepartment.id as string,
    };
  }

  it('imports the facilities work orders (US 12-hour local times) skipping the rows closed before they opened', async () => {
    const org = await organization('America/New_York', {
      name: 'Facilities',
      kind: 'FACILITIES',
    });
    const { saveColumnMapping } = await api.ok(SAVE, {
      input: {
        organizationId: org.id,
        name: 'Facilities work orders',
        kind: 'REQUESTS',
        fields: [
          { field: 'external_id', column: 'WO Number' },
          { field: 'department', constant: 'Facilities' },
          { field: 'request_type', column: 'Trade' },
          { field: 'channel', column: 'Requested Via' },
          { field: 'opened_at', column: 'Created (local)' },
          { field: 'resolved_at', column: 'Closed (local)' },
          { field: 'resolution', column: 'Status' },
          { field: 'sla_met', column: 'Met Target' },
          { field: 'handling_minutes', column: 'Labour Minutes' },
        ],
        values: [
          { field: 'channel', from: 'Phone call', to: 'PHONE' },
          { field: 'channel', from: 'Facilities app', to: 'PORTAL' },
          { field: 'channel', from: 'Kiosk', to: 'PORTAL' },
          { field: 'channel', from: 'Walk-in desk', to: 'WALK_UP' },
          { field: 'resolution', from: 'Completed', to: 'AGENT' },
          { field: 'resolution', from: 'Cancelled', to: 'UNRESOLVED' },
          { field: 'resolution', from: 'Open', to: 'UNRESOLVED' },
        ],
        dateFormat: 'MM/dd/yyyy hh:mm:ss a',
        missingValues: ['N/A'],
      },
    });
    const csv = readSample(join(FIXTURES, 'facilities-work-orders.csv'));
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
      mappingId: saveColumnMapping.id,
      invalidRows: 'SKIP',
    });

    // Counted from the file with python: 4 rows are closed before they were
    // created (lines 15, 1012, 2009, 3006); 234 rows came by fax (no channel
    // of ours: OTHER), none of them among the four; one closing time,
    // 03/08/2026 02:27:54 AM, falls in New York's spring-forward gap.
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 4000,
      rowsStored: 3996,
      rowsSkipped: 4,
      mappingName: 'Facilities work orders',
    });
    expect(
      job.errors.map((e: { line: number; column: number }) => [
        e.line,
        e.column,
      ]),
    ).toEqual([
      [15, 3],
      [1012, 3],
      [2009, 3],
      [3006, 3],
    ]);
    expect(job.errors[0].message).toMatch(/^Closed \(local\) is before/);
    expect(job.mappedToOther).toEqual([
      { field: 'channel', value: 'Fax', count: 234 },
    ]);
    expect(job.message).toContain('1 local time skipped by a change');

    // The weeks computed here from the raw file: local dates as written (the
    // organisation's zone is the file's), Monday weeks, the skipped rows out.
    const weeks = new Map<string, Week>();
    for (const [, created, closed, , , met, status] of rowsOf(csv)) {
      const ymd = (text: string) =>
        `${text.slice(6, 10)}-${text.slice(0, 2)}-${text.slice(3, 5)}`;
      const at = (text: string) =>
        new Date(
          `${ymd(text)}T${String((Number(text.slice(11, 13)) % 12) + (text.endsWith('PM') ? 12 : 0)).padStart(2, '0')}${text.slice(13, 19)}`,
        ).getTime();
      if (closed && at(closed) < at(created)) continue;
      const week = weeks.get(monday(ymd(created))) ?? emptyWeek();
      week.total += 1;
      if (closed) week.resolved += 1;
      if (met === 'Y') week.slaMet += 1;
      if (met === 'Y' || met === 'N') week.slaTracked += 1;
      weeks.set(monday(ymd(created)), week);
      void status;
    }
    const { serviceMetrics } = await api.ok(METRICS, { id: org.departmentId });
    for (const point of serviceMetrics) {
      const expected = weeks.get(point.periodStart) ?? emptyWeek();
      expect({
        week: point.periodStart,
        total: point.total,
        resolved: point.resolved,
        slaMet: point.slaMet,
        slaTracked: point.slaTracked,
        deflected: point.deflected,
      }).toEqual({
        week: point.periodStart,
        total: expected.total,
        resolved: expected.resolved,
        slaMet: expected.slaMet,
        slaTracked: expected.slaTracked,
        deflected: 0,
      });
    }
    expect(
      serviceMetrics.reduce(
        (sum: number, p: { total: number }) => sum + p.total,
        0,
      ),
    ).toBe(3996);

    // The same file again: nothing changes.
    const again = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
      mappingId: saveColumnMapping.id,
      invalidRows: 'SKIP',
    });
    expect(again).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: 0,
      rowsDuplicate: 3996,
      rowsSkipped: 4,
    });
  });

  it('imports the legal matter history as an event log: one case per matter, reopened ones found', async () => {
    const org = await organization('Europe/London', {
      name: 'Legal',
      kind: 'LEGAL',
    });
    const { saveColumnMapping } = await api.ok(SAVE, {
      input: {
        organizationId: org.id,
        name: 'Legal matter history',
        kind: 'REQUESTS',
        fields: [
          { field: 'external_id', column: 'Matter ID' },
          { field: 'department', constant: 'Legal' },
          { field: 'request_type', column: 'Matter Type' },
          { field: 'channel', constant: 'EMAIL' },
        ],
        eventLog: {
          eventTime: 'Event Time',
          status: 'Stage',
          resolvedStatuses: ['Resolved', 'Closed'],
        },
      },
    });
    const csv = readSample(join(FIXTURES, 'legal-matter-events.csv'));
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
      mappingId: saveColumnMapping.id,
    });

    // The cases, built here from the raw file as data-formats §5 says.
    type Event = { line: number; at: number; stage: string };
    const byMatter = new Map<string, Event[]>();
    rowsOf(csv).forEach(([id, time, stage], index) => {
      const events = byMatter.get(id) ?? [];
      events.push({ line: index + 2, at: Date.parse(time), stage });
      byMatter.set(id, events);
    });
    const weeks = new Map<string, Week>();
    let reopenedCases = 0;
    for (const events of byMatter.values()) {
      events.sort((a, b) => a.at - b.at || a.line - b.line);
      const done = (e: Event) => e.stage === 'Resolved' || e.stage === 'Closed';
      const reopened = events.some(
        (e, i) => !done(e) && events.slice(0, i).some(done),
      );
      if (reopened) reopenedCases += 1;
      // London local date of the first event (all of 2026 H1: GMT until 29 March, then BST).
      const opened = new Date(events[0].at);
      const bst = opened.getTime() >= Date.UTC(2026, 2, 29, 1);
      const local = new Date(opened.getTime() + (bst ? 3_600_000 : 0))
        .toISOString()
        .slice(0, 10);
      const week = weeks.get(monday(local)) ?? emptyWeek();
      week.total += 1;
      if (done(events[events.length - 1])) week.resolved += 1;
      if (reopened && done(events[events.length - 1])) week.reopened += 1;
      weeks.set(monday(local), week);
    }
    expect(job).toMatchObject({
      status: 'SUCCEEDED',
      rowsRead: 4505,
      rowsStored: byMatter.size,
    });
    const { rows } = await db.query(
      `SELECT count(*) FILTER (WHERE reopened)::int AS reopened FROM request_fact WHERE organization_id = $1`,
      [org.id],
    );
    expect(rows[0].reopened).toBe(reopenedCases);
    const { serviceMetrics } = await api.ok(METRICS, { id: org.departmentId });
    for (const point of serviceMetrics) {
      const expected = weeks.get(point.periodStart) ?? emptyWeek();
      expect({
        week: point.periodStart,
        total: point.total,
        resolved: point.resolved,
        reopened: point.reopened,
      }).toEqual({
        week: point.periodStart,
        total: expected.total,
        resolved: expected.resolved,
        reopened: expected.reopened,
      });
    }
  });
});
