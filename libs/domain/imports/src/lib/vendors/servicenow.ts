import { ColumnMappingInput, ValueMapEntry } from '../mapping/column-mapping';
import {
  UNASSIGNED_DEPARTMENT,
  UNCATEGORISED_REQUEST_TYPE,
  VENDOR_DATE_FORMATS,
  vendorColumn,
} from './vendor-columns';

// contact_type values (data-formats §4); any other goes to the format's
// reader (which knows more spellings, and makes the rest OTHER, reported).
const CHANNELS: readonly [string, string][] = [
  ['email', 'EMAIL'],
  ['phone', 'PHONE'],
  ['ivr', 'PHONE'],
  ['self service', 'PORTAL'],
  ['self-service', 'PORTAL'],
  ['walk-in', 'WALK_UP'],
  ['walk in', 'WALK_UP'],
  ['chat', 'CHAT'],
  ['virtual agent', 'VIRTUAL_AGENT'],
];

const values: ValueMapEntry[] = [
  ...CHANNELS.map(([from, to]) => ({ field: 'channel', from, to })),
  // reopen_count > 0 → reopened.
  { field: 'reopened', from: '0', to: 'false' },
  { field: 'reopened', from: '0', to: 'true', match: 'GREATER_THAN' },
];

/**
 * ServiceNow incident export (data-formats §4), also its event-log form (one
 * row per update): an event log ordered by `sys_mod_count`, then
 * `sys_updated_at`, then line, whose fields are all bound — so each incident
 * is its last update. `resolved_at` else `closed_at` when `incident_state` is
 * Resolved or Closed (6 or 7); a resolved incident with knowledge = true and
 * no reassignment was deflected, any other resolved one worked by an agent,
 * the rest unresolved. Display-label headers (`Opened`, `Assignment group`…)
 * are aliases; `?` is a missing value.
 */
export const SERVICENOW_MAPPING: ColumnMappingInput & { kind: 'REQUESTS' } = {
  name: 'ServiceNow incident',
  kind: 'REQUESTS',
  sourceColumns: [
    vendorColumn('number'),
    vendorColumn('opened_at', ['Opened']),
    vendorColumn('resolved_at', ['Resolved'], true),
    vendorColumn('closed_at', ['Closed'], true),
    vendorColumn('incident_state', ['State'], true),
    vendorColumn('contact_type', ['Channel']),
    vendorColumn('category'),
    vendorColumn('assignment_group', ['Assignment group'], true),
    vendorColumn('made_sla', ['Made SLA'], true),
    vendorColumn('reopen_count', ['Reopen count'], true),
    vendorColumn('knowledge', [], true),
    vendorColumn('reassignment_count', ['Reassignment count'], true),
    vendorColumn('sys_mod_count', ['Updates'], true),
    vendorColumn('sys_updated_at', ['Updated'], true),
  ],
  fields: [
    { field: 'external_id', column: 'number' },
    { field: 'opened_at', column: 'opened_at', label: 'the opening time' },
    {
      field: 'resolved_at',
      column: 'resolved_at',
      fallback: {
        column: 'closed_at',
        when: {
          column: 'incident_state',
          equals: ['resolved', 'closed', '6', '7'],
        },
      },
    },
    { field: 'channel', column: 'contact_type', default: 'OTHER' },
    {
      field: 'request_type',
      column: 'category',
      default: UNCATEGORISED_REQUEST_TYPE,
    },
    {
      field: 'department',
      column: 'assignment_group',
      default: UNASSIGNED_DEPARTMENT,
    },
    { field: 'sla_met', column: 'made_sla' },
    { field: 'reopened', column: 'reopen_count' },
  ],
  values,
  otherDateFormats: [...VENDOR_DATE_FORMATS],
  missingValues: ['?'],
  resolutionRule: {
    cases: [
      {
        when: [
          { column: 'knowledge', equals: ['true'] },
          { column: 'reassignment_count', equals: ['0'] },
        ],
        then: 'DEFLECTED',
      },
    ],
    otherwise: 'AGENT',
  },
  eventLog: { eventTime: 'sys_updated_at', sequence: 'sys_mod_count' },
};
