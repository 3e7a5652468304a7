// Seeded request records (data-formats §2) for the benchmarks: the same seed
// gives the same file on every machine.
import { createWriteStream, statSync } from 'node:fs';

export const COLUMNS = [
  'external_id',
  'department',
  'request_type',
  'channel',
  'opened_at',
  'first_response_at',
  'resolved_at',
  'resolution',
  'sla_met',
  'reopened',
  'handling_minutes',
];
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const DEPARTMENTS = ['IT', 'HR', 'FINANCE'];
export const REQUEST_TYPES = [
  'Password reset',
  'Access request',
  'Hardware issue',
  'Software install',
  'VPN problem',
  'Payroll question',
  'Leave request',
  'Expense claim',
  'Invoice query',
  'Onboarding',
];
export const CHANNELS = ['PORTAL', 'EMAIL', 'CHAT', 'PHONE', 'VIRTUAL_AGENT'];
export const START_MS = Date.parse('2026-01-05T00:00:00Z');
export const SPAN_MS = 26 * 7 * 24 * 3600 * 1000;

/**
 * Writes N request records (format 2) to `path`, streaming, with
 * backpressure; opened in [startMs, startMs + spanMs), ids `prefix` + number.
 */
export async function generateCsv(
  path,
  n,
  { startMs = START_MS, spanMs = SPAN_MS, prefix = 'REQ-' } = {},
) {
  const random = mulberry32(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const write = (text) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise((resolve) => out.once('drain', resolve));
  await write(`${COLUMNS.join(',')}\n`);
  let batch = [];
  for (let i = 1; i <= n; i++) {
    const department = pick(DEPARTMENTS);
    const opened = startMs + Math.floor(random() * spanMs);
    const firstResponse = opened + Math.floor(random() * 240) * 60_000;
    const resolvedNow = random() < 0.95;
    let resolvedAt = '';
    let resolution = 'UNRESOLVED';
    let handling = '';
    if (resolvedNow) {
      // Resolution time: a skewed 5 minutes … ~10 days.
      const hours = 0.08 + -Math.log(1 - random()) * 20;
      resolvedAt = new Date(
        Math.max(opened + hours * 3_600_000, firstResponse),
      ).toISOString();
      const r = random();
      resolution = r < 0.2 ? 'DEFLECTED' : r < 0.3 ? 'NO_TOUCH' : 'AGENT';
      handling = resolution === 'AGENT' ? (5 + random() * 115).toFixed(1) : '0';
    }
    const slaRoll = random();
    const slaMet = slaRoll < 0.1 ? '' : slaRoll < 0.85 ? 'true' : 'false';
    const reopened = resolvedNow && random() < 0.05 ? 'true' : 'false';
    batch.push(
      `${prefix}${String(i).padStart(8, '0')},${department},${pick(REQUEST_TYPES)},${pick(CHANNELS)},${new Date(opened).toISOString()},${new Date(firstResponse).toISOString()},${resolvedAt},${resolution},${slaMet},${reopened},${handling}`,
    );
    if (batch.length === 2000) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${batch.join('\n')}\n`);
  await new Promise((resolve, reject) =>
    out.end((error) => (error ? reject(error) : resolve())),
  );
  return statSync(path).size;
}

/**
 * The same rows as `request_fact` columns, for the psql \copy baseline:
 * organisation and source first, department names replaced by their ids,
 * the header dropped. The generated file has no quotes, so a split on
 * commas is exact.
 */
export async function writeMappedCsv(
  source,
  target,
  { organizationId, departmentIds },
) {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const out = createWriteStream(target, { highWaterMark: 1 << 20 });
  const write = (text) =>
    out.write(text)
      ? Promise.resolve()
      : new Promise((resolve) => out.once('drain', resolve));
  let header = true;
  let batch = [];
  for await (const line of createInterface({
    input: createReadStream(source, { highWaterMark: 1 << 20 }),
    crlfDelay: Infinity,
  })) {
    if (header) {
      header = false;
      continue;
    }
    const cells = line.split(',');
    cells[1] = departmentIds[cells[1]];
    batch.push(`${organizationId},GENERIC,${cells.join(',')}`);
    if (batch.length === 5000) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${batch.join('\n')}\n`);
  await new Promise((resolve, reject) =>
    out.end((error) => (error ? reject(error) : resolve())),
  );
}
