import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import {
  buildMember,
  buildOrganization,
  QUERIES,
} from '../../support/fixtures';
import { importText, SAMPLE_REQUESTS } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

// Organisation settings: a new time zone rebuilds every rollup in the
// worker, and the weekly and monthly metrics then equal those of the same
// file imported fresh into an organisation in that zone.

const UPDATE = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) {
  id name currency timeZone rollupRebuild { id status timeZone previousTimeZone } } }`;
const ORGANIZATION = `query($id: ID!) { organization(id: $id) { id name currency timeZone
  rollupRebuild { id status timeZone previousTimeZone monthsDone monthsTotal message } } }`;
const METRICS = `query($id: ID!, $from: Date!, $to: Date!, $grain: Grain!) {
  serviceMetrics(departmentId: $id, from: $from, to: $to, grain: $grain) {
    periodStart total deflected noTouch resolved mttrHours medianResolutionHours p90ResolutionHours slaMet slaTracked reopened source } }`;
const CHANNELS = `query($id: ID!, $from: Date!, $to: Date!, $grain: Grain!) { channelVolume(departmentId: $id, from: $from, to: $to, grain: $grain) { periodStart channel count } }`;
const RANGE = { from: '2025-12-29', to: '2026-07-05' };
const ZONE = 'Pacific/Auckland';

describe('organisation settings', () => {
  let api: TestApi;
  let db: Client;
  const csv = readFileSync(SAMPLE_REQUESTS, 'utf8');

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
  });

  async function waitForRebuild(organizationId: string) {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const { organization } = await api.ok(ORGANIZATION, {
        id: organizationId,
      });
      if (
        organization.rollupRebuild &&
        ['SUCCEEDED', 'FAILED'].includes(organization.rollupRebuild.status)
      )
        return organization;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the rebuild did not finish');
  }

  const figures = async (departmentId: string) => ({
    weeks: (
      await api.ok(METRICS, { id: departmentId, ...RANGE, grain: 'WEEK' })
    ).serviceMetrics,
    months: (
      await api.ok(METRICS, { id: departmentId, ...RANGE, grain: 'MONTH' })
    ).serviceMetrics,
    channels: (
      await api.ok(CHANNELS, { id: departmentId, ...RANGE, grain: 'WEEK' })
    ).channelVolume,
  });

  it('changes the zone by rebuilding every rollup in the worker: the metrics equal a fresh import in the new zone', async () => {
    const changed = await buildOrganization(api);
    expect(
      await importText(api, {
        organizationId: changed.id,
        kind: 'REQUESTS',
        csv,
      }),
    ).toMatchObject({ status: 'SUCCEEDED' });
    const before = await figures(changed.departments.it);

    const { createOrganization: fresh } = await api.ok(
      QUERIES.CREATE_ORGANIZATION,
      { input: { name: `Fresh ${Date.now()}`, timeZone: ZONE } },
    );
    const freshIds: Record<string, string> = {};
    for (const [name, kind] of [
      ['IT', 'IT'],
      ['HR', 'HR'],
      ['Finance', 'FINANCE'],
    ]) {
      freshIds[name] = (
        await api.ok(QUERIES.CREATE_DEPARTMENT, {
          input: { organizationId: fresh.id, name, kind },
        })
      ).createDepartment.id;
    }
    expect(
      await importText(api, {
        organizationId: fresh.id,
        kind: 'REQUESTS',
        csv,
      }),
    ).toMatchObject({ status: 'SUCCEEDED' });

    const { updateOrganization } = await api.ok(UPDATE, {
      id: changed.id,
      input: { timeZone: ZONE, name: 'Renamed Ltd', currency: 'nzd' },
    });
    // Name and currency at once; the zone once the rebuild is done.
    expect(updateOrganization).toMatchObject({
      name: 'Renamed Ltd',
      currency: 'NZD',
      rollupRebuild: { timeZone: ZONE, previousTimeZone: 'UTC' },
    });
    expect(['QUEUED', 'RUNNING', 'SUCCEEDED']).toContain(
      updateOrganization.rollupRebuild.status,
    );
    const done = await waitForRebuild(changed.id);
    expect(done.timeZone).toBe(ZONE);
    expect(done.rollupRebuild).toMatchObject({
      status: 'SUCCEEDED',
      message: null,
    });
    // January to July 2026 in Auckland: 7 local months of records.
    expect(done.rollupRebuild.monthsTotal).toBe(7);
    expect(done.rollupRebuild.monthsDone).toBe(7);

    for (const [name, id] of Object.entries(changed.departments)) {
      const key = name === 'it' ? 'IT' : name === 'hr' ? 'HR' : 'Finance';
      expect(await figures(id)).toEqual(await figures(freshIds[key]));
    }
    // And the zone did move requests between weeks: the comparison above is not trivially true.
    expect((await figures(changed.departments.it)).weeks).not.toEqual(
      before.weeks,
    );
  });

  it('refuses bad settings naming each field, and saves nothing', async () => {
    const org = await buildOrganization(api, 'Careful Ltd');
    const result = await api.gql(UPDATE, {
      id: org.id,
      input: { name: '  ', timeZone: 'Mars/Olympus', currency: 'EURO' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(
      result.errors![0].extensions!.fields.map(
        (f: { field: string }) => f.field,
      ),
    ).toEqual(['name', 'timeZone', 'currency']);
    const { organization } = await api.ok(ORGANIZATION, { id: org.id });
    expect(organization).toMatchObject({
      name: 'Careful Ltd',
      timeZone: 'UTC',
      currency: 'USD',
      rollupRebuild: null,
    });
  });

  it('refuses a zone change while a rebuild or an import is under way, and saves nothing', async () => {
    const org = await buildOrganization(api, 'Busy Ltd');
    await db.query(
      `INSERT INTO rollup_rebuild_job (organization_id, status, time_zone, previous_time_zone) VALUES ($1, 'RUNNING', 'Europe/Paris', 'UTC')`,
      [org.id],
    );
    const rebuilding = await api.gql(UPDATE, {
      id: org.id,
      input: { timeZone: 'Europe/Berlin', name: 'Busy Two' },
    });
    expect(errorCode(rebuilding)).toBe('CONFLICT');
    expect((await api.ok(ORGANIZATION, { id: org.id })).organization.name).toBe(
      'Busy Ltd',
    );
    // A name alone may change meanwhile.
    expect(
      (await api.ok(UPDATE, { id: org.id, input: { name: 'Busy Two' } }))
        .updateOrganization.name,
    ).toBe('Busy Two');

    const importing = await buildOrganization(api);
    await db.query(
      `INSERT INTO import_job (organization_id, kind, format, status) VALUES ($1, 'REQUESTS', 'GENERIC', 'QUEUED')`,
      [importing.id],
    );
    expect(
      errorCode(
        await api.gql(UPDATE, {
          id: importing.id,
          input: { timeZone: 'Europe/Berlin' },
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('is for ADMIN only; another organisation answers NOT_FOUND', async () => {
    const org = await buildOrganization(api);
    for (const role of ['COE', 'EXECUTIVE', 'VIEWER'] as const) {
      const member = await buildMember(api, org.id, role);
      expect(
        errorCode(
          await api.gql(
            UPDATE,
            { id: org.id, input: { name: 'Mine now' } },
            member.token,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    const admin = await buildMember(api, org.id, 'ADMIN');
    expect(
      (
        await api.ok(
          UPDATE,
          { id: org.id, input: { currency: 'GBP' } },
          admin.token,
        )
      ).updateOrganization.currency,
    ).toBe('GBP');
    const outsider = await buildMember(
      api,
      (await buildOrganization(api)).id,
      'ADMIN',
    );
    expect(
      errorCode(
        await api.gql(
          UPDATE,
          { id: org.id, input: { name: 'Theirs' } },
          outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
