import {
  AuditRowInput,
  computeBaseline,
  computeBaselineFromRequests,
} from './baseline';
import { combineBaselines } from './organization-baseline';

const TWO_WEEKS = { windowStart: '2026-03-02', windowEnd: '2026-03-15' };

// Shares computed by another route can differ in the last bits; compare
// every number to 12 significant digits.
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v) =>
    typeof v === 'number' ? Number(v.toPrecision(12)) : v,
  );
}

function shareOf(
  baseline: ReturnType<typeof combineBaselines>,
  channel: string,
): number | null | undefined {
  return baseline.byChannel.find((c) => c.channel === channel)?.share;
}

const IT_ROWS: AuditRowInput[] = [
  {
    requestType: 'Password reset',
    channel: 'EMAIL',
    count: 6,
    avgHandlingMinutes: 10,
    avgFirstResponseHours: 2,
  },
  {
    requestType: 'Onboarding',
    channel: 'PORTAL',
    count: 4,
    avgHandlingMinutes: 60,
  },
  {
    requestType: 'VPN access',
    channel: 'CHAT',
    count: 3,
    avgFirstResponseHours: 5,
  },
];
const HR_ROWS: AuditRowInput[] = [
  {
    requestType: 'onboarding',
    channel: 'EMAIL',
    count: 5,
    avgHandlingMinutes: 30,
    avgFirstResponseHours: 8,
  },
  { requestType: 'Payslip', channel: 'PHONE', count: 2 },
];

describe(combineBaselines.name, () => {
  it('gives the department’s own baseline for one department', () => {
    const it = computeBaseline({
      ...TWO_WEEKS,
      rows: IT_ROWS,
      coveredRequestTypes: ['VPN access'],
    });
    expect(rounded(combineBaselines({ baselines: [it] }))).toEqual(rounded(it));
  });

  it('equals the pooled rows when every window is the same', () => {
    const covered = ['Onboarding'];
    const combined = combineBaselines({
      baselines: [
        computeBaseline({
          ...TWO_WEEKS,
          rows: IT_ROWS,
          coveredRequestTypes: covered,
        }),
        computeBaseline({
          ...TWO_WEEKS,
          rows: HR_ROWS,
          coveredRequestTypes: covered,
        }),
      ],
    });
    const pooled = computeBaseline({
      ...TWO_WEEKS,
      rows: [...IT_ROWS, ...HR_ROWS],
      coveredRequestTypes: covered,
    });
    expect(rounded(combined)).toEqual(rounded(pooled));
    // by hand: 13 + 7 = 20 requests; Onboarding 4 + 5 = 9 is one type
    expect(combined.totalRequests).toBe(20);
    expect(combined.requestTypes[0]).toMatchObject({
      requestType: 'Onboarding',
      count: 9,
    });
    expect(combined.catalogCoverage).toBeCloseTo(9 / 20, 12);
  });

  it('weighs departments by monthly rate when the windows differ', () => {
    // Finance audited 2 weeks, Legal 4 weeks; each counted 28 requests.
    //   Finance: 28 × 30.4375 / 14 = 60.875 a month, all EMAIL, 10 min
    //   Legal:   28 × 30.4375 / 28 = 30.4375 a month, all PORTAL, 40 min
    //   organisation: 91.3125 a month
    // EMAIL share = 60.875 / 91.3125 = 2/3 (pooled counts would say 28/56 = 1/2)
    // handling = (10 × 60.875 + 40 × 30.4375) / 91.3125 = 1826.25 / 91.3125 = 20
    // coverage: Finance's type is catalogued (1), Legal's not (0) → 2/3
    const finance = computeBaseline({
      ...TWO_WEEKS,
      rows: [
        {
          requestType: 'Invoice query',
          channel: 'EMAIL',
          count: 28,
          avgHandlingMinutes: 10,
        },
      ],
      coveredRequestTypes: ['Invoice query'],
    });
    const legal = computeBaseline({
      windowStart: '2026-02-16',
      windowEnd: '2026-03-15',
      rows: [
        {
          requestType: 'NDA',
          channel: 'PORTAL',
          count: 28,
          avgHandlingMinutes: 40,
        },
      ],
    });
    const combined = combineBaselines({ baselines: [finance, legal] });

    expect(combined.windowStart).toBe('2026-02-16');
    expect(combined.windowEnd).toBe('2026-03-15');
    expect(combined.windowDays).toBe(28);
    expect(combined.totalRequests).toBe(56);
    expect(combined.monthlyVolume).toBeCloseTo(91.3125, 12);
    expect(shareOf(combined, 'EMAIL')).toBeCloseTo(2 / 3, 12);
    expect(shareOf(combined, 'PORTAL')).toBeCloseTo(1 / 3, 12);
    expect(combined.byChannel.find((c) => c.channel === 'EMAIL')?.count).toBe(
      28,
    );
    expect(combined.informalShare).toBeCloseTo(2 / 3, 12);
    expect(rounded(combined.requestTypes)).toEqual(
      rounded([
        {
          requestType: 'Invoice query',
          count: 28,
          share: 2 / 3,
          cumulativeShare: 2 / 3,
        },
        { requestType: 'NDA', count: 28, share: 1 / 3, cumulativeShare: 1 },
      ]),
    );
    expect(combined.avgHandlingMinutes).toBeCloseTo(20, 12);
    expect(combined.requestsWithHandlingMinutes).toBe(56);
    expect(combined.avgFirstResponseHours).toBeNull();
    expect(combined.catalogCoverage).toBeCloseTo(2 / 3, 12);
  });

  it('spans windows that do not overlap', () => {
    const january = computeBaseline({
      windowStart: '2026-01-05',
      windowEnd: '2026-01-18',
      rows: HR_ROWS,
    });
    const march = computeBaseline({ ...TWO_WEEKS, rows: IT_ROWS });
    const combined = combineBaselines({ baselines: [march, january] });
    // 5 January → 15 March: 27 + 28 + 15 = 70 days
    expect(combined).toMatchObject({
      windowStart: '2026-01-05',
      windowEnd: '2026-03-15',
      windowDays: 70,
    });
    // Both windows are 14 days: monthly volume is 20 × 30.4375 / 14, not / 70.
    expect(combined.monthlyVolume).toBeCloseTo((20 * 30.4375) / 14, 12);
  });

  it('weighs a mean time by the requests that have it', () => {
    // IT: first response over 6 + 3 = 9 requests, (6×2 + 3×5)/9 = 27/9 = 3
    // HR: over 5 requests, 8. Same windows: (27 + 40) / 14 = 67/14
    const combined = combineBaselines({
      baselines: [
        computeBaseline({ ...TWO_WEEKS, rows: IT_ROWS }),
        computeBaseline({ ...TWO_WEEKS, rows: HR_ROWS }),
      ],
    });
    expect(combined.avgFirstResponseHours).toBeCloseTo(67 / 14, 12);
    expect(combined.requestsWithFirstResponseHours).toBe(14);
  });

  it('keeps percentiles of a single baseline and drops them for several', () => {
    const requests = [
      {
        requestType: 'Leave',
        channel: 'EMAIL' as const,
        firstResponseHours: 1,
      },
      {
        requestType: 'Leave',
        channel: 'EMAIL' as const,
        firstResponseHours: 9,
      },
    ];
    const hr = computeBaselineFromRequests({ ...TWO_WEEKS, requests });
    expect(combineBaselines({ baselines: [hr] }).p90FirstResponseHours).toBe(9);
    const both = combineBaselines({ baselines: [hr, hr] });
    expect(both.medianFirstResponseHours).toBeNull();
    expect(both.p90FirstResponseHours).toBeNull();
  });

  it('lets an empty audit add its window but no volume', () => {
    const empty = computeBaseline({
      windowStart: '2026-02-02',
      windowEnd: '2026-02-15',
      rows: [],
    });
    const it = computeBaseline({ ...TWO_WEEKS, rows: IT_ROWS });
    const combined = combineBaselines({ baselines: [empty, it] });
    expect(combined.windowStart).toBe('2026-02-02');
    expect(combined.totalRequests).toBe(13);
    expect(combined.informalShare).toBeCloseTo(it.informalShare!, 12);
    expect(combined.catalogCoverage).toBe(0);
  });

  it('has null shares when every department’s audit is empty', () => {
    const empty = computeBaseline({ ...TWO_WEEKS, rows: [] });
    const combined = combineBaselines({ baselines: [empty, empty] });
    expect(combined.totalRequests).toBe(0);
    expect(combined.monthlyVolume).toBe(0);
    expect(combined.informalShare).toBeNull();
    expect(combined.catalogCoverage).toBeNull();
  });

  it('refuses to combine nothing', () => {
    expect(() => combineBaselines({ baselines: [] })).toThrow(RangeError);
  });
});
