import { buildOrganization } from '../support/fixtures';
import { importText, SAMPLE_WINDOW, sampleRows } from '../support/imports';
import { startTestApi, TestApi } from '../support/test-api';

// The department and organisation baselines read from the latest audits (one
// query for audits, rows and catalogues); the audit's own arithmetic is the
// domain library's, tested there.
const BASELINE =
  'query($id: ID!) { department(id: $id) { baseline { auditId windowStart windowEnd totalRequests byChannel { channel count } } } }';
const ORGANIZATION_BASELINE =
  'query($id: ID!) { organizationBaseline(organizationId: $id) { totalRequests byChannel { channel count } } }';

describe('baselines', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('reads each department’s latest audit, and combines them for the organisation', async () => {
    const org = await buildOrganization(api);
    expect(
      (await api.ok(ORGANIZATION_BASELINE, { id: org.id }))
        .organizationBaseline,
    ).toBeNull();
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['IT', 'HR']),
      ...SAMPLE_WINDOW,
    });
    // A later window of IT (the same rows) replaces the first as IT's baseline.
    await importText(api, {
      organizationId: org.id,
      kind: 'AUDIT',
      csv: sampleRows(['IT']),
      windowStart: '2026-03-16',
      windowEnd: '2026-03-29',
    });

    const baseline = async (id: string) =>
      (await api.ok(BASELINE, { id })).department.baseline;
    const [it, hr, finance] = [
      await baseline(org.departments.it),
      await baseline(org.departments.hr),
      await baseline(org.departments.finance),
    ];
    expect(it).toMatchObject({
      windowStart: '2026-03-16',
      windowEnd: '2026-03-29',
    });
    expect(hr).toMatchObject(SAMPLE_WINDOW);
    expect(finance).toBeNull();
    expect(it.totalRequests).toBe(
      it.byChannel.reduce(
        (sum: number, c: { count: number }) => sum + c.count,
        0,
      ),
    );

    const { organizationBaseline } = await api.ok(ORGANIZATION_BASELINE, {
      id: org.id,
    });
    expect(organizationBaseline.totalRequests).toBe(
      it.totalRequests + hr.totalRequests,
    );
    const channels = (b: { byChannel: { channel: string; count: number }[] }) =>
      new Map(b.byChannel.map((c) => [c.channel, c.count]));
    for (const [channel, count] of channels(organizationBaseline)) {
      expect(count).toBe(
        (channels(it).get(channel) ?? 0) + (channels(hr).get(channel) ?? 0),
      );
    }
  });
});
