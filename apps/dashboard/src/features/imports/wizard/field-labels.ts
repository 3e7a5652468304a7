import type { ImportKind } from '@esm-planner/domain-imports';

// The target formats' fields (data-formats §1–§3) in words; a field name never reaches the screen.
const LABELS: Readonly<Record<ImportKind, Readonly<Record<string, string>>>> = {
  REQUESTS: {
    external_id: 'Request id',
    department: 'Department',
    request_type: 'Request type',
    channel: 'Channel',
    opened_at: 'Opened at',
    first_response_at: 'First response at',
    resolved_at: 'Resolved at',
    resolution: 'Resolution',
    sla_met: 'SLA met',
    reopened: 'Reopened',
    handling_minutes: 'Handling time (minutes)',
  },
  AUDIT: {
    department: 'Department',
    request_type: 'Request type',
    channel: 'Channel',
    count: 'Number of requests',
    avg_handling_minutes: 'Average handling time (minutes)',
    avg_first_response_hours: 'Average first response (hours)',
  },
  METRICS: {
    department: 'Department',
    week_start: 'Week starting (a Monday)',
    total: 'Requests',
    deflected: 'Deflected requests',
    no_touch: 'No-touch requests',
    resolved: 'Resolved requests',
    sla_met: 'Requests that met the SLA',
    sla_tracked: 'Requests with an SLA',
    mean_resolution_hours: 'Mean resolution time (hours)',
  },
};

const HINTS: Readonly<Record<string, string>> = {
  external_id:
    'Unique per request: importing the file again updates rather than duplicates.',
  department:
    'A column naming the department, or one department for the whole file.',
  channel:
    'How the request came in. Values the dashboard does not know count as Other.',
  opened_at: 'When the request was made.',
  resolution: 'Left out: a resolved request counts as resolved by an agent.',
  handling_minutes: 'Working time spent on the request.',
};

export function fieldLabel(kind: ImportKind, field: string): string {
  return LABELS[kind][field] ?? field.replace(/_/g, ' ');
}

export function fieldHint(field: string): string | undefined {
  return HINTS[field];
}

export const KIND_WORDS: Readonly<Record<ImportKind, string>> = {
  AUDIT: 'audit rows',
  REQUESTS: 'request records',
  METRICS: 'weekly metrics',
};
