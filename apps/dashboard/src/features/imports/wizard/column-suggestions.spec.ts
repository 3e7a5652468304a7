import {
  guessEventColumns,
  initialFieldChoices,
  mappingFit,
  suggestColumns,
  type KnownMapping,
} from './column-suggestions';
import {
  headerLikeness,
  headerWords,
  textSimilarity,
} from './header-similarity';

// The facilities sample's header, repeated `Notes` named as the API names it.
const FACILITIES = [
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
];
const LEGAL = [
  'Matter ID',
  'Event Time',
  'Stage',
  'Practice Group',
  'Matter Type',
  'Assignee',
];

describe(textSimilarity.name, () => {
  it('is 1 for the same text and 0 for nothing shared', () => {
    expect(textSimilarity('channel', 'channel')).toBe(1);
    expect(textSimilarity('abc', 'xyz')).toBe(0);
    expect(textSimilarity('', 'x')).toBe(0);
  });

  it('counts shared character pairs (Dice): "night" and "nacht"', () => {
    // pairs with the padding: " n ni ig gh ht t " (6) and " n na ac ch ht t " (6);
    // shared: " n", "ht", "t " = 3 → 2·3 / 12 = 0.5.
    expect(textSimilarity('night', 'nacht')).toBeCloseTo(0.5, 10);
  });
});

describe(headerLikeness.name, () => {
  it('reads words of headers and field names alike', () => {
    expect(headerWords('Created (local)')).toEqual(['created', 'local']);
    expect(headerWords('opened_at')).toEqual(['opened', 'at']);
    expect(headerWords('Notes (2)')).toEqual(['notes']);
  });

  it.each([
    ['Created (local)', 'opened_at'],
    ['Closed (local)', 'resolved_at'],
    ['Requested Via', 'channel'],
    ['WO Number', 'external_id'],
    ['Labour Minutes', 'handling_minutes'],
    ['Met Target', 'sla_met'],
    ['Practice Group', 'department'],
    ['Matter Type', 'request_type'],
    ['channel', 'channel'],
    ['Requestd Via', 'channel'],
  ])('"%s" looks like %s', (header, field) => {
    expect(headerLikeness(header, field)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['Building', 'department'],
    ['Notes', 'request_type'],
    ['Assignee', 'external_id'],
    // Most character pairs shared with "time spent", but no word but the filler "time".
    ['Event Time', 'handling_minutes'],
    ['Event Time', 'opened_at'],
  ])('"%s" does not look like %s', (header, field) => {
    expect(headerLikeness(header, field)).toBeLessThan(0.6);
  });
});

const SAVED: KnownMapping = {
  name: 'Facilities work orders',
  kind: 'REQUESTS',
  builtIn: false,
  fields: [
    { field: 'request_type', column: 'trade' },
    { field: 'department', constant: 'Facilities' },
    { field: 'resolution', column: 'Status' },
  ],
};
const SERVICENOW: KnownMapping = {
  name: 'ServiceNow incidents',
  kind: 'REQUESTS',
  builtIn: true,
  fields: [{ field: 'opened_at', column: 'opened_at' }],
  sourceColumns: [{ name: 'opened_at', aliases: ['Opened'] }],
};

describe(suggestColumns.name, () => {
  it('puts a saved mapping’s column first, with the reason', () => {
    const [first] = suggestColumns({
      kind: 'REQUESTS',
      field: 'request_type',
      headers: FACILITIES,
      mappings: [SAVED],
    });
    expect(first).toEqual({
      column: 'Trade',
      score: 1,
      reasons: ['used by “Facilities work orders”', 'the header looks like it'],
    });
  });

  it('finds a built-in mapping’s column through its aliases, and ignores mappings of another kind', () => {
    const suggestions = suggestColumns({
      kind: 'REQUESTS',
      field: 'opened_at',
      headers: ['Number', 'Opened'],
      mappings: [SERVICENOW, { ...SERVICENOW, kind: 'AUDIT', name: 'x' }],
    });
    expect(suggestions[0]).toMatchObject({
      column: 'Opened',
      score: 0.95,
      reasons: ['used by “ServiceNow incidents”', 'the header looks like it'],
    });
  });

  it('suggests nothing for a field no header resembles', () => {
    expect(
      suggestColumns({
        kind: 'REQUESTS',
        field: 'first_response_at',
        headers: FACILITIES,
        mappings: [],
      }),
    ).toEqual([]);
  });
});

describe(initialFieldChoices.name, () => {
  it('binds the facilities file’s columns as a person would, each column once', () => {
    const choices = initialFieldChoices('REQUESTS', FACILITIES, []);
    expect(choices).toEqual({
      external_id: { kind: 'column', column: 'WO Number' },
      department: { kind: 'unbound' },
      request_type: { kind: 'column', column: 'Trade' },
      channel: { kind: 'column', column: 'Requested Via' },
      opened_at: { kind: 'column', column: 'Created (local)' },
      first_response_at: { kind: 'unbound' },
      resolved_at: { kind: 'column', column: 'Closed (local)' },
      resolution: { kind: 'unbound' },
      sla_met: { kind: 'column', column: 'Met Target' },
      reopened: { kind: 'unbound' },
      handling_minutes: { kind: 'column', column: 'Labour Minutes' },
    });
  });

  it('binds the legal event log’s case id, group and type, and leaves its event time alone', () => {
    const choices = initialFieldChoices('REQUESTS', LEGAL, []);
    expect(
      Object.values(choices).filter((choice) => choice.kind === 'column'),
    ).toHaveLength(3);
    expect(choices.external_id).toEqual({
      kind: 'column',
      column: 'Matter ID',
    });
    expect(choices.department).toEqual({
      kind: 'column',
      column: 'Practice Group',
    });
    expect(choices.request_type).toEqual({
      kind: 'column',
      column: 'Matter Type',
    });
  });
});

describe(mappingFit.name, () => {
  it('counts the mapping’s columns the file has (constants do not count)', () => {
    expect(mappingFit(SAVED, FACILITIES)).toEqual({ found: 2, named: 2 });
    expect(mappingFit(SERVICENOW, FACILITIES)).toEqual({ found: 0, named: 1 });
  });
});

describe(guessEventColumns.name, () => {
  it('finds an event log’s time and status columns', () => {
    expect(guessEventColumns(LEGAL)).toEqual({
      eventTime: 'Event Time',
      status: 'Stage',
    });
    expect(
      guessEventColumns(['number', 'incident_state', 'sys_updated_at']),
    ).toEqual({ eventTime: 'sys_updated_at', status: 'incident_state' });
    expect(guessEventColumns(['WO Number', 'Trade'])).toEqual({
      eventTime: '',
      status: '',
    });
  });
});
