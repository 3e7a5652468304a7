/**
 * How long one timestamp takes to read, per format and zone (a quick local
 * check, not a timed test): `node -r @swc-node/register
 * libs/shared/util-dates/scripts/bench-date-reader.ts`.
 */
import { createDateReader } from '../src';

const COUNT = 1_000_000;

function texts(render: (date: Date) => string): string[] {
  const start = Date.UTC(2026, 0, 1);
  // One value every 31 seconds through the year: DST days included.
  return Array.from({ length: COUNT }, (_, i) =>
    render(new Date(start + i * 31_000)),
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const cases = [
  {
    label: 'ISO-8601 without offset, America/New_York',
    options: { timeZone: 'America/New_York' },
    render: (d: Date) => d.toISOString().slice(0, 19),
  },
  {
    label: 'ISO-8601 with Z, America/New_York',
    options: { timeZone: 'America/New_York' },
    render: (d: Date) => d.toISOString(),
  },
  {
    label: 'MM/dd/yyyy hh:mm:ss a, America/New_York',
    options: {
      dateFormat: 'MM/dd/yyyy hh:mm:ss a',
      timeZone: 'America/New_York',
    },
    render: (d: Date) =>
      `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()} ${pad(d.getUTCHours() % 12 || 12)}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`,
  },
  {
    label: 'd/M/yyyy HH:mm, Europe/London',
    options: { dateFormat: 'd/M/yyyy HH:mm', timeZone: 'Europe/London' },
    render: (d: Date) =>
      `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  },
  {
    label: 'yyyy/MM/dd HH:mm:ss.SSS, Australia/Lord_Howe',
    options: {
      dateFormat: 'yyyy/MM/dd HH:mm:ss.SSS',
      timeZone: 'Australia/Lord_Howe',
    },
    render: (d: Date) =>
      d.toISOString().slice(0, 23).replace(/-/g, '/').replace('T', ' '),
  },
  {
    label: 'EEE, d MMM yyyy HH:mm (date-fns fallback), UTC',
    options: { dateFormat: 'EEE, d MMM yyyy HH:mm', timeZone: 'UTC' },
    render: (d: Date) =>
      d
        .toUTCString()
        .slice(0, 22)
        .replace(/ 0(\d) /, ' $1 '),
    count: 100_000,
  },
];

for (const { label, options, render, count = COUNT } of cases) {
  const values = texts(render).slice(0, count);
  const reader = createDateReader(options);
  let failures = 0;
  for (let i = 0; i < 10_000; i += 1) reader.readInstant(values[i]);
  // CPU time, best of three: the machine is shared, wall time is not ours.
  let best = Infinity;
  for (let round = 0; round < 3; round += 1) {
    const start = process.cpuUsage();
    for (const value of values)
      if (!reader.readInstant(value).ok) failures += 1;
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / values.length);
  }
  console.log(
    `${label.padEnd(50)} ${best.toFixed(3)} µs/value${failures ? `  (${failures / 3} unreadable!)` : ''}`,
  );
}
