import { join } from 'node:path';
import { buildMember, buildOrganization } from '../../support/fixtures';
import { FIXTURES, readSample } from '../../support/imports';
import { errorCode, startTestApi, TestApi } from '../../support/test-api';

const MAPPING_FIELDS = `id organizationId name kind builtIn source fields { field column constant default label fallback { column when { column field equals contains } } }
  values { field from to match } dateFormat otherDateFormats timeZone missingValues eventLog { eventTime status resolvedStatuses sequence }
  sourceColumns { name aliases optional } resolutionRule { cases { when { column field equals contains } then } otherwise } createdAt updatedAt`;
const SAVE = `mutation($input: ColumnMappingInput!) { saveColumnMapping(input: $input) { ${MAPPING_FIELDS} } }`;
const LIST = `query($organizationId: ID!) { columnMappings(organizationId: $organizationId) { ${MAPPING_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteColumnMapping(id: $id) }`;
const PREVIEW = `query($input: PreviewImportInput!) { previewImport(input: $input) {
  headers rowsInFile sampleRows { line cells } mappedFields mappedRows { line values } problems { line column message value }
  via: distinctValues(column: "requested via") { value count } met: distinctValues(column: "Met Target", limit: 2) { value count } } }`;

const FACILITIES = readSample(join(FIXTURES, 'facilities-work-orders.csv'));

/** The facilities team's export as request records (tests/fixtures/facilities-work-orders.csv). */
function facilitiesMapping(
  organizationId: string,
  name = 'Facilities work orders',
) {
  return {
    organizationId,
    name,
    kind: 'REQUESTS',
    fields: [
      { field: 'external_id', column: 'WO Number' },
      { field: 'department', constant: 'Facilities' },
      { field: 'request_type', column: 'Trade' },
      { field: 'channel', column: 'Requested Via' },
      { field: 'opened_at', column: 'Created (local)' },
      { field: 'resolved_at', column: 'Closed (local)' },
      { field: 'sla_met', column: 'Met Target' },
      { field: 'handling_minutes', column: 'Labour Minutes' },
    ],
    values: [
      { field: 'channel', from: 'Phone call', to: 'PHONE' },
      { field: 'channel', from: 'Facilities app', to: 'PORTAL' },
      { field: 'channel', from: 'Walk-in desk', to: 'WALK_UP' },
      { field: 'channel', from: 'Kiosk', to: 'PORTAL' },
    ],
    dateFormat: 'MM/dd/yyyy hh:mm:ss a',
    timeZone: 'America/New_York',
    missingValues: ['N/A'],
  };
}

describe('column mappings: saved, listed, replaced, deleted, previewed', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('saves a mapping, reads it back with the input’s names, and replaces it under the same name', async () => {
    const org = await buildOrganization(api);
    const { saveColumnMapping: saved } = await api.ok(SAVE, {
      input: facilitiesMapping(org.id),
    });
    expect(saved).toMatchObject({
      organizationId: org.id,
      name: 'Facilities work orders',
      kind: 'REQUESTS',
      builtIn: false,
      source: 'Facilities work orders',
      dateFormat: 'MM/dd/yyyy hh:mm:ss a',
      missingValues: ['N/A'],
    });
    expect(saved.fields[1]).toEqual({
      field: 'department',
      column: null,
      constant: 'Facilities',
      default: null,
      label: null,
      fallback: null,
    });
    expect(saved.values[0]).toEqual({
      field: 'channel',
      from: 'Phone call',
      to: 'PHONE',
      match: 'EXACT',
    });

    // The same name, spelled differently: replaced, same id.
    const changed = {
      ...facilitiesMapping(org.id, '  facilities   WORK orders '),
      timeZone: 'America/Chicago',
    };
    const { saveColumnMapping: replaced } = await api.ok(SAVE, {
      input: changed,
    });
    expect(replaced).toMatchObject({
      id: saved.id,
      name: 'facilities   WORK orders',
      timeZone: 'America/Chicago',
    });
    const { columnMappings } = await api.ok(LIST, { organizationId: org.id });
    expect(
      columnMappings.filter((m: { builtIn: boolean }) => !m.builtIn),
    ).toHaveLength(1);

    expect(await api.ok(DELETE, { id: saved.id })).toEqual({
      deleteColumnMapping: true,
    });
    const after = await api.ok(LIST, { organizationId: org.id });
    expect(
      after.columnMappings.filter((m: { builtIn: boolean }) => !m.builtIn),
    ).toEqual([]);
    expect(errorCode(await api.gql(DELETE, { id: saved.id }))).toBe(
      'NOT_FOUND',
    );
  });

  it('lists the built-in vendor mappings: usable and copyable, not deletable', async () => {
    const org = await buildOrganization(api);
    const { columnMappings } = await api.ok(LIST, { organizationId: org.id });
    const builtIns = columnMappings.filter(
      (m: { builtIn: boolean }) => m.builtIn,
    );
    expect(
      builtIns.map((m: { id: string; source: string }) => [m.id, m.source]),
    ).toEqual([
      ['builtin:servicenow', 'SERVICENOW'],
      ['builtin:jsm', 'JSM'],
      ['builtin:freshservice', 'FRESHSERVICE'],
    ]);
    const deleted = await api.gql(DELETE, { id: 'builtin:servicenow' });
    expect(errorCode(deleted)).toBe('BAD_USER_INPUT');
    expect(deleted.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({
        field: 'id',
        message: expect.stringContaining('built in'),
      }),
    ]);

    // A copy: read back, given a name of its own, saved as the organisation's — it keeps the vendor's source.
    const { id, builtIn, createdAt, updatedAt, ...servicenow } = builtIns[0];
    void [id, builtIn, createdAt, updatedAt];
    const sameName = await api.gql(SAVE, {
      input: { ...servicenow, organizationId: org.id },
    });
    expect(errorCode(sameName)).toBe('BAD_USER_INPUT');
    const { saveColumnMapping: copy } = await api.ok(SAVE, {
      input: {
        ...servicenow,
        organizationId: org.id,
        name: 'ServiceNow (ours)',
      },
    });
    expect(copy).toMatchObject({
      builtIn: false,
      source: 'SERVICENOW',
      eventLog: servicenow.eventLog,
      resolutionRule: servicenow.resolutionRule,
    });
  });

  it('names every problem of a mapping in extensions.fields', async () => {
    const org = await buildOrganization(api);
    const bad = {
      ...facilitiesMapping(org.id),
      fields: [
        { field: 'external_id', column: 'WO Number', constant: 'X' },
        { field: 'channel', constant: 'FAXX' },
        { field: 'colour', column: 'Trade' },
      ],
      dateFormat: 'MM/dd/yyyy hh:mm:ss j',
      timeZone: 'Mars/Olympus',
    };
    const response = await api.gql(SAVE, { input: bad });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    const fields = response.errors![0].extensions!.fields as {
      field: string;
    }[];
    expect(fields.map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'fields[0]',
        'fields[1].constant',
        'fields[2].field',
        'fields',
        'dateFormat',
        'timeZone',
      ]),
    );
  });

  it('lets whoever may import write mappings, and everyone in the organisation read them', async () => {
    const org = await buildOrganization(api);
    const head = await buildMember(api, org.id, 'DEPARTMENT_HEAD', [
      org.departments.hr,
    ]);
    const viewer = await buildMember(api, org.id, 'VIEWER');
    const { saveColumnMapping: saved } = await api.ok(
      SAVE,
      { input: facilitiesMapping(org.id) },
      head.token,
    );
    expect(saved.name).toBe('Facilities work orders');
    expect(
      errorCode(
        await api.gql(
          SAVE,
          { input: facilitiesMapping(org.id, 'Viewer’s') },
          viewer.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await api.gql(DELETE, { id: saved.id }, viewer.token)),
    ).toBe('FORBIDDEN');
    const { columnMappings } = await api.ok(
      LIST,
      { organizationId: org.id },
      viewer.token,
    );
    expect(columnMappings.map((m: { id: string }) => m.id)).toContain(saved.id);
    const other = await buildOrganization(api);
    const outsider = await buildMember(api, other.id, 'ADMIN');
    expect(
      errorCode(
        await api.gql(LIST, { organizationId: org.id }, outsider.token),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await api.gql(DELETE, { id: saved.id }, outsider.token)),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await api.gql(
          SAVE,
          { input: facilitiesMapping(org.id, 'Theirs') },
          outsider.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('previews a file: repeated headers named "text (2)", the first rows, whole-file value counts', async () => {
    const org = await buildOrganization(api);
    const { previewImport } = await api.ok(PREVIEW, {
      input: { organizationId: org.id, csv: FACILITIES, rows: 3 },
    });
    expect(previewImport.headers).toEqual([
      'WO Number',
      'Created (local)',
      'Closed (local)',
      'Trade',
      'Requested Via',
      'Met Target',
      'Status',
      'Building',
      'Notes',
      'Notes (2)',
      'Labour Minutes',
    ]);
    expect(previewImport.rowsInFile).toBe(4000);
    expect(previewImport.sampleRows).toHaveLength(3);
    expect(previewImport.sampleRows[0]).toEqual({
      line: 2,
      cells: [
        'WO-100000',
        '03/05/2026 05:50:00 AM',
        '',
        'Cleaning',
        'Facilities app',
        '',
        'Open',
        'HQ North',
        '',
        'see ticket',
        '54.5',
      ],
    });
    // Counted independently with `cut -d, -f5 | sort | uniq -c` on the file:
    // Phone call 1205, Facilities app 968, Email 816, Walk-in desk 403, Kiosk 374, Fax 234.
    expect(previewImport.via).toEqual([
      { value: 'Phone call', count: 1205 },
      { value: 'Facilities app', count: 968 },
      { value: 'Email', count: 816 },
      { value: 'Walk-in desk', count: 403 },
      { value: 'Kiosk', count: 374 },
      { value: 'Fax', count: 234 },
    ]);
    // Y 1925 (1460 completed + 465 cancelled), "" 824 (open), then N/A 620 and N 631: the top 2 asked.
    expect(previewImport.met).toEqual([
      { value: 'Y', count: 1925 },
      { value: '', count: 824 },
    ]);
    expect(previewImport.mappedRows).toEqual([]);
  });

  it('applies a mapping to the first rows: the values the import would store, and the problems', async () => {
    const org = await buildOrganization(api);
    const { previewImport } = await api.ok(PREVIEW, {
      input: {
        organizationId: org.id,
        csv: FACILITIES,
        rows: 15,
        mapping: facilitiesMapping(org.id),
      },
    });
    expect(previewImport.mappedFields).toEqual([
      'external_id',
      'department',
      'request_type',
      'channel',
      'opened_at',
      'first_response_at',
      'resolved_at',
      'resolution',
      'sla_met',
      'reopened',
      'handling_minutes',
    ]);
    // Line 2: WO-100000, created 03/05/2026 05:50:00 AM New York (EST, UTC−5), open, no target verdict.
    expect(previewImport.mappedRows[0]).toEqual({
      line: 2,
      values: [
        'WO-100000',
        'Facilities',
        'Cleaning',
        'PORTAL',
        '2026-03-05T10:50:00.000Z',
        '',
        '',
        '',
        '',
        '',
        '54.5',
      ],
    });
    // Line 15 is closed before it was created: a problem, not a row.
    expect(previewImport.mappedRows).toHaveLength(14);
    expect(previewImport.problems).toEqual([
      expect.objectContaining({
        line: 15,
        column: 3,
        message: expect.stringMatching(/^Closed \(local\) is before/),
      }),
    ]);
  });

  it('refuses a preview whose mapping names a column the file lacks, naming the field', async () => {
    const org = await buildOrganization(api);
    const mapping = facilitiesMapping(org.id);
    mapping.fields[2] = { field: 'request_type', column: 'Trade name' };
    const response = await api.gql(PREVIEW, {
      input: { organizationId: org.id, csv: FACILITIES, mapping },
    });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({
        field: 'mapping.fields[2].column',
        message: expect.stringContaining('no column "Trade name"'),
      }),
    ]);
    const unknownColumn = await api.gql(
      `query($input: PreviewImportInput!) { previewImport(input: $input) { distinctValues(column: "Colour") { value } } }`,
      { input: { organizationId: org.id, csv: FACILITIES } },
    );
    expect(errorCode(unknownColumn)).toBe('BAD_USER_INPUT');
  });
});
