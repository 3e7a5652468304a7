import { ImportError } from '../import-error';
import { ColumnMappingInput } from './column-mapping';
import { compileColumnMapping } from './compile-mapping';
import { MappedEvent } from './event-log';

const HEADER = [
  'Matter ID',
  'Event Time',
  'Stage',
  'Practice Group',
  'Matter Type',
  'Filed',
];

const legal: ColumnMappingInput & { kind: 'REQUESTS' } = {
  name: 'Legal matter events',
  kind: 'REQUESTS',
  fields: [
    { field: 'external_id', column: 'Matter ID' },
    { field: 'department', column: 'Practice Group' },
    { field: 'request_type', column: 'Matter Type' },
    { field: 'channel', constant: 'EMAIL' },
  ],
  eventLog: {
    eventTime: 'Event Time',
    status: 'Stage',
    resolvedStatuses: ['Resolved', 'Closed'],
  },
  timeZone: 'Europe/London',
};

/** Reads rows (line 2 on) as events, then builds the cases, as an importer would. */
function importLog(
  rows: string[][],
  mapping: ColumnMappingInput & { kind: 'REQUESTS' } = legal,
) {
  const compiled = compileColumnMapping({
    mapping,
    header: HEADER,
    timeZone: 'UTC',
  });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.errors));
  const events: MappedEvent[] = [];
  const eventErrors: ImportError[] = [];
  rows.forEach((cells, index) => {
    const read = compiled.mapping.readEvent({
      cells: [...cells, ''].slice(0, HEADER.length),
      line: index + 2,
    });
    if (read.ok) events.push(read.event);
    else eventErrors.push(...read.errors);
  });
  const cases = compiled.mapping.buildCases(events);
  return {
    events,
    eventErrors,
    cases,
    byId: new Map(cases.map((c) => [c.caseId, c])),
  };
}

const at = (iso: string) => Date.parse(iso);

describe('event logs: cases built from events (data-formats §5)', () => {
  it('orders unsorted events by time: opened at the first, resolved when it last became resolved, reopened, the last event’s fields', () => {
    const { cases } = importLog([
      ['LM-1', '2026-03-05T10:00:00+01:00', 'Closed', 'Privacy', 'NDA'], // line 2: the last event
      ['LM-1', '2026-03-01T09:00:00+01:00', 'Intake', 'Employment', 'Claim'], // line 3: the first
      ['LM-1', '2026-03-03T12:00:00+01:00', 'Resolved', 'Employment', 'Claim'], // line 4
      ['LM-1', '2026-03-04T08:00:00+01:00', 'In review', 'Employment', 'Claim'], // line 5: reopened
      ['LM-1', '2026-03-04T16:00:00+01:00', 'Resolved', 'Privacy', 'NDA'], // line 6: the final run starts
    ]);
    // In time order: Intake 1 Mar, Resolved 3 Mar, In review 4 Mar 08:00, Resolved 4 Mar 16:00, Closed 5 Mar.
    // opened_at = 1 Mar 09:00+01 = 08:00Z; the final unbroken run of resolved statuses is
    // Resolved (4 Mar 16:00+01 = 15:00Z), Closed → resolved_at 15:00Z; In review after Resolved → reopened;
    // department and type from the last event (Closed, line 2): Privacy, NDA.
    expect(cases).toEqual([
      {
        caseId: 'LM-1',
        line: 2,
        events: 5,
        version: { rank: null, updatedAt: at('2026-03-05T09:00:00Z') },
        result: {
          ok: true,
          row: {
            externalId: 'LM-1',
            department: 'Privacy',
            requestType: 'NDA',
            channel: 'EMAIL',
            openedAt: at('2026-03-01T08:00:00Z'),
            firstResponseAt: null,
            resolvedAt: at('2026-03-04T15:00:00Z'),
            resolution: 'AGENT',
            slaMet: null,
            reopened: true,
            handlingMinutes: null,
            readInTimeZone: false,
          },
          skippedLocalTimes: 0,
          repeatedLocalTimes: 0,
        },
      },
    ]);
  });

  it('breaks ties in time by file order', () => {
    const { byId } = importLog([
      ['LM-2', '2026-03-02T09:00:00Z', 'Intake', 'Disputes', 'Claim'], // line 2
      ['LM-2', '2026-03-02T09:00:00Z', 'Resolved', 'Disputes', 'Claim'], // line 3: same time, later line → last
      ['LM-3', '2026-03-02T10:00:00Z', 'Resolved', 'Disputes', 'Claim'], // line 4
      ['LM-3', '2026-03-02T10:00:00Z', 'Triage', 'Disputes', 'Claim'], // line 5: same time, later line → last
    ]);
    // LM-2 ends Resolved: resolved at 09:00, the same instant it opened; never reopened.
    expect(byId.get('LM-2')).toMatchObject({
      line: 3,
      result: {
        ok: true,
        row: {
          openedAt: at('2026-03-02T09:00:00Z'),
          resolvedAt: at('2026-03-02T09:00:00Z'),
          reopened: false,
          resolution: 'AGENT',
        },
      },
    });
    // LM-3 ends in Triage after Resolved: open again, reopened, unresolved.
    expect(byId.get('LM-3')).toMatchObject({
      line: 5,
      result: {
        ok: true,
        row: { resolvedAt: null, reopened: true, resolution: 'UNRESOLVED' },
      },
    });
  });

  it('reports an event with an unreadable time at its line and builds the case from the others', () => {
    const { eventErrors, cases, events } = importLog([
      ['LM-4', 'yesterday', 'Intake', 'Contracts', 'NDA'], // line 2
      ['LM-4', '2026-03-06T10:00:00Z', 'Triage', 'Contracts', 'NDA'], // line 3
      ['', '2026-03-06T11:00:00Z', 'Triage', 'Contracts', 'NDA'], // line 4: no case id
    ]);
    expect(eventErrors).toEqual([
      {
        line: 2,
        column: 2,
        field: 'Event Time',
        message:
          'Event Time must be an ISO-8601 date and time, such as 2026-03-02T09:15:00Z',
        value: 'yesterday',
      },
      { line: 4, column: 1, field: 'Matter ID', message: 'Matter ID is empty' },
    ]);
    // rowsRead counts the 3 events, rowsStored the 1 case.
    expect(events).toHaveLength(1);
    expect(
      cases.map((c) => [
        c.caseId,
        c.events,
        c.result.ok && c.result.row.openedAt,
      ]),
    ).toEqual([['LM-4', 1, at('2026-03-06T10:00:00Z')]]);
  });

  it('reads naive event times in the zone: a skipped time moves forward, a repeated one is the first', () => {
    const { events, byId } = importLog([
      ['LM-5', '2026-03-29 01:30', 'Intake', 'Privacy', 'DSAR'], // London skips 01:00–02:00: 01:30 GMT = 01:30Z
      ['LM-5', '2026-10-25 01:30', 'Closed', 'Privacy', 'DSAR'], // London repeats 01:00–02:00: first = BST = 00:30Z
    ]);
    expect(events.map((event) => event.time.localTime)).toEqual([
      'SKIPPED',
      'REPEATED',
    ]);
    expect(byId.get('LM-5')).toMatchObject({
      result: {
        ok: true,
        row: {
          openedAt: at('2026-03-29T01:30:00Z'),
          resolvedAt: at('2026-10-25T00:30:00Z'),
          readInTimeZone: true,
        },
        skippedLocalTimes: 0,
        repeatedLocalTimes: 0,
      },
    });
  });

  it('takes bound opened_at from the last event, and refuses a case resolved before it opened at that event’s line', () => {
    const mapping = {
      ...legal,
      fields: [
        ...legal.fields,
        { field: 'opened_at', column: 'Filed', label: 'the filing date' },
      ],
    };
    const { byId } = importLog(
      [
        [
          'LM-6',
          '2026-03-10T10:00:00Z',
          'Resolved',
          'Contracts',
          'NDA',
          '2026-03-01T00:00:00Z',
        ], // line 2
        [
          'LM-6',
          '2026-03-02T10:00:00Z',
          'Intake',
          'Contracts',
          'NDA',
          '2026-03-01T00:00:00Z',
        ], // line 3
        [
          'LM-7',
          '2026-03-10T10:00:00Z',
          'Closed',
          'Contracts',
          'NDA',
          '2026-04-01T00:00:00Z',
        ], // line 4
      ],
      mapping,
    );
    expect(byId.get('LM-6')).toMatchObject({
      line: 2,
      result: {
        ok: true,
        row: {
          openedAt: at('2026-03-01T00:00:00Z'),
          resolvedAt: at('2026-03-10T10:00:00Z'),
        },
      },
    });
    expect(byId.get('LM-7')).toEqual(
      expect.objectContaining({
        line: 4,
        result: {
          ok: false,
          errors: [
            {
              line: 4,
              column: 2,
              field: 'Event Time',
              message: 'Event Time is before the filing date',
              value: '2026-03-10T10:00:00Z',
            },
          ],
        },
      }),
    );
  });

  it('without a status column: never resolved from events, reopening unknown', () => {
    const mapping = { ...legal, eventLog: { eventTime: 'Event Time' } };
    const { byId } = importLog(
      [['LM-8', '2026-03-02T09:00:00Z', 'Closed', 'Privacy', 'NDA']],
      mapping,
    );
    expect(byId.get('LM-8')).toMatchObject({
      result: {
        ok: true,
        row: { resolvedAt: null, reopened: null, resolution: 'UNRESOLVED' },
      },
    });
  });

  it('keeps cases apart by their exact id, in the order they first appear', () => {
    const { cases } = importLog([
      ['B-1', '2026-03-02T09:00:00Z', 'Intake', 'Privacy', 'NDA'],
      ['A-1', '2026-03-01T09:00:00Z', 'Intake', 'Privacy', 'NDA'],
      [' B-1 ', '2026-03-03T09:00:00Z', 'Closed', 'Privacy', 'NDA'],
      ['b-1', '2026-03-03T09:00:00Z', 'Closed', 'Privacy', 'NDA'],
    ]);
    expect(cases.map((c) => [c.caseId, c.events])).toEqual([
      ['B-1', 2],
      ['A-1', 1],
      ['b-1', 1],
    ]);
  });
});
