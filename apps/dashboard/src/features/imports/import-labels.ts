import { formatCount } from '../formatting/format';
import type { BadgeTone } from '@esm-planner/dashboard-ui';

type Status = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
type Kind = 'AUDIT' | 'REQUESTS' | 'METRICS';
type Format = 'GENERIC' | 'SERVICENOW' | 'JSM' | 'FRESHSERVICE';

const STATUS: Readonly<Record<Status, { label: string; tone: BadgeTone }>> = {
  QUEUED: { label: 'Queued', tone: 'neutral' },
  RUNNING: { label: 'Running', tone: 'progress' },
  SUCCEEDED: { label: 'Succeeded', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'danger' },
  CANCELLED: { label: 'Cancelled', tone: 'warning' },
};

const KINDS: Readonly<Record<Kind, string>> = {
  AUDIT: 'Audit rows',
  REQUESTS: 'Request records',
  METRICS: 'Weekly metrics',
};

const FORMATS: Readonly<Record<Format, string>> = {
  GENERIC: 'Generic',
  SERVICENOW: 'ServiceNow',
  JSM: 'Jira Service Management',
  FRESHSERVICE: 'Freshservice',
};

export function importStatusLabel(status: Status): string {
  return STATUS[status].label;
}

export function importStatusTone(status: Status): BadgeTone {
  return STATUS[status].tone;
}

export function importKindLabel(kind: Kind): string {
  return KINDS[kind];
}

export function importFormatLabel(format: Format): string {
  return FORMATS[format];
}

/** "line 12, column 3", or "line 12" when the problem is the whole line. */
export function errorPlace(line: number, column: number | null): string {
  return column === null ? `line ${line}` : `line ${line}, column ${column}`;
}

/** "Showing the first 100 of 250 problems.", when the API kept only the first ones. */
export function errorCountNote(shown: number, total: number): string {
  if (total > shown) {
    return `Showing the first ${formatCount(shown)} of ${formatCount(total)} problems.`;
  }
  return total === 1
    ? 'The one problem found.'
    : `All ${formatCount(total)} problems found.`;
}
