import { ColumnMappingInput, ValueMapEntry } from '../mapping/column-mapping';
import {
  UNASSIGNED_DEPARTMENT,
  UNCATEGORISED_REQUEST_TYPE,
  VENDOR_DATE_FORMATS,
  vendorColumn,
} from './vendor-columns';

// Freshservice `Source` values; onboarding and offboarding are HR workflows with forms.
const CHANNELS: readonly [string, string][] = [
  ['email', 'EMAIL'],
  ['portal', 'PORTAL'],
  ['phone', 'PHONE'],
  ['chat', 'CHAT'],
  ['slack', 'CHAT'],
  ['ms teams', 'CHAT'],
  ['microsoft teams', 'CHAT'],
  ['walkup', 'WALK_UP'],
  ['walk up', 'WALK_UP'],
  ['feedback widget', 'FORM'],
  ['employee onboarding', 'FORM'],
  ['employee offboarding', 'FORM'],
  ['virtual agent', 'VIRTUAL_AGENT'],
];

// `Resolution Status` is Freshservice's SLA verdict: Within SLA / SLA Violated.
const SLA_VERDICTS: readonly [string, string][] = [
  ['within', 'true'],
  ['met', 'true'],
  ['on time', 'true'],
  ['violat', 'false'],
  ['breach', 'false'],
  ['overdue', 'false'],
  ['missed', 'false'],
];

const values: ValueMapEntry[] = [
  ...CHANNELS.map(([from, to]) => ({ field: 'channel', from, to })),
  ...SLA_VERDICTS.map(([from, to]): ValueMapEntry => ({
    field: 'sla_met',
    from,
    to,
    match: 'CONTAINS',
  })),
];

/**
 * Freshservice ticket export (data-formats §4). A ticket without a resolved
 * date counts as resolved at its closed date when its status is Resolved or
 * Closed. Resolved through the virtual agent is DEFLECTED, any other
 * resolved ticket AGENT, the rest UNRESOLVED.
 */
export const FRESHSERVICE_MAPPING: ColumnMappingInput & { kind: 'REQUESTS' } = {
  name: 'Freshservice ticket',
  kind: 'REQUESTS',
  sourceColumns: [
    vendorColumn('Ticket Id', ['ID']),
    vendorColumn('Created Date', ['Created Time', 'Created At']),
    vendorColumn('Resolved Date', ['Resolved Time', 'Resolved At'], true),
    vendorColumn('Closed Date', ['Closed Time', 'Closed At'], true),
    vendorColumn('Status', [], true),
    vendorColumn('Source'),
    vendorColumn('Category'),
    vendorColumn('Group', ['Agent Group'], true),
    vendorColumn('Resolution Status', [], true),
    vendorColumn(
      'First Responded Date',
      ['First Response Date', 'First Responded At'],
      true,
    ),
  ],
  fields: [
    { field: 'external_id', column: 'Ticket Id' },
    { field: 'opened_at', column: 'Created Date', label: 'the created date' },
    {
      field: 'resolved_at',
      column: 'Resolved Date',
      fallback: {
        column: 'Closed Date',
        when: { column: 'Status', equals: ['resolved', 'closed'] },
      },
    },
    { field: 'first_response_at', column: 'First Responded Date' },
    { field: 'channel', column: 'Source', default: 'OTHER' },
    {
      field: 'request_type',
      column: 'Category',
      default: UNCATEGORISED_REQUEST_TYPE,
    },
    { field: 'department', column: 'Group', default: UNASSIGNED_DEPARTMENT },
    { field: 'sla_met', column: 'Resolution Status' },
  ],
  values,
  otherDateFormats: [...VENDOR_DATE_FORMATS],
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
