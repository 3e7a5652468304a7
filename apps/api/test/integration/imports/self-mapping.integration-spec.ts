import fc from 'fast-check';
import { Client } from 'pg';
import { REQUEST_COLUMNS } from '@esm-planner/domain-imports';
import { importText } from '../../support/imports';
import { startTestApi, TestApi } from '../../support/test-api';

const HEADER = REQUEST_COLUMNS.map((column) => column.name);
const SAVE = `mutation($input: ColumnMappingInput!) { saveColumnMapping(input: $input) { id } }`;
const ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;

// Cells as format-2 files have them, good and bad: ids that repeat, names in
// other cases and with spaces, unknown departments, channel words, times
// with and without offsets (and in Paris's spring-forward gap), unreadable
// ones, resolutions and yes/no in several spellings, decimals.
// Mostly readable values (so that rows are stored and compared), now and then a broken one.
const mostly = (good: string[], bad: string[]) =>
  fc
    .nat({ max: 999 })
    .map((n) => (n < 940 ? good[n % good.length] : bad[n % bad.length]));
const cell = {
  externalId: mostly(
    [
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R8',
      'R9',
      'R10',
      'R11',
      'R12',
      ' R13 ',
      'r-14',
    ],
    ['', ' '],
  ),
  department: mostly(['IT', 'HR', 'Finance', 'it', ' HR '], ['Marketing']),
  requestType: mostly(['Laptop', 'Payslip', 'Invoice', 'laptop '], ['']),
  channel: mostly(['EMAIL', 'portal', 'Web chat', 'phone', 'Fax'], ['']),
  openedAt: mostly(
    [
      '2026-03-02T09:00:00Z',
      '2026-03-02T10:15:30+01:00',
      '2026-03-29 02:30:00',
      '2026-03-03 08:00',
      '2026-03-04T09:00:00.250Z',
    ],
    ['yesterday', '2026-13-01T00:00:00Z'],
  ),
  resolvedAt: mostly(
    ['', '', '2026-03-05T09:00:00Z', '2026-03-05 17:45:00'],
    ['2026-03-01T09:00:00Z', 'soon'],
  ),
  resolution: mostly(
    ['', 'AGENT', 'deflected', 'no touch', 'UNRESOLVED'],
    ['bogus'],
  ),
  yesNo: mostly(['', 'yes', 'TRUE', '0', 'n'], ['maybe']),
  minutes: mostly(['', '12', '3.5', '0.25', '007'], ['-1', 'abc']),
};
const row = fc.tuple(
  cell.externalId,
  cell.department,
  cell.requestType,
  cell.channel,
  cell.openedAt,
  fc.constant(''),
  cell.resolvedAt,
  cell.resolution,
  cell.yesNo,
  cell.yesNo,
  cell.minutes,
);

/** A column mapping of format 2 onto itself: every field bound to its own column. */
const identity = (organizationId: string) => ({
  organizationId,
  name: 'Format 2 as a mapping',
  kind: 'REQUESTS',
  source: 'GENERIC',
  fields: HEADER.map((name) => ({ field: name, column: name })),
});

describe('a mapping of a format-2 file onto itself', () => {
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

  async function organization(): Promise<string> {
    const { createOrganization } = await api.ok(ORGANIZATION, {
      input: {
        name: `Self ${Date.now()} ${Math.random()}`,
        timeZone: 'Europe/Paris',
      },
    });
    for (const [name, kind] of [
      ['IT', 'IT'],
      ['HR', 'HR'],
      ['Finance', 'FINANCE'],
    ]) {
      await api.ok(DEPARTMENT, {
        input: { organizationId: createOrganization.id, name, kind },
      });
    }
    return createOrganization.id;
  }

  const facts = async (organizationId: string) =>
    (
      await db.query(
        `SELECT f.source, f.external_id, d.name, f.request_type, f.channel, f.opened_at, f.first_response_at, f.resolved_at, f.resolution, f.sla_met, f.reopened, f.handling_minutes
           FROM request_fact f JOIN department d ON d.id = f.department_id WHERE f.organization_id = $1 ORDER BY f.external_id`,
        [organizationId],
      )
    ).rows;

  it('imports exactly what format 2 imports: the same facts, or the same errors at the same lines and columns', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 25 }),
        fc.constantFrom('FAIL', 'SKIP'),
        async (rows, invalidRows) => {
          const csv = `${[HEADER.join(','), ...rows.map((cells) => cells.join(','))].join('\n')}\n`;
          const plainOrg = await organization();
          const mappedOrg = await organization();
          const { saveColumnMapping } = await api.ok(SAVE, {
            input: identity(mappedOrg),
          });
          const plain = await importText(api, {
            organizationId: plainOrg,
            kind: 'REQUESTS',
            csv,
            invalidRows,
          });
          const mapped = await importText(api, {
            organizationId: mappedOrg,
            kind: 'REQUESTS',
            csv,
            invalidRows,
            mappingId: saveColumnMapping.id,
          });
          const report = (job: {
            status: string;
            rowsRead: number;
            rowsStored: number;
            rowsSkipped: number;
            errors: { line: number; column: number | null }[];
          }) => ({
            status: job.status,
            rowsRead: job.rowsRead,
            rowsStored: job.rowsStored,
            rowsSkipped: job.rowsSkipped,
            errors: job.errors.map((e) => [e.line, e.column]),
          });
          expect(report(mapped)).toEqual(report(plain));
          expect(await facts(mappedOrg)).toEqual(await facts(plainOrg));
        },
      ),
      // Each run is two imports: a dozen runs, and the first counterexample reported as found (no shrinking).
      { numRuns: 12, seed: 20261203, endOnFailure: true },
    );
  }, 240_000);
});
