import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { buildOrganization } from '../../support/fixtures';
import { importText, SAMPLE_REQUESTS } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

// The two ways into request_fact — the fast path (raw COPY, checks and
// types in SQL, parallel workers) and the JavaScript path (every record read
// by the domain's rules) — must store the same facts and rollups for the
// same file. One organisation gets the sample as it is (fast path); the
// other gets it with one opened_at written without an offset, which the fast
// path declines, so the whole file goes through JavaScript. The organisation
// is in UTC, so that time is the same instant either way.
describe('request imports: the fast path stores what the JavaScript path stores', () => {
  let api: TestApi;
  let db: Client;
  const sample = readFileSync(SAMPLE_REQUESTS, 'utf8');
  const sampleRows = sample.trim().split('\n').length - 1;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const facts = async (organizationId: string) =>
    (
      await db.query(
        `SELECT f.external_id, d.name AS department, f.request_type, f.channel, f.opened_at, f.first_response_at, f.resolved_at,
                f.resolution, f.sla_met, f.reopened, f.handling_minutes::text AS handling_minutes
           FROM request_fact f JOIN department d ON d.id = f.department_id
          WHERE f.organization_id = $1 ORDER BY f.external_id`,
        [organizationId],
      )
    ).rows;
  const rollups = async (organizationId: string) => ({
    days: (
      await db.query(
        `SELECT d.name, r.day::text, r.total, r.deflected, r.no_touch, r.resolved, r.sla_met, r.sla_tracked, r.reopened, r.resolution_ms_sum::text
         FROM request_day_rollup r JOIN department d ON d.id = r.department_id WHERE r.organization_id = $1 ORDER BY 1, 2`,
        [organizationId],
      )
    ).rows,
    channels: (
      await db.query(
        `SELECT d.name, r.day::text, r.channel, r.count FROM request_day_channel r JOIN department d ON d.id = r.department_id
        WHERE r.organization_id = $1 ORDER BY 1, 2, 3`,
        [organizationId],
      )
    ).rows,
    periods: (
      await db.query(
        `SELECT d.name, r.grain, r.period_start::text, r.resolved, r.median_ms::text, r.p90_ms::text
         FROM request_period_resolution r JOIN department d ON d.id = r.department_id WHERE r.organization_id = $1 ORDER BY 1, 2, 3`,
        [organizationId],
      )
    ).rows,
  });

  it('gives the same facts and rollups for the sample file', async () => {
    const declined = jest.spyOn(Logger.prototype, 'log');
    const fast = await buildOrganization(api);
    const fastJob = await importText(api, {
      organizationId: fast.id,
      kind: 'REQUESTS',
      csv: sample,
    });
    expect(fastJob).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: sampleRows,
    });
    const declines = () =>
      declined.mock.calls.filter(([message]) =>
        String(message).includes('the fast path declined'),
      );
    expect(declines()).toEqual([]);

    const viaJavaScript = await buildOrganization(api);
    // REQ0000001 opened 2026-01-06T17:55:24Z, written as a local time.
    const localTime = sample.replace(
      '2026-01-06T17:55:24Z',
      '2026-01-06 17:55:24',
    );
    expect(localTime).not.toBe(sample);
    const slowJob = await importText(api, {
      organizationId: viaJavaScript.id,
      kind: 'REQUESTS',
      csv: localTime,
    });
    expect(slowJob).toMatchObject({
      status: 'SUCCEEDED',
      rowsStored: sampleRows,
    });
    expect(declines()).toHaveLength(1);
    declined.mockRestore();

    const stored = await facts(fast.id);
    expect(stored).toHaveLength(sampleRows);
    expect(stored).toEqual(await facts(viaJavaScript.id));
    const fastRollups = await rollups(fast.id);
    expect(fastRollups.days.length).toBeGreaterThan(400);
    expect(fastRollups).toEqual(await rollups(viaJavaScript.id));
    // The fast path's working tables went with its transaction.
    const { rows } = await db.query(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE 'import\\_%'`,
    );
    expect(rows).toEqual([]);
  });

  it('declines a file whose values the SQL checks refuse, and the JavaScript path reports them', async () => {
    const org = await buildOrganization(api);
    const [header] = sample.split(/\r?\n/, 1);
    // 13th month: the shape passes, the cast fails — the fast path declines on the error.
    const csv = `${header}\nX1,IT,VPN access,CHAT,2026-13-06T17:55:24Z,,,,,,\nX2,IT,VPN access,CHAT,2026-01-06T17:55:24Z,,,,,,abc\n`;
    const job = await importText(api, {
      organizationId: org.id,
      kind: 'REQUESTS',
      csv,
    });
    expect(job.status).toBe('FAILED');
    expect(
      job.errors.map((e: { line: number; column: number }) => [
        e.line,
        e.column,
      ]),
    ).toEqual([
      [2, 5],
      [3, 11],
    ]);
    expect(
      (
        await db.query(
          'SELECT count(*)::int AS n FROM request_fact WHERE organization_id = $1',
          [org.id],
        )
      ).rows[0].n,
    ).toBe(0);
  });
});
