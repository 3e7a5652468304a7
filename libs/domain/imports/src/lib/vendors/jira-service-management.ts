import { ColumnMappingInput, ValueMapEntry } from '../mapping/column-mapping';
import {
  UNASSIGNED_DEPARTMENT,
  UNCATEGORISED_REQUEST_TYPE,
  VENDOR_DATE_FORMATS,
  vendorColumn,
} from './vendor-columns';

// "Request channel" values. `api` requests arrive from another system with
// their fields filled in, so they count as a structured form; `jira` ones
// were logged by an agent on someone's behalf, so they are OTHER (reported).
const CHANNELS: readonly [string, string][] = [
  ['email', 'EMAIL'],
  ['portal', 'PORTAL'],
  ['customer portal', 'PORTAL'],
  ['help center', 'PORTAL'],
  ['chat', 'CHAT'],
  ['slack', 'CHAT'],
  ['microsoft teams', 'CHAT'],
  ['api', 'FORM'],
  ['widget', 'FORM'],
  ['phone', 'PHONE'],
  ['virtual agent', 'VIRTUAL_AGENT'],
  ['assist', 'VIRTUAL_AGENT'],
];

// The time-to-resolution SLA column: Met / Breached, or the time left
// (negative once breached: "-1h 10m").
const SLA_VERDICTS: readonly [string, string][] = [
  ['Met', 'true'],
  ['Breached', 'false'],
  ['Breach', 'false'],
  ['Within', 'true'],
  ['OK', 'true'],
  ['Achieved', 'true'],
  ['Missed', 'false'],
  ['Failed', 'false'],
  ['-', 'false'],
  ...Array.from({ length: 10 }, (_, digit): [string, string] => [
    String(digit),
    'true',
  ]),
];

const values: ValueMapEntry[] = [
  ...CHANNELS.map(([from, to]) => ({ field: 'channel', from, to })),
  ...SLA_VERDICTS.map(([from, to]): ValueMapEntry => ({
    field: 'sla_met',
    from,
    to,
    match: 'STARTS_WITH',
  })),
];

/**
 * Jira Service Management CSV export (data-formats §4). Jira has no
 * assignment group: a service project is one team's desk, so the project is
 * the department. Resolution: no Resolved date is UNRESOLVED; a Resolution
 * naming automation is NO_TOUCH, one naming self-service, knowledge or a
 * virtual agent (or a virtual-agent channel) DEFLECTED; every other
 * resolved issue was worked by an agent.
 */
export const JSM_MAPPING: ColumnMappingInput & { kind: 'REQUESTS' } = {
  name: 'Jira Service Management',
  kind: 'REQUESTS',
  sourceColumns: [
    vendorColumn('Issue key'),
    vendorColumn('Created'),
    vendorColumn('Resolved', ['Resolution date'], true),
    vendorColumn('Request Type', [
      'Custom field (Request Type)',
      'Customer Request Type',
    ]),
    vendorColumn('Request channel', [
      'Custom field (Request channel)',
      'Source',
      'Custom field (Source)',
    ]),
    vendorColumn('Resolution', [], true),
    vendorColumn('Project name', ['Project', 'Project key'], true),
    vendorColumn(
      'Time to resolution',
      ['Custom field (Time to resolution)', 'SLA Time to resolution'],
      true,
    ),
  ],
  fields: [
    { field: 'external_id', column: 'Issue key' },
    { field: 'opened_at', column: 'Created' },
    { field: 'resolved_at', column: 'Resolved' },
    {
      field: 'request_type',
      column: 'Request Type',
      default: UNCATEGORISED_REQUEST_TYPE,
    },
    { field: 'channel', column: 'Request channel', default: 'OTHER' },
    {
      field: 'department',
      column: 'Project name',
      default: UNASSIGNED_DEPARTMENT,
    },
    { field: 'sla_met', column: 'Time to resolution' },
  ],
  values,
  otherDateFormats: [...VENDOR_DATE_FORMATS],
  resolutionRule: {
    cases: [
      {
        when: [{ column: 'Resolution', contains: ['automat'] }],
        then: 'NO_TOUCH',
      },
      {
        when: [
          {
            column: 'Resolution',
            contains: [
              'self serv',
              'self-serv',
              'selfserv',
              'self resolved',
              'self-resolved',
              'knowledge',
              'virtual agent',
              'answered by',
            ],
          },
        ],
        then: 'DEFLECTED',
      },
      {
        when: [{ field: 'channel', equals: ['VIRTUAL_AGENT'] }],
        then: 'DEFLECTED',
      },
    ],
    otherwise: 'AGENT',
  },
};
