import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The harness every time-zone spec runs its code in. Jest gives each test file its own copy of
// process.env, so setting TZ in a test changes nothing: a child Node process
// per zone does run in it.

const WORKSPACE_ROOT = join(__dirname, '../../../../..');

/**
 * DST at 02:00 (Berlin, New York), DST at midnight (Santiago), a half-hour
 * DST (Lord Howe), the day Samoa skipped (2011-12-30), and UTC+14; each with
 * the minutes getTimezoneOffset() gives for 2026-01-01 (proves the switch).
 */
export const SEVEN_TIME_ZONES: readonly (readonly [string, number])[] = [
  ['UTC', 0],
  ['Europe/Berlin', -60],
  ['America/New_York', 300],
  ['America/Santiago', 180],
  ['Australia/Lord_Howe', -660],
  ['Pacific/Apia', -780],
  ['Pacific/Kiritimati', -840],
];

/**
 * Runs `script` (CommonJS; TypeScript files load through @swc-node/register,
 * paths from the workspace root) in a child Node process with `TZ=zone`. The
 * script calls `report(answer)` once; the result is the answer with
 * `offset`, the child's getTimezoneOffset() for 2026-01-01.
 */
export function runInTimeZone(
  zone: string,
  script: string,
): Record<string, unknown> {
  const report = `const report = (answer) => process.stdout.write(JSON.stringify({ offset: new Date(2026, 0, 1).getTimezoneOffset(), ...answer }));`;
  const output = execFileSync(
    process.execPath,
    ['-r', '@swc-node/register', '-e', `${report}\n${script}`],
    {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, TZ: zone },
      encoding: 'utf8',
    },
  );
  return JSON.parse(output);
}

/**
 * One test per zone: `script` run in the zone (runInTimeZone) reports
 * `expected`, and the zone's own offset (so a child that did not switch
 * fails too).
 */
export function itAnswersTheSameInEachZone(
  title: string,
  zones: readonly (readonly [string, number])[],
  script: string,
  expected: Record<string, unknown>,
): void {
  it.each(zones.map(([zone, offset]) => [zone, offset] as [string, number]))(
    title,
    (zone, offset) => {
      expect(runInTimeZone(zone, script)).toEqual({ offset, ...expected });
    },
    20_000,
  );
}
