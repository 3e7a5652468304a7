// Seeded exports in other tools' shapes, for the mapped and vendor import
// benchmarks (quality.md): a ServiceNow incident event log shaped like the
// UCI sample (tests/fixtures/servicenow-incident-event-log-sample.csv) and a
// facilities team's one-row-per-work-order export shaped like
// tests/fixtures/facilities-work-orders.csv. Same seed, same file.
import { createWriteStream, statSync } from 'node:fs';
import { mulberry32 } from './generate.mjs';

const SERVICENOW_HEADER = [
  'number',
  'incident_state',
  'active',
  'reassignment_count',
  'reopen_count',
  'sys_mod_count',
  'made_sla',
  'caller_id',
  'opened_by',
  'opened_at',
  'sys_created_by',
  'sys_created_at',
  'sys_updated_by',
  'sys_updated_at',
  'contact_type',
  'location',
  'category',
  'subcategory',
  'u_symptom',
  'cmdb_ci',
  'impact',
  'urgency',
  'priority',
  'assignment_group',
  'assigned_to',
  'knowledge',
  'u_priority_confirmation',
  'notify',
  'problem_id',
  'rfc',
  'vendor',
  'caused_by',
  'closed_code',
  'resolved_by',
  'resolved_at',
  'closed_at',
];
const LEVELS = [
  '1 - High',
  '2 - Medium',
  '2 - Medium',
  '2 - Medium',
  '3 - Low',
];
const PRIORITIES = [
  '1 - Critical',
  '2 - High',
  '3 - Moderate',
  '3 - Moderate',
  '3 - Moderate',
  '4 - Low',
];
const CONTACTS = [
  'Phone',
  'Phone',
  'Phone',
  'Phone',
  'Email',
  'Self service',
  'Walk in',
  'IVR',
  'Direct opening',
];
const WORK_STATES = [
  'Active',
  'Awaiting User Info',
  'Active',
  'Awaiting Problem',
];
const MINUTE = 60_000;

/** `d/M/yyyy HH:mm`, ServiceNow's day-first export form. */
function dayFirst(ms) {
  const d = new Date(ms);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

async function writeLines(path, header, produce) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const write = (text) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise((resolve) => out.once('drain', resolve));
  await write(`${header}\n`);
  let batch = [];
  await produce(async (line) => {
    batch.push(line);
    if (batch.length === 2000) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  });
  if (batch.length) await write(`${batch.join('\n')}\n`);
  await new Promise((resolve, reject) =>
    out.end((error) => (error ? reject(error) : resolve())),
  );
  return statSync(path).size;
}

/**
 * A ServiceNow incident event log: one row per update of an incident, the
 * updates of an incident together and in sys_mod_count order as the UCI log
 * has them; New → work states → Resolved → Closed, a few reopened; `?` for
 * missing; day-first times. 24,918 incidents make about 141,700 rows and
 * 46 MB, the size of the full UCI log.
 */
export async function generateServiceNowLog(
  path,
  { incidents = 24_918, seed = 42 } = {},
) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2016, 1, 29);
  let rows = 0;
  const bytes = await writeLines(
    path,
    SERVICENOW_HEADER.join(','),
    async (emit) => {
      for (let i = 0; i < incidents; i += 1) {
        const number = `INC${String(45 + i * 3).padStart(7, '0')}`;
        const opened = start + Math.floor(random() * 365 * 24 * 60) * MINUTE;
        const updates = 2 + Math.floor(-Math.log(1 - random()) * 4.2);
        const reopened = random() < 0.02;
        const resolvedAt =
          opened + Math.floor((1 + random() * 72 * 60) * MINUTE);
        const closedAt = resolvedAt + 5 * 24 * 60 * MINUTE;
        const closes = random() < 0.85;
        const group =
          random() < 0.03 ? '?' : `Group ${Math.floor(random() * 70)}`;
        const fixed = {
          caller: `Caller ${Math.floor(random() * 5000)}`,
          openedBy: `Opened by  ${Math.floor(random() * 400)}`,
          contact: pick(CONTACTS),
          location: `Location ${Math.floor(random() * 200)}`,
          category:
            random() < 0.01 ? '?' : `Category ${Math.floor(random() * 60)}`,
          subcategory: `Subcategory ${Math.floor(random() * 250)}`,
          symptom:
            random() < 0.2 ? '?' : `Symptom ${Math.floor(random() * 500)}`,
          impact: pick(LEVELS),
          urgency: pick(LEVELS),
          priority: pick(PRIORITIES),
          knowledge: random() < 0.95 ? 'true' : 'false',
          sla: random() < 0.94 ? 'true' : 'false',
          code: `code ${1 + Math.floor(random() * 15)}`,
          resolver: `Resolved by ${Math.floor(random() * 200)}`,
          created: `Created by ${Math.floor(random() * 200)}`,
        };
        let reassignments = 0;
        let updated = opened + 7 * MINUTE;
        for (let k = 0; k < updates; k += 1) {
          const last = k === updates - 1;
          const state =
            k === 0
              ? 'New'
              : last && closes
                ? 'Closed'
                : last
                  ? 'Resolved'
                  : reopened && k === updates - 2
                    ? 'Active'
                    : k === updates - 2
                      ? 'Resolved'
                      : pick(WORK_STATES);
          if (random() < 0.3) reassignments += 1;
          updated = Math.max(
            updated + Math.floor(random() * 600) * MINUTE,
            state === 'Closed' ? closedAt : opened,
          );
          await emit(
            [
              number,
              state,
              state === 'Closed' ? 'false' : 'true',
              reassignments,
              reopened && k >= updates - 2 ? 1 : 0,
              k + (random() < 0.1 ? 1 : 0),
              fixed.sla,
              fixed.caller,
              fixed.openedBy,
              dayFirst(opened),
              fixed.created,
              dayFirst(opened + 7 * MINUTE),
              `Updated by ${Math.floor(random() * 900)}`,
              dayFirst(updated),
              fixed.contact,
              fixed.location,
              fixed.category,
              fixed.subcategory,
              fixed.symptom,
              '?',
              fixed.impact,
              fixed.urgency,
              fixed.priority,
              group,
              group === '?' ? '?' : `Resolver ${Math.floor(random() * 230)}`,
              fixed.knowledge,
              random() < 0.06 ? 'true' : 'false',
              'Do Not Notify',
              '?',
              '?',
              '?',
              '?',
              fixed.code,
              fixed.resolver,
              dayFirst(resolvedAt),
              closes ? dayFirst(closedAt) : '?',
            ].join(','),
          );
          rows += 1;
        }
      }
    },
  );
  return { bytes, rows, incidents };
}

const TRADES = [
  'Cleaning',
  'HVAC',
  'Electrical',
  'Plumbing',
  'Furniture move',
  'Access badge',
  'Parking',
];
const VIA = [
  'Phone call',
  'Phone call',
  'Facilities app',
  'Facilities app',
  'Email',
  'Email',
  'Walk-in desk',
  'Kiosk',
  'Fax',
];
const BUILDINGS = ['HQ North', 'HQ South', 'Depot', 'Lab'];
const NOTES = ['', '', '', 'follow up', 'urgent', 'see ticket'];

/** `MM/dd/yyyy hh:mm:ss a`, a US 12-hour local time. */
function usTime(ms) {
  const d = new Date(ms);
  const hour = d.getUTCHours();
  const two = (n) => String(n).padStart(2, '0');
  return `${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}/${d.getUTCFullYear()} ${two(hour % 12 || 12)}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${hour < 12 ? 'AM' : 'PM'}`;
}

/**
 * A facilities team's work orders, one row per request, until the file
 * reaches `bytes`: US 12-hour local dates, its own channel words, Y/N/N/A
 * for the target, `Notes` twice in the header, and — like the sample and the
 * real city log — about one row in a thousand closed before it was opened.
 */
export async function generateWorkOrders(
  path,
  { bytes: target = 64 * 1024 * 1024, seed = 42 } = {},
) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const start = Date.UTC(2026, 0, 5);
  let size = 0;
  let rows = 0;
  const bytes = await writeLines(
    path,
    'WO Number,Created (local),Closed (local),Trade,Requested Via,Met Target,Status,Building,Notes,Notes,Labour Minutes',
    async (emit) => {
      while (size < target) {
        const created = start + Math.floor(random() * 182 * 24 * 60) * MINUTE;
        const roll = random();
        const status =
          roll < 0.2 ? 'Open' : roll < 0.39 ? 'Cancelled' : 'Completed';
        const broken = random() < 0.001;
        const closed =
          status === 'Open'
            ? ''
            : usTime(
                broken
                  ? created - Math.floor(random() * 3_600_000)
                  : created + Math.floor(random() * 72 * 3_600_000),
              );
        const met = status === 'Open' ? '' : pick(['Y', 'Y', 'Y', 'N', 'N/A']);
        const line = [
          `WO-${1_000_000 + rows}`,
          usTime(created),
          closed,
          pick(TRADES),
          pick(VIA),
          met,
          status,
          pick(BUILDINGS),
          pick(NOTES),
          pick(NOTES),
          (5 + random() * 115).toFixed(1),
        ].join(',');
        await emit(line);
        size += line.length + 1;
        rows += 1;
      }
    },
  );
  return { bytes, rows };
}

/** The saved mapping the work-orders benchmark imports with (docs/imports.md, the facilities example). */
export const WORK_ORDERS_MAPPING = {
  name: 'Facilities work orders',
  kind: 'REQUESTS',
  fields: [
    { field: 'external_id', column: 'WO Number' },
    { field: 'department', constant: 'Facilities' },
    { field: 'request_type', column: 'Trade' },
    { field: 'channel', column: 'Requested Via' },
    { field: 'opened_at', column: 'Created (local)' },
    { field: 'resolved_at', column: 'Closed (local)' },
    { field: 'resolution', column: 'Status' },
    { field: 'sla_met', column: 'Met Target' },
    { field: 'handling_minutes', column: 'Labour Minutes' },
  ],
  values: [
    { field: 'channel', from: 'Phone call', to: 'PHONE' },
    { field: 'channel', from: 'Facilities app', to: 'PORTAL' },
    { field: 'channel', from: 'Kiosk', to: 'PORTAL' },
    { field: 'channel', from: 'Walk-in desk', to: 'WALK_UP' },
    { field: 'resolution', from: 'Completed', to: 'AGENT' },
    { field: 'resolution', from: 'Cancelled', to: 'UNRESOLVED' },
    { field: 'resolution', from: 'Open', to: 'UNRESOLVED' },
  ],
  dateFormat: 'MM/dd/yyyy hh:mm:ss a',
  timeZone: 'America/New_York',
  missingValues: ['N/A'],
};
