import { ColumnMappingInput } from './column-mapping';
import { validateColumnMapping } from './validate-mapping';

const HEADER = [
  'WO Number',
  'Created (local)',
  'Closed (local)',
  'Trade',
  'Requested Via',
  'Met Target',
  'Status',
  'Building',
  'Notes',
  'Notes',
  'Labour Minutes',
];

const facilities: ColumnMappingInput = {
  name: 'Facilities work orders',
  kind: 'REQUESTS',
  fields: [
    { field: 'external_id', column: 'WO Number' },
    { field: 'department', constant: 'Facilities' },
    { field: 'request_type', column: 'Trade' },
    { field: 'channel', column: 'Requested Via' },
    { field: 'opened_at', column: 'Created (local)' },
    { field: 'resolved_at', column: 'Closed (local)' },
    { field: 'sla_met', column: 'met target' },
    { field: 'handling_minutes', column: ' Labour Minutes ' },
  ],
  values: [
    { field: 'channel', from: 'Phone call', to: 'PHONE' },
    { field: 'channel', from: 'Facilities app', to: 'PORTAL' },
  ],
  dateFormat: 'MM/dd/yyyy hh:mm:ss a',
  timeZone: 'America/New_York',
  missingValues: ['N/A'],
};

const problems = (
  mapping: ColumnMappingInput,
  header: readonly string[] | undefined = HEADER,
) => validateColumnMapping(mapping, { header });
const paths = (
  mapping: ColumnMappingInput,
  header: readonly string[] | undefined = HEADER,
) => problems(mapping, header).map((p) => p.field);
const withField = (index: number, change: object): ColumnMappingInput => ({
  ...facilities,
  fields: facilities.fields.map((binding, i) =>
    i === index ? { ...binding, ...change } : binding,
  ),
});

describe(validateColumnMapping.name, () => {
  it('accepts the facilities mapping (columns matched without case and surrounding spaces)', () => {
    expect(problems(facilities)).toEqual([]);
    expect(validateColumnMapping(facilities)).toEqual([]);
  });

  it('names an unknown field for the kind and lists the fields', () => {
    const [problem] = problems({
      ...facilities,
      fields: [...facilities.fields, { field: 'priority', column: 'Status' }],
    });
    expect(problem).toEqual({
      field: 'fields[8].field',
      message:
        '"priority" is not a field of request records; the fields are external_id, department, request_type, channel, opened_at, first_response_at, resolved_at, resolution, sla_met, reopened, handling_minutes',
      value: 'priority',
    });
  });

  it('names an unknown column and the columns the file has, including the second "Notes"', () => {
    const [problem] = problems(withField(2, { column: 'Category' }));
    expect(problem.field).toBe('fields[2].column');
    expect(problem.message).toBe(
      'the file has no column "Category"; its columns are WO Number, Created (local), Closed (local), Trade, Requested Via, Met Target, Status, Building, Notes, Notes (2), Labour Minutes',
    );
    expect(paths(withField(2, { column: 'Notes (2)' }))).toEqual([]);
    // Without a header, column names are not checked.
    expect(validateColumnMapping(withField(2, { column: 'Category' }))).toEqual(
      [],
    );
  });

  it('names the required fields left unbound', () => {
    const mapping = {
      ...facilities,
      fields: facilities.fields.filter(
        (b) => !['channel', 'opened_at'].includes(b.field),
      ),
    };
    expect(problems(mapping)).toEqual([
      {
        field: 'fields',
        message:
          'request records need channel, opened_at: bind each to a column or a constant',
      },
    ]);
  });

  it('wants exactly one of column and constant', () => {
    expect(problems(withField(3, { constant: 'PHONE' }))).toEqual([
      {
        field: 'fields[3]',
        message: 'channel has both a column and a constant: give one of them',
      },
    ]);
    expect(paths(withField(3, { column: undefined }))).toEqual(['fields[3]']);
  });

  it('refuses a constant or value-map target the format cannot hold', () => {
    expect(
      problems(withField(3, { column: undefined, constant: 'FAXX' })),
    ).toEqual([
      {
        field: 'fields[3].constant',
        message:
          '"FAXX" is not a channel; use one of EMAIL, CHAT, PHONE, WALK_UP, SPREADSHEET, FORM, PORTAL, VIRTUAL_AGENT, OTHER',
        value: 'FAXX',
      },
    ]);
    const values = [
      ...facilities.values!,
      { field: 'channel', from: 'Fax', to: 'FAXX' },
      { field: 'sla_met', from: 'Y', to: 'maybe' },
    ];
    expect(paths({ ...facilities, values })).toEqual([
      'values[2].to',
      'values[3].to',
    ]);
    expect(
      paths({
        ...facilities,
        values: [{ field: 'opened_at', from: 'x', to: 'y' }],
      }),
    ).toEqual(['values[0].field']);
    expect(
      paths(
        withField(4, { column: undefined, constant: '2026-01-01T00:00:00Z' }),
      ),
    ).toEqual(['fields[4].constant']);
  });

  it('refuses a bad date-fns format and an unknown zone', () => {
    expect(
      problems({ ...facilities, dateFormat: 'MM/dd/yyyy hh:mm:ss j' }),
    ).toEqual([
      {
        field: 'dateFormat',
        message:
          '"MM/dd/yyyy hh:mm:ss j" has the letter "j", which is not a date-fns field (put literal text in single quotes)',
        value: 'MM/dd/yyyy hh:mm:ss j',
      },
    ]);
    expect(
      problems({ ...facilities, dateFormat: 'DD/MM/YYYY' })[0].message,
    ).toMatch(/week-numbering or day-of-year/);
    expect(problems({ ...facilities, dateFormat: 'HH:mm' })[0].message).toBe(
      '"HH:mm" does not say the year (yyyy), the month (MM), the day (dd)',
    );
    expect(problems({ ...facilities, timeZone: 'America/Nowhere' })).toEqual([
      {
        field: 'timeZone',
        message:
          '"America/Nowhere" is not a time zone name; use an IANA name such as Europe/London or America/New_York',
        value: 'America/Nowhere',
      },
    ]);
    expect(paths({ ...facilities, timeZone: '+02:00' })).toEqual(['timeZone']);
    expect(
      paths({ ...facilities, otherDateFormats: ['yyyy-MM-dd', 'nonsense'] }),
    ).toEqual(['otherDateFormats[1]']);
  });

  it('allows an event log on request records only, with a known event-time column', () => {
    const eventLog = {
      eventTime: 'Created (local)',
      status: 'Status',
      resolvedStatuses: ['Completed'],
    };
    expect(paths({ ...facilities, eventLog })).toEqual([]);
    expect(
      problems({ ...facilities, kind: 'AUDIT', fields: [], eventLog }),
    ).toContainEqual({
      field: 'eventLog',
      message:
        'an event log builds request records; audit rows cannot have one',
    });
    expect(
      paths({ ...facilities, eventLog: { ...eventLog, eventTime: 'When' } }),
    ).toEqual(['eventLog.eventTime']);
    expect(
      paths({
        ...facilities,
        eventLog: { eventTime: 'Created (local)', status: 'Status' },
      }),
    ).toEqual(['eventLog.resolvedStatuses']);
    // opened_at comes from the events when not bound.
    const unbound = {
      ...facilities,
      fields: facilities.fields.filter((b) => b.field !== 'opened_at'),
      eventLog,
    };
    expect(paths(unbound)).toEqual([]);
  });

  it('refuses a field bound twice and a value mapped twice', () => {
    expect(
      problems({
        ...facilities,
        fields: [
          ...facilities.fields,
          { field: 'trade', column: 'Trade' },
          { field: 'channel', constant: 'OTHER' },
        ],
      }).map((p) => p.message),
    ).toEqual([
      expect.stringMatching(/^"trade" is not a field/),
      'channel is bound twice (also fields[3])',
    ]);
    const values = [
      ...facilities.values!,
      { field: 'channel', from: ' phone CALL ', to: 'CHAT' },
    ];
    expect(problems({ ...facilities, values })).toEqual([
      {
        field: 'values[2].from',
        message: '" phone CALL " is mapped twice for channel (also values[0])',
        value: ' phone CALL ',
      },
    ]);
  });

  it('checks the extensions: aliases, defaults, fallbacks with conditions, the resolution rule', () => {
    const extended: ColumnMappingInput = {
      ...facilities,
      sourceColumns: [
        { name: 'Group', aliases: ['Building'] },
        { name: 'Resolved', optional: true },
      ],
      fields: [
        ...facilities.fields.filter(
          (b) => !['department', 'resolved_at'].includes(b.field),
        ),
        { field: 'department', column: 'Group', default: 'Unassigned' },
        {
          field: 'resolved_at',
          column: 'Resolved',
          fallback: {
            column: 'Closed (local)',
            when: { column: 'Status', equals: ['Completed'] },
          },
        },
      ],
      resolutionRule: {
        cases: [
          {
            when: [{ field: 'channel', equals: ['VIRTUAL_AGENT'] }],
            then: 'DEFLECTED',
          },
        ],
        otherwise: 'AGENT',
      },
    };
    expect(problems(extended)).toEqual([]);
    const broken: ColumnMappingInput = {
      ...extended,
      fields: [...extended.fields, { field: 'resolution', constant: 'AGENT' }],
      resolutionRule: {
        cases: [
          {
            when: [
              { column: 'Status', field: 'channel', equals: ['x'] },
              { column: 'Nope', contains: [''] },
            ],
            then: 'MAYBE' as never,
          },
        ],
      },
    };
    expect(paths(broken)).toEqual([
      'resolutionRule',
      'resolutionRule.cases[0].then',
      'resolutionRule.cases[0].when[0]',
      'resolutionRule.cases[0].when[1].column',
      'resolutionRule.cases[0].when[1].contains[0]',
    ]);
  });

  it('wants a name and a known kind', () => {
    expect(paths({ ...facilities, name: '  ' })).toEqual(['name']);
    expect(paths({ ...facilities, kind: 'TICKETS' as never })).toEqual([
      'kind',
    ]);
  });
});
