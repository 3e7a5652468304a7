import type { ColumnMappingFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { mappingFromApi } from './mapping-from-api';

// A built-in mapping as Apollo hands it over (with __typename everywhere): nulls and empty lists where nothing is set.
const SERVICENOW = {
  __typename: 'ColumnMapping',
  id: 'builtin:servicenow',
  name: 'ServiceNow incidents',
  kind: 'REQUESTS',
  builtIn: true,
  source: 'SERVICENOW',
  fields: [
    {
      __typename: 'FieldBinding',
      field: 'external_id',
      column: 'number',
      constant: null,
      default: null,
      label: null,
      fallback: null,
    },
    {
      __typename: 'FieldBinding',
      field: 'resolved_at',
      column: 'resolved_at',
      constant: null,
      default: null,
      label: 'the resolution time',
      fallback: {
        __typename: 'ColumnFallback',
        column: 'closed_at',
        when: {
          __typename: 'MappingCondition',
          column: 'incident_state',
          field: null,
          equals: ['Closed'],
          contains: [],
        },
      },
    },
  ],
  values: [
    {
      __typename: 'ValueMap',
      field: 'channel',
      from: 'Self service',
      to: 'PORTAL',
      match: 'EXACT',
    },
    {
      __typename: 'ValueMap',
      field: 'reopened',
      from: '0',
      to: 'true',
      match: 'GREATER_THAN',
    },
  ],
  dateFormat: null,
  otherDateFormats: ['dd-MM-yyyy HH:mm:ss'],
  timeZone: null,
  missingValues: ['?'],
  eventLog: {
    __typename: 'EventLog',
    eventTime: 'sys_updated_at',
    status: null,
    resolvedStatuses: [],
    sequence: 'sys_mod_count',
  },
  sourceColumns: [
    {
      __typename: 'SourceColumn',
      name: 'number',
      aliases: ['Number'],
      optional: false,
    },
  ],
  resolutionRule: {
    __typename: 'ResolutionRule',
    cases: [
      {
        __typename: 'ResolutionCase',
        when: [
          {
            __typename: 'MappingCondition',
            column: 'knowledge',
            field: null,
            equals: ['true'],
            contains: [],
          },
        ],
        then: 'DEFLECTED',
      },
    ],
    otherwise: null,
  },
} as unknown as ColumnMappingFieldsFragment;

describe(mappingFromApi.name, () => {
  it('reads a mapping back as the engine’s input: no nulls, no empty lists, no __typename, EXACT left implicit', () => {
    const input = mappingFromApi(SERVICENOW);
    expect(JSON.stringify(input)).not.toContain('__typename');
    expect(input).toEqual({
      name: 'ServiceNow incidents',
      kind: 'REQUESTS',
      fields: [
        { field: 'external_id', column: 'number' },
        {
          field: 'resolved_at',
          column: 'resolved_at',
          label: 'the resolution time',
          fallback: {
            column: 'closed_at',
            when: { column: 'incident_state', equals: ['Closed'] },
          },
        },
      ],
      values: [
        { field: 'channel', from: 'Self service', to: 'PORTAL' },
        { field: 'reopened', from: '0', to: 'true', match: 'GREATER_THAN' },
      ],
      otherDateFormats: ['dd-MM-yyyy HH:mm:ss'],
      missingValues: ['?'],
      eventLog: { eventTime: 'sys_updated_at', sequence: 'sys_mod_count' },
      sourceColumns: [{ name: 'number', aliases: ['Number'] }],
      resolutionRule: {
        cases: [
          {
            when: [{ column: 'knowledge', equals: ['true'] }],
            then: 'DEFLECTED',
          },
        ],
      },
    });
  });
});
