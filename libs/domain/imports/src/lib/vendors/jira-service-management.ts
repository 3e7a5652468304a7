import { Channel } from '@esm-planner/domain-audit';
import { CellResult } from '../cell-values';
import { Resolution } from '../request-row';
import { vendorChannel, VendorMapping, vendorReader, vendorRow, widthProblem } from './vendor-mapping';

type JsmField = 'issueKey' | 'created' | 'resolved' | 'requestType' | 'channel' | 'resolution' | 'project' | 'timeToResolution';

const COLUMNS = [
  { field: 'issueKey', label: 'Issue key', names: ['issue_key'], required: true },
  { field: 'created', label: 'Created', names: ['created'], required: true },
  { field: 'resolved', label: 'Resolved', names: ['resolved', 'resolution_date'], required: false },
  { field: 'requestType', label: 'Request Type', names: ['request_type', 'custom_field_(request_type)', 'customer_request_type'], required: true },
  { field: 'channel', label: 'Request channel', names: ['request_channel', 'custom_field_(request_channel)', 'source', 'custom_field_(source)'], required: true },
  { field: 'resolution', label: 'Resolution', names: ['resolution'], required: false },
  // Jira has no assignment group: a service project is one team's desk,
  // so the project is the department (through the user's mapping).
  { field: 'project', label: 'Project name', names: ['project_name', 'project', 'project_key'], required: false },
  { field: 'timeToResolution', label: 'Time to resolution', names: ['time_to_resolution', 'custom_field_(time_to_resolution)', 'sla_time_to_resolution'], required: false },
] as const;

/**
 * "Request channel" values. `api` requests arrive from another system with
 * their fields filled in, so they count as a structured form; `jira` ones
 * were logged by an agent on someone's behalf, so they are OTHER (reported).
 */
export const JSM_CHANNELS: ReadonlyMap<string, Channel> = new Map([
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
]);

// Resolution names that say nobody on the desk worked the request.
const DEFLECTED_WORDS = /\b(self[\s-]?(served|service|resolved)|knowledge|virtual agent|answered by)/i;
const NO_TOUCH_WORDS = /\bautomat/i;

/** The time-to-resolution SLA column: Met / Breached, or a remaining time (negative = breached). */
function parseSlaVerdict(text: string): CellResult<boolean> {
  const value = text.trim().toLowerCase();
  if (/^(met|within|ok|true|yes|achieved)\b/.test(value)) return { ok: true, value: true };
  if (/^(breach|breached|missed|false|no|failed)\b/.test(value)) return { ok: true, value: false };
  if (/^-\s*\d/.test(value)) return { ok: true, value: false };
  if (/^\d/.test(value)) return { ok: true, value: true };
  return { ok: false, message: 'must be Met, Breached or a remaining time such as 2h 30m or -1h' };
}

/**
 * Jira Service Management CSV export. Resolution: no Resolved date is
 * UNRESOLVED; a Resolution naming automation is NO_TOUCH, one naming
 * self-service, knowledge or a virtual agent (or a virtual-agent channel) is
 * DEFLECTED; every other resolved issue was worked by an agent.
 */
export const JSM_MAPPING: VendorMapping<JsmField> = {
  format: 'JSM',
  label: 'Jira Service Management',
  columns: COLUMNS,
  versioned: false,
  readRecord(input) {
    const width = widthProblem(input);
    if (width) return width;
    const cell = vendorReader(input);
    const externalId = cell.required('issueKey', 200);
    const openedAt = cell.requiredTimestamp('created');
    const resolvedAt = cell.timestamp('resolved');
    const requestType = cell.requestType('requestType');
    const channelText = cell.text('channel');
    const resolutionText = cell.text('resolution');
    const department = cell.group('project');
    const slaMet = cell.value('timeToResolution', parseSlaVerdict);
    if (openedAt && resolvedAt && resolvedAt.epochMs < openedAt.epochMs) cell.fail('resolved', 'is before Created');
    if (cell.errors.length > 0) return { ok: false, errors: cell.errors };
    const { channel, mappedToOther } = vendorChannel(channelText, JSM_CHANNELS);
    let resolution: Resolution = 'UNRESOLVED';
    if (resolvedAt !== null) {
      if (resolutionText && NO_TOUCH_WORDS.test(resolutionText)) resolution = 'NO_TOUCH';
      else if ((resolutionText && DEFLECTED_WORDS.test(resolutionText)) || channel === 'VIRTUAL_AGENT') resolution = 'DEFLECTED';
      else resolution = 'AGENT';
    }
    return {
      ok: true,
      row: vendorRow({
        externalId: externalId!, department, requestType, channel, mappedToOther,
        openedAt: openedAt!, resolvedAt, resolution, slaMet, reopened: null, handlingMinutes: null, version: null,
      }),
    };

  },
};
