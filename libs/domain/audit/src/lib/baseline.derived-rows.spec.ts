import {
  AuditRowInput,
  computeBaseline,
  computeBaselineFromRequests,
  RequestInput,
} from './baseline';

const TWO_WEEKS = { windowStart: '2026-03-02', windowEnd: '2026-03-15' };

// An audit derived from request records (domain §2) stores one row per
// request type and channel whose means cover only the records that have the
// value, and the department's exact median and P90. Worked by hand:
//
// | record | type       | channel | handling min | first response h |
// | 1      | Onboarding | EMAIL   |           30 |                2 |
// | 2      | Onboarding | EMAIL   |           50 |                – |
// | 3      | Onboarding | EMAIL   |            – |                4 |
// | 4      | Onboarding | PORTAL  |           10 |                1 |
// | 5      | Payroll    | EMAIL   |            – |                – |
// | 6      | Payroll    | EMAIL   |            – |                – |
//
// Rows: Onboarding/EMAIL count 3, handling (30+50)/2 = 40 over 2, first
// response (2+4)/2 = 3 over 2; Onboarding/PORTAL count 1, 10 over 1, 1 over
// 1; Payroll/EMAIL count 2, no times (null over 0).
// Department: handling (30+50+10)/3 = 30 — the rows weighted by the
// records they cover, (40×2 + 10×1)/3; weighting by count would give
// (40×3 + 10×1)/4 = 32.5, as if record 3 had taken 40 minutes. First
// response (2+4+1)/3 = 7/3. Median of [1, 2, 4]: rank ceil(3/2) = 2 → 2 h;
// P90: rank ceil(2.7) = 3 → 4 h.
const RECORDS: RequestInput[] = [
  {
    requestType: 'Onboarding',
    channel: 'EMAIL',
    handlingMinutes: 30,
    firstResponseHours: 2,
  },
  {
    requestType: 'Onboarding',
    channel: 'EMAIL',
    handlingMinutes: 50,
    firstResponseHours: null,
  },
  {
    requestType: 'Onboarding',
    channel: 'EMAIL',
    handlingMinutes: null,
    firstResponseHours: 4,
  },
  {
    requestType: 'Onboarding',
    channel: 'PORTAL',
    handlingMinutes: 10,
    firstResponseHours: 1,
  },
  {
    requestType: 'Payroll',
    channel: 'EMAIL',
    handlingMinutes: null,
    firstResponseHours: null,
  },
  {
    requestType: 'Payroll',
    channel: 'EMAIL',
    handlingMinutes: null,
    firstResponseHours: null,
  },
];

const DERIVED_ROWS: AuditRowInput[] = [
  {
    requestType: 'Onboarding',
    channel: 'EMAIL',
    count: 3,
    avgHandlingMinutes: 40,
    requestsWithHandlingMinutes: 2,
    avgFirstResponseHours: 3,
    requestsWithFirstResponseHours: 2,
  },
  {
    requestType: 'Onboarding',
    channel: 'PORTAL',
    count: 1,
    avgHandlingMinutes: 10,
    requestsWithHandlingMinutes: 1,
    avgFirstResponseHours: 1,
    requestsWithFirstResponseHours: 1,
  },
  {
    requestType: 'Payroll',
    channel: 'EMAIL',
    count: 2,
    avgHandlingMinutes: null,
    requestsWithHandlingMinutes: 0,
    avgFirstResponseHours: null,
    requestsWithFirstResponseHours: 0,
  },
];

describe('computeBaseline of rows derived from request records', () => {
  const derived = computeBaseline({
    ...TWO_WEEKS,
    rows: DERIVED_ROWS,
    firstResponsePercentiles: {
      medianFirstResponseHours: 2,
      p90FirstResponseHours: 4,
    },
  });

  it('weighs each row’s means by the records they cover', () => {
    expect(derived.totalRequests).toBe(6);
    expect(derived.avgHandlingMinutes).toBe(30);
    expect(derived.requestsWithHandlingMinutes).toBe(3);
    expect(derived.avgFirstResponseHours).toBeCloseTo(7 / 3, 12);
    expect(derived.requestsWithFirstResponseHours).toBe(3);
  });

  it('keeps the percentiles computed from the records', () => {
    expect(derived.medianFirstResponseHours).toBe(2);
    expect(derived.p90FirstResponseHours).toBe(4);
  });

  it('is the baseline of the records themselves', () => {
    expect(derived).toEqual(
      computeBaselineFromRequests({ ...TWO_WEEKS, requests: RECORDS }),
    );
  });

  it('weighs by count when a row does not say how many records its mean covers (an audit file)', () => {
    const imported = computeBaseline({
      ...TWO_WEEKS,
      rows: DERIVED_ROWS.map(
        ({
          requestsWithHandlingMinutes: _h,
          requestsWithFirstResponseHours: _f,
          ...row
        }) => row,
      ),
    });
    expect(imported.avgHandlingMinutes).toBe(32.5); // (40×3 + 10×1) / 4
    expect(imported.medianFirstResponseHours).toBeNull();
    expect(imported.p90FirstResponseHours).toBeNull();
  });

  it('refuses a row covering more records than it counts, or a fraction of one', () => {
    const [row] = DERIVED_ROWS;
    expect(() =>
      computeBaseline({
        ...TWO_WEEKS,
        rows: [{ ...row, requestsWithHandlingMinutes: 4 }],
      }),
    ).toThrow(
      'requestsWithHandlingMinutes must be an integer from 0 to count (3), got 4',
    );
    expect(() =>
      computeBaseline({
        ...TWO_WEEKS,
        rows: [{ ...row, requestsWithFirstResponseHours: 1.5 }],
      }),
    ).toThrow(RangeError);
  });

  it('refuses a negative percentile', () => {
    expect(() =>
      computeBaseline({
        ...TWO_WEEKS,
        rows: DERIVED_ROWS,
        firstResponsePercentiles: {
          medianFirstResponseHours: -1,
          p90FirstResponseHours: 4,
        },
      }),
    ).toThrow('medianFirstResponseHours must be a non-negative number, got -1');
  });
});
