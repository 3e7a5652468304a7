import { CHANNELS } from '@esm-planner/domain-audit';
import { AUDIT_COLUMNS, parseAuditRow } from './audit-row';
import { mapHeader } from './header';
import { METRICS_COLUMNS, parseMetricsRow } from './metrics-row';

// A property test without a property-testing library: records drawn from
// hostile cell values by a seeded generator (mulberry32), so every run
// checks the same 3 000 records and a failure can be replayed.
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HOSTILE = [
  '',
  ' ',
  '0',
  '7',
  ' 42 ',
  '12.0',
  '1.5',
  '-3',
  '-0',
  '1e3',
  '1,5',
  '1,000',
  '.5',
  'NaN',
  'Infinity',
  '0x1F',
  '=SUM(A1:A9)',
  '+1',
  '-1',
  '@x',
  '=1/0',
  "=cmd|' /C calc'!A0",
  'EMAIL',
  'walk-up',
  'Self-Service',
  'constructor',
  '__proto__',
  'IT',
  'Password reset',
  '2026-01-05',
  '2026-01-06',
  '2026-02-30',
  '\u0000',
  'a\nb',
  '\uFEFF',
  '\u202E',
  '😀',
  'x'.repeat(1_001),
  '9'.repeat(400),
  '2147483648',
  '١٢',
];

const AUDIT_MAPPING = mapHeader({
  header: AUDIT_COLUMNS.map((c) => c.name),
  columns: AUDIT_COLUMNS,
});
const METRICS_MAPPING = mapHeader({
  header: METRICS_COLUMNS.map((c) => c.name),
  columns: METRICS_COLUMNS,
});

// Plausible values per column, so that valid rows come up too.
const AUDIT_VALUES = [
  ['HR', ' IT '],
  ['Leave'],
  ['EMAIL', 'Fax'],
  ['0', '3', '12'],
  ['', '2.5'],
  ['', '0.5'],
];
const METRICS_VALUES = [
  ['IT'],
  ['2026-01-05'],
  ['9', '20'],
  ['3', '9'],
  ['', '1', '3'],
  ['', '5'],
  ['4'],
  ['4', '8'],
  ['', '7.5'],
];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)];
}

function randomRecord(
  random: () => number,
  plausible: readonly string[][],
  plausibleShare: number,
): string[] {
  // Mostly the right width, sometimes one cell short or long; each cell
  // plausible or hostile.
  const width = plausible.length;
  const roll = random();
  const cells = roll < 0.1 ? width - 1 : roll < 0.2 ? width + 1 : width;
  return Array.from({ length: cells }, (_, index) =>
    random() < plausibleShare && index < width
      ? pick(random, plausible[index])
      : pick(random, HOSTILE),
  );
}

function expectWellFormedErrors(
  errors: {
    line: number;
    column: number | null;
    message: string;
    value?: string;
  }[],
  line: number,
  width: number,
): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.line).toBe(line);
    expect(
      error.column === null || (error.column >= 1 && error.column <= width),
    ).toBe(true);
    expect(error.message).not.toBe('');
    expect((error.value ?? '').length).toBeLessThanOrEqual(101);
  }
}

describe('row parsers on hostile records', () => {
  it('never throw, and give either a sound audit row or located errors', () => {
    if (!AUDIT_MAPPING.ok) throw new Error('header must map');
    const { columns, headerWidth } = AUDIT_MAPPING;
    const random = mulberry32(20260302);
    let valid = 0;
    for (let line = 2; line < 1_502; line += 1) {
      const record = randomRecord(random, AUDIT_VALUES, 0.5);
      const result = parseAuditRow({ record, line, columns, headerWidth });
      if (!result.ok) {
        expectWellFormedErrors(result.errors, line, headerWidth);
        continue;
      }
      valid += 1;
      const { row } = result;
      expect(record).toHaveLength(headerWidth);
      expect(row.department).toBe(row.department.trim());
      expect(row.department).not.toBe('');
      expect(CHANNELS).toContain(row.channel);
      expect(Number.isSafeInteger(row.count) && row.count >= 0).toBe(true);
      for (const value of [row.avgHandlingMinutes, row.avgFirstResponseHours]) {
        expect(value === null || (Number.isFinite(value) && value >= 0)).toBe(
          true,
        );
      }
    }
    // Both branches were exercised.
    expect(valid).toBeGreaterThan(20);
  });

  it('never throw, and give either a consistent week or located errors', () => {
    if (!METRICS_MAPPING.ok) throw new Error('header must map');
    const { columns, headerWidth } = METRICS_MAPPING;
    const random = mulberry32(20260105);
    let valid = 0;
    for (let line = 2; line < 1_502; line += 1) {
      const record = randomRecord(random, METRICS_VALUES, 0.85);
      const result = parseMetricsRow({ record, line, columns, headerWidth });
      if (!result.ok) {
        expectWellFormedErrors(result.errors, line, headerWidth);
        continue;
      }
      valid += 1;
      const { row } = result;
      expect(row.deflected).toBeLessThanOrEqual(row.total);
      expect(row.noTouch ?? 0).toBeLessThanOrEqual(row.deflected);
      expect(row.resolved ?? 0).toBeLessThanOrEqual(row.total);
      expect(row.slaMet === null).toBe(row.slaTracked === null);
      expect(row.slaMet ?? 0).toBeLessThanOrEqual(row.slaTracked ?? 0);
    }
    expect(valid).toBeGreaterThan(20);
  });
});
