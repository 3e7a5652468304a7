import { emptyMapping, type WizardMapping } from './wizard-mapping';
import {
  hasProblems,
  placeOfProblem,
  stepProblems,
  wizardSteps,
} from './wizard-steps';

const requests = (patch: Partial<WizardMapping> = {}): WizardMapping => ({
  ...emptyMapping('REQUESTS'),
  ...patch,
});

describe(wizardSteps.name, () => {
  it('asks about event logs for request records only', () => {
    expect(wizardSteps('REQUESTS')).toEqual([
      'preview',
      'columns',
      'values',
      'dates',
      'events',
      'check',
    ]);
    expect(wizardSteps('AUDIT')).not.toContain('events');
  });
});

describe(stepProblems.name, () => {
  it('names every required field still without a column or a value, in words', () => {
    const problems = stepProblems('columns', requests());
    expect(Object.keys(problems.fields)).toEqual([
      'external_id',
      'department',
      'request_type',
      'channel',
      'opened_at',
    ]);
    expect(problems.fields.opened_at).toBe(
      'Choose the column for “Opened at”, or give one value for every row.',
    );
    expect(hasProblems(problems)).toBe(true);
  });

  it('checks a value given for every row, and lets an event log derive the opening time', () => {
    const state = requests({
      fields: {
        ...emptyMapping('REQUESTS').fields,
        external_id: { kind: 'column', column: 'Matter ID' },
        department: { kind: 'constant', value: 'Legal' },
        request_type: { kind: 'constant', value: '' },
        channel: { kind: 'constant', value: 'EMAIL' },
      },
      eventLog: {
        enabled: true,
        eventTime: 'Event Time',
        status: '',
        resolvedStatuses: [],
      },
    });
    expect(stepProblems('columns', state).fields).toEqual({
      request_type: '“” is empty.',
    });
  });

  it('wants the event time, and resolved statuses once a status column is chosen', () => {
    const state = requests({
      eventLog: {
        enabled: true,
        eventTime: '',
        status: 'Stage',
        resolvedStatuses: [],
      },
    });
    const problems = stepProblems('events', state);
    expect(problems.fields).toEqual({
      eventTime: 'Choose the column with the time of each event.',
      resolvedStatuses: 'Tick the statuses that mean resolved or closed.',
    });
    expect(problems.other).toHaveLength(1);
    expect(hasProblems(stepProblems('events', requests()))).toBe(false);
  });

  it('checks a typed date format and the mapping’s name', () => {
    expect(
      stepProblems('dates', requests({ dateFormat: 'HH:mm' })).fields
        .dateFormat,
    ).toBe(
      'This format does not say the year (yyyy), the month (MM), the day (dd).',
    );
    expect(stepProblems('dates', requests({ dateFormat: '' })).fields).toEqual(
      {},
    );
    expect(stepProblems('check', requests({ name: '  ' })).fields.name).toMatch(
      /^Give the mapping a name/,
    );
  });
});

describe(placeOfProblem.name, () => {
  const input = {
    name: 'x',
    kind: 'REQUESTS' as const,
    fields: [
      { field: 'external_id', column: 'WO Number' },
      { field: 'channel', column: 'Via' },
    ],
    values: [{ field: 'channel', from: 'Fax', to: 'FAXX' }],
  };

  it.each([
    ['fields[1].column', { step: 'columns', field: 'channel' }],
    ['mapping.fields[0]', { step: 'columns', field: 'external_id' }],
    ['fields', { step: 'columns' }],
    ['values[0].to', { step: 'values', field: 'channel' }],
    ['dateFormat', { step: 'dates', field: 'dateFormat' }],
    ['timeZone', { step: 'dates', field: 'timeZone' }],
    [
      'eventLog.resolvedStatuses[0]',
      { step: 'events', field: 'resolvedStatuses' },
    ],
    ['name', { step: 'check', field: 'name' }],
    ['source', { step: 'check' }],
  ])('%s → %j', (path, place) => {
    expect(placeOfProblem(path, input)).toEqual(place);
  });
});
