import { Channel } from '@esm-planner/domain-audit';
import { CellResult } from '../cell-values';
import { Resolution } from '../request-row';
import { vendorChannel, VendorMapping, vendorReader, vendorRow, widthProblem } from './vendor-mapping';

type FreshserviceField = 'ticketId' | 'created' | 'resolved' | 'closed' | 'status' | 'source' | 'category' | 'group' | 'resolutionStatus' | 'firstResponse';

const COLUMNS = [
  { field: 'ticketId', label: 'Ticket Id', names: ['ticket_id', 'id'], required: true },
  { field: 'created', label: 'Created Date', names: ['created_date', 'created_time', 'created_at'], required: true },
  { field: 'resolved', label: 'Resolved Date', names: ['resolved_date', 'resolved_time', 'resolved_at'], required: false },
  { field: 'closed', label: 'Closed Date', names: ['closed_date', 'closed_time', 'closed_at'], required: false },
  { field: 'status', label: 'Status', names: ['status'], required: false },
  { field: 'source', label: 'Source', names: ['source'], required: true },
  { field: 'category', label: 'Category', names: ['category'], required: true },
  { field: 'group', label: 'Group', names: ['group', 'agent_group'], required: false },
  { field: 'resolutionStatus', label: 'Resolution Status', names: ['resolution_status'], required: false },
  { field: 'firstResponse', label: 'First Responded Date', names: ['first_responded_date', 'first_response_date', 'first_responded_at'], required: false },
] as const;

/** Freshservice `Source` values; onboarding and offboarding are HR workflows with forms. */
export const FRESHSERVICE_CHANNELS: ReadonlyMap<string, Channel> = new Map([
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
]);

const CLOSED_STATUSES = new Set(['resolved', 'closed']);

/** Freshservice's SLA verdict on resolution. */
function parseResolutionStatus(text: string): CellResult<boolean> {
  const verdict = text.trim().toLowerCase();
  if (/within|met|on time/.test(verdict)) return { ok: true, value: true };
  if (/violat|breach|overdue|missed/.test(verdict)) return { ok: true, value: false };
  return { ok: false, message: 'must be Within SLA or SLA Violated' };
}

/**
 * Freshservice ticket export. `Resolution Status` is Freshservice's SLA
 * verdict (Within SLA / SLA Violated). A ticket without a resolved date
 * counts as resolved at its closed date when its status is Resolved or
 * Closed. Resolved through the virtual agent is DEFLECTED, any other
 * resolved ticket AGENT, the rest UNRESOLVED.
 */
export const FRESHSERVICE_MAPPING: VendorMapping<FreshserviceField> = {
  format: 'FRESHSERVICE',
  label: 'Freshservice ticket',
  columns: COLUMNS,
  versioned: false,
  readRecord(input) {
    const width = widthProblem(input);
    if (width) return width;
    const cell = vendorReader(input);
    const externalId = cell.required('ticketId', 200);
    const openedAt = cell.requiredTimestamp('created');
    const closedAt = cell.timestamp('closed');
    const status = cell.text('status')?.toLowerCase() ?? null;
    const resolvedAt = cell.timestamp('resolved') ?? (status !== null && CLOSED_STATUSES.has(status) ? closedAt : null);
    const firstResponseAt = cell.timestamp('firstResponse');
    const sourceText = cell.text('source');
    const category = cell.requestType('category');
    const department = cell.group('group');
    const slaMet = cell.value('resolutionStatus', parseResolutionStatus);
    if (openedAt && resolvedAt && resolvedAt.epochMs < openedAt.epochMs) {
      cell.fail(cell.raw('resolved').trim() ? 'resolved' : 'closed', 'is before the created date');
    }
    if (openedAt && firstResponseAt && firstResponseAt.epochMs < openedAt.epochMs) cell.fail('firstResponse', 'is before the created date');
    if (cell.errors.length > 0) return { ok: false, errors: cell.errors };
    const { channel, mappedToOther } = vendorChannel(sourceText, FRESHSERVICE_CHANNELS);
    const resolution: Resolution = resolvedAt === null ? 'UNRESOLVED' : channel === 'VIRTUAL_AGENT' ? 'DEFLECTED' : 'AGENT';
    return {
      ok: true,
      row: vendorRow({
        externalId: externalId!, department, requestType: category, channel, mappedToOther,
        openedAt: openedAt!, resolvedAt, firstResponseAt, resolution, slaMet, reopened: null, handlingMinutes: null, version: null,
      }),
    };
  },
};
