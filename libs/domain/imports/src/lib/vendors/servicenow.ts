import { Channel } from '@esm-planner/domain-audit';
import { Resolution } from '../request-row';
import { vendorChannel, VendorMapping, vendorReader, vendorRow, widthProblem } from './vendor-mapping';

type ServiceNowField =
  | 'number' | 'openedAt' | 'resolvedAt' | 'closedAt' | 'state' | 'contactType' | 'category'
  | 'assignmentGroup' | 'madeSla' | 'reopenCount' | 'knowledge' | 'reassignmentCount' | 'modCount' | 'updatedAt';

// Field names and the display labels ServiceNow also exports, as headerKey writes them.
const COLUMNS = [
  { field: 'number', label: 'number', names: ['number'], required: true },
  { field: 'openedAt', label: 'opened_at', names: ['opened_at', 'opened'], required: true },
  { field: 'resolvedAt', label: 'resolved_at', names: ['resolved_at', 'resolved'], required: false },
  { field: 'closedAt', label: 'closed_at', names: ['closed_at', 'closed'], required: false },
  { field: 'state', label: 'incident_state', names: ['incident_state', 'state'], required: false },
  { field: 'contactType', label: 'contact_type', names: ['contact_type', 'channel'], required: true },
  { field: 'category', label: 'category', names: ['category'], required: true },
  { field: 'assignmentGroup', label: 'assignment_group', names: ['assignment_group'], required: false },
  { field: 'madeSla', label: 'made_sla', names: ['made_sla'], required: false },
  { field: 'reopenCount', label: 'reopen_count', names: ['reopen_count'], required: false },
  { field: 'knowledge', label: 'knowledge', names: ['knowledge'], required: false },
  { field: 'reassignmentCount', label: 'reassignment_count', names: ['reassignment_count'], required: false },
  { field: 'modCount', label: 'sys_mod_count', names: ['sys_mod_count', 'updates'], required: false },
  { field: 'updatedAt', label: 'sys_updated_at', names: ['sys_updated_at', 'updated'], required: false },
] as const;

/** contact_type values (data-formats §4), compared lower case with runs of space, _ and - as one space. */
export const SERVICENOW_CHANNELS: ReadonlyMap<string, Channel> = new Map([
  ['email', 'EMAIL'],
  ['phone', 'PHONE'],
  ['ivr', 'PHONE'],
  ['self service', 'PORTAL'],
  ['walk in', 'WALK_UP'],
  ['chat', 'CHAT'],
  ['virtual agent', 'VIRTUAL_AGENT'],
]);

// incident_state Resolved/Closed, also as the numeric codes 6 and 7.
const CLOSED_STATES = new Set(['resolved', 'closed', '6', '7']);

/**
 * ServiceNow incident export, also its event-log form (one row per update:
 * the importer keeps the highest sys_mod_count, ties to the latest
 * sys_updated_at). Resolution rule: a resolved incident with knowledge =
 * true and no reassignment was deflected; any other resolved incident was
 * worked by an agent; the rest are unresolved.
 */
export const SERVICENOW_MAPPING: VendorMapping<ServiceNowField> = {
  format: 'SERVICENOW',
  label: 'ServiceNow incident',
  columns: COLUMNS,
  versioned: true,
  readRecord(input) {
    const width = widthProblem(input);
    if (width) return width;
    const cell = vendorReader(input);
    const externalId = cell.required('number', 200);
    const openedAt = cell.requiredTimestamp('openedAt');
    const closedAt = cell.timestamp('closedAt');
    const state = cell.text('state')?.toLowerCase() ?? null;
    const resolvedAt = cell.timestamp('resolvedAt') ?? (state !== null && CLOSED_STATES.has(state) ? closedAt : null);
    const contactType = cell.text('contactType');
    const category = cell.requestType('category');
    const department = cell.group('assignmentGroup');
    const slaMet = cell.boolean('madeSla');
    const reopenCount = cell.count('reopenCount');
    const knowledge = cell.boolean('knowledge');
    const reassignments = cell.count('reassignmentCount');
    const modCount = cell.count('modCount');
    const updatedAt = cell.timestamp('updatedAt');
    if (openedAt && resolvedAt && resolvedAt.epochMs < openedAt.epochMs) {
      cell.fail(cell.raw('resolvedAt').trim() ? 'resolvedAt' : 'closedAt', 'is before the opening time');
    }
    if (cell.errors.length > 0) return { ok: false, errors: cell.errors };
    const resolution: Resolution = resolvedAt === null ? 'UNRESOLVED' : knowledge === true && reassignments === 0 ? 'DEFLECTED' : 'AGENT';
    const { channel, mappedToOther } = vendorChannel(contactType, SERVICENOW_CHANNELS);
    return {
      ok: true,
      row: vendorRow({
        externalId: externalId!,
        department,
        requestType: category,
        channel,
        mappedToOther,
        openedAt: openedAt!,
        resolvedAt,
        resolution,
        slaMet,
        reopened: reopenCount === null ? null : reopenCount > 0,
        handlingMinutes: null,
        version: { rank: modCount, updatedAt: updatedAt?.epochMs ?? null },
      }),
    };
  },
};
