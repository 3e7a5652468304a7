import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuditRowInput, computeBaseline } from './baseline';
import { isChannel } from './channel';
import { topRequestTypes } from './top-request-types';

// The sample audit, copied into the repository's test fixtures
// (tests/fixtures/README.md says where it comes from).
const SAMPLE_AUDIT = join(
  __dirname,
  '../../../../../tests/fixtures/audit-2026-03-02_2026-03-15.csv',
);
const WINDOW = { windowStart: '2026-03-02', windowEnd: '2026-03-15' };

type SampleRow = AuditRowInput & { department: string };

// A plain split is a CSV parser only for a file without quoted fields; the
// first test proves this one has none.
function readSample(): { text: string; rows: SampleRow[] } {
  const text = readFileSync(SAMPLE_AUDIT, 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  expect(header.split(',')).toEqual([
    'department',
    'request_type',
    'channel',
    'count',
    'avg_handling_minutes',
    'avg_first_response_hours',
  ]);
  const rows = lines.map((line) => {
    const [department, requestType, channel, count, handling, firstResponse] =
      line.split(',');
    if (!isChannel(channel)) throw new Error(`unexpected channel ${channel}`);
    return {
      department,
      requestType,
      channel,
      count: Number(count),
      avgHandlingMinutes: handling === '' ? null : Number(handling),
      avgFirstResponseHours:
        firstResponse === '' ? null : Number(firstResponse),
    };
  });
  return { text, rows };
}

function baselineOf(department: string) {
  const { rows } = readSample();
  return computeBaseline({
    ...WINDOW,
    rows: rows.filter((row) => row.department === department),
  });
}

describe('computeBaseline of the sample audit (tests/fixtures)', () => {
  it('reads a file a plain split can parse', () => {
    const { text, rows } = readSample();
    expect(text).not.toContain('"');
    expect(rows).toHaveLength(139);
    expect(rows.every((row) => Number.isInteger(row.count))).toBe(true);
  });

  // Worked independently of this code, in the shell:
  //   awk -F, -v d=IT 'NR>1 && $1==d {t+=$4;
  //     if ($3 ~ /^(EMAIL|CHAT|PHONE|WALK_UP|SPREADSHEET|OTHER)$/) i+=$4;
  //     c[$2]+=$4}
  //     END {printf "total=%d monthly=%.6f informal=%d share=%.6f\n",
  //       t, t*365.25/12/14, i, i/t;
  //     for (k in c) print c[k] "\t" k | "sort -k1,1nr -k2 | head -3"}' \
  //     tests/fixtures/audit-2026-03-02_2026-03-15.csv
  // IT: total=1840 monthly=4000.357143 informal=1126 share=0.611957
  //     796 Email quota, 539 Monitor request, 80 Wi-Fi issue
  // HR (d=HR): total=1941 monthly=4219.941964 informal=627 share=0.323029
  //     1237 Address change, 93 Employment letter, 88 Payslip query
  // (the same figures came out of python's csv module.)
  it.each([
    {
      department: 'IT',
      total: 1840,
      monthly: (1840 * 30.4375) / 14, // 4000.357142857…
      informal: 1126 / 1840, // 0.611956…
      top3: [
        ['Email quota', 796],
        ['Monitor request', 539],
        ['Wi-Fi issue', 80],
      ],
    },
    {
      department: 'HR',
      total: 1941,
      monthly: (1941 * 30.4375) / 14, // 4219.941964…
      informal: 627 / 1941, // 0.323029…
      top3: [
        ['Address change', 1237],
        ['Employment letter', 93],
        ['Payslip query', 88],
      ],
    },
  ])('matches the hand-checked figures of $department', (expected) => {
    const baseline = baselineOf(expected.department);
    expect(baseline.windowDays).toBe(14);
    expect(baseline.totalRequests).toBe(expected.total);
    expect(baseline.monthlyVolume).toBeCloseTo(expected.monthly, 9);
    expect(baseline.informalShare).toBeCloseTo(expected.informal, 12);
    const top3 = topRequestTypes({ baseline, limit: 3 });
    expect(top3.map((r) => [r.requestType, r.count])).toEqual(expected.top3);
    expect(top3[0].share).toBeCloseTo(
      (expected.top3[0][1] as number) / expected.total,
      12,
    );
  });

  it('accounts for every request in the channels and the request types', () => {
    const baseline = baselineOf('FINANCE');
    const byChannel = baseline.byChannel.reduce((sum, c) => sum + c.count, 0);
    const byType = baseline.requestTypes.reduce((sum, r) => sum + r.count, 0);
    expect(byChannel).toBe(baseline.totalRequests);
    expect(byType).toBe(baseline.totalRequests);
    expect(baseline.requestTypes.at(-1)?.cumulativeShare).toBe(1);
  });
});
