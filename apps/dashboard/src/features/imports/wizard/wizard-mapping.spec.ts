import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnMappingInput } from '@esm-planner/domain-imports';
import { AS_READ, MISSING } from './value-targets';
import {
  emptyMapping,
  fromColumnMapping,
  hasColumn,
  toColumnMappingInput,
  withEventLog,
  withValueTarget,
  type WizardMapping,
} from './wizard-mapping';

// The facilities mapping the browser test builds, as the repository keeps it (tests/fixtures).
const FACILITIES: ColumnMappingInput = JSON.parse(
  readFileSync(
    join(
      __dirname,
      '../../../../../../tests/fixtures/facilities-work-orders.mapping.json',
    ),
    'utf8',
  ),
);

/** The same mapping as the wizard holds it after a person's edits: spaces, "as read" choices, stray maps. */
function facilities(): WizardMapping {
  const state = fromColumnMapping(FACILITIES);
  return {
    ...state,
    name: `  ${FACILITIES.name} `,
    fields: {
      ...state.fields,
      department: { kind: 'constant', value: ' Facilities ' },
    },
    values: {
      channel: { ...state.values.channel, Fax: AS_READ },
      // A value map of a field bound to a constant goes nowhere.
      department: { HQ: 'Facilities' },
    },
    missingValues: [' N/A ', 'n/a', ''],
  };
}

describe(toColumnMappingInput.name, () => {
  it('sends bound fields in the format’s order, value maps without “as read”, trimmed names and missing values', () => {
    expect(toColumnMappingInput(facilities())).toEqual(FACILITIES);
  });

  it('leaves the defaults out: ISO dates, the organisation’s zone, no value maps', () => {
    const input = toColumnMappingInput({
      ...emptyMapping('METRICS'),
      name: 'Weekly',
      fields: { week_start: { kind: 'column', column: 'Week' } },
    });
    expect(input).toEqual({
      name: 'Weekly',
      kind: 'METRICS',
      fields: [{ field: 'week_start', column: 'Week' }],
    });
  });

  it('adds the event log of request records when switched on, the status only with its resolved values', () => {
    const withLog = {
      ...facilities(),
      eventLog: {
        enabled: true,
        eventTime: 'Event Time',
        status: 'Stage',
        resolvedStatuses: ['Resolved', 'Closed'],
      },
    };
    expect(toColumnMappingInput(withLog).eventLog).toEqual({
      eventTime: 'Event Time',
      status: 'Stage',
      resolvedStatuses: ['Resolved', 'Closed'],
    });
    const timeOnly = {
      ...facilities(),
      eventLog: {
        enabled: true,
        eventTime: 'Event Time',
        status: '',
        resolvedStatuses: ['x'],
      },
    };
    expect(toColumnMappingInput(timeOnly).eventLog).toEqual({
      eventTime: 'Event Time',
    });
    expect(
      toColumnMappingInput({
        ...withLog,
        eventLog: { ...withLog.eventLog, enabled: false },
      }).eventLog,
    ).toBeUndefined();
  });
});

describe(fromColumnMapping.name, () => {
  // A built-in mapping's shape: aliases, a fallback, a pattern value map, a resolution rule, a sequence.
  const builtIn: ColumnMappingInput = {
    name: 'ServiceNow incidents',
    kind: 'REQUESTS',
    fields: [
      { field: 'external_id', column: 'number' },
      {
        field: 'department',
        column: 'assignment_group',
        default: 'Unassigned',
      },
      { field: 'channel', column: 'contact_type' },
      {
        field: 'resolved_at',
        column: 'resolved_at',
        fallback: {
          column: 'closed_at',
          when: { column: 'incident_state', equals: ['Closed'] },
        },
      },
      { field: 'reopened', column: 'reopen_count' },
    ],
    values: [
      { field: 'reopened', from: '0', to: 'true', match: 'GREATER_THAN' },
      { field: 'channel', from: 'Self service', to: 'PORTAL' },
    ],
    otherDateFormats: ['dd-MM-yyyy HH:mm:ss'],
    sourceColumns: [{ name: 'number', aliases: ['Number'] }],
    resolutionRule: {
      cases: [
        {
          when: [{ column: 'knowledge', equals: ['true'] }],
          then: 'DEFLECTED',
        },
      ],
    },
    missingValues: ['?'],
    eventLog: { eventTime: 'sys_updated_at', sequence: 'sys_mod_count' },
  };

  it('opens a mapping for editing and gives back the same input (fields in the format’s order), extensions included', () => {
    const state = fromColumnMapping(builtIn);
    expect(state.fields.first_response_at).toEqual({ kind: 'unbound' });
    expect(state.values).toEqual({ channel: { 'Self service': 'PORTAL' } });
    expect(state.eventLog).toEqual({
      enabled: true,
      eventTime: 'sys_updated_at',
      status: '',
      resolvedStatuses: [],
    });
    const again = toColumnMappingInput(state);
    expect(again).toEqual({
      ...builtIn,
      values: [builtIn.values![1], builtIn.values![0]],
    });
  });

  it('drops a field’s pattern value map once the field is no longer read from a column', () => {
    const state = fromColumnMapping(builtIn);
    const input = toColumnMappingInput({
      ...state,
      fields: { ...state.fields, reopened: { kind: 'unbound' } },
    });
    expect(input.values).toEqual([
      { field: 'channel', from: 'Self service', to: 'PORTAL' },
    ]);
  });
});

describe(hasColumn.name, () => {
  it('compares column names without case and surrounding spaces', () => {
    expect(hasColumn(['WO Number', 'Notes (2)'], ' wo number ')).toBe(true);
    expect(hasColumn(['WO Number'], 'Number')).toBe(false);
  });
});

describe(withValueTarget.name, () => {
  it('maps a value, takes the map back, or makes the value mean “no value” for the whole file', () => {
    const start = facilities();
    const mapped = withValueTarget(
      withValueTarget(start, 'channel', 'Kiosk', AS_READ),
      'channel',
      'Kiosk',
      'PORTAL',
    );
    expect(mapped.values.channel).toEqual({
      'Phone call': 'PHONE',
      'Facilities app': 'PORTAL',
      Kiosk: 'PORTAL',
      'Walk-in desk': 'WALK_UP',
      Fax: '',
    });
    expect(
      withValueTarget(mapped, 'channel', 'Kiosk', AS_READ).values.channel,
    ).not.toHaveProperty('Kiosk');
    const missing = withValueTarget(start, 'sla_met', ' n/a ', MISSING);
    expect(missing.missingValues).toEqual(['', 'n/a']);
    expect(withValueTarget(missing, 'sla_met', 'N/A', 'false')).toMatchObject({
      missingValues: [''],
      values: { sla_met: { 'N/A': 'false' } },
    });
  });
});

describe(withEventLog.name, () => {
  it('takes the column bound to the opening time as the events’ time', () => {
    const state = withEventLog(facilities(), true);
    expect(state.fields.opened_at).toEqual({ kind: 'unbound' });
    expect(state.eventLog).toEqual({
      enabled: true,
      eventTime: 'Created (local)',
      status: '',
      resolvedStatuses: [],
    });
    // Off and on again: the choices stay as they are.
    expect(withEventLog(withEventLog(state, false), true)).toEqual(state);
  });

  it('fills the guessed time and status when the opening time was not bound', () => {
    const state = withEventLog(emptyMapping('REQUESTS'), true, {
      eventTime: 'Event Time',
      status: 'Stage',
    });
    expect(state.eventLog).toEqual({
      enabled: true,
      eventTime: 'Event Time',
      status: 'Stage',
      resolvedStatuses: [],
    });
  });
});
