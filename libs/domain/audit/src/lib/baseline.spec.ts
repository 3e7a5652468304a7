import {
  AuditRowInput,
  computeBaseline,
  computeBaselineFromRequests,
} from './baseline';

const TWO_WEEKS = { windowStart: '2026-03-02', windowEnd: '2026-03-15' };

function shareOf(
  baseline: ReturnType<typeof computeBaseline>,
  channel: string,
): number | null | undefined {
  return baseline.byChannel.find((c) => c.channel === channel)?.share;
}

describe(computeBaseline.name, () => {
  // | request type   | channel | count | handling min | first response h |
  // | Password reset | EMAIL   |     6 |           10 |                2 |
  // | Password reset | PORTAL  |     4 |            5 |                – |
  // | VPN access     | CHAT    |     3 |            – |                4 |
  // | Laptop request | FORM    |     1 |           30 |                1 |
  const ROWS: AuditRowInput[] = [
    {
      requestType: 'Password reset',
      channel: 'EMAIL',
      count: 6,
      avgHandlingMinutes: 10,
      avgFirstResponseHours: 2,
    },
    {
      requestType: 'Password reset',
      channel: 'PORTAL',
      count: 4,
      avgHandlingMinutes: 5,
      avgFirstResponseHours: null,
    },
    {
      requestType: 'VPN access',
      channel: 'CHAT',
      count: 3,
      avgHandlingMinutes: null,
      avgFirstResponseHours: 4,
    },
    {
      requestType: 'Laptop request',
      channel: 'FORM',
      count: 1,
      avgHandlingMinutes: 30,
      avgFirstResponseHours: 1,
    },
  ];

  it('computes the known answer of a small audit', () => {
    const baseline = computeBaseline({
      ...TWO_WEEKS,
      rows: ROWS,
      coveredRequestTypes: new Set(['vpn access']),
    });
    // total 6 + 4 + 3 + 1 = 14 in 14 days → 14 × 30.4375 / 14 = 30.4375
    expect(baseline.windowDays).toBe(14);
    expect(baseline.totalRequests).toBe(14);
    expect(baseline.monthlyVolume).toBeCloseTo(30.4375, 12);
    // EMAIL 6/14, CHAT 3/14, FORM 1/14, PORTAL 4/14; informal = (6 + 3)/14
    expect(shareOf(baseline, 'EMAIL')).toBeCloseTo(6 / 14, 12);
    expect(shareOf(baseline, 'PORTAL')).toBeCloseTo(4 / 14, 12);
    expect(shareOf(baseline, 'PHONE')).toBe(0);
    expect(baseline.informalShare).toBeCloseTo(9 / 14, 12);
    // Password reset 6 + 4 = 10 (cum 10/14), VPN 3 (13/14), Laptop 1 (14/14)
    expect(baseline.requestTypes).toEqual([
      {
        requestType: 'Password reset',
        count: 10,
        share: 10 / 14,
        cumulativeShare: 10 / 14,
      },
      {
        requestType: 'VPN access',
        count: 3,
        share: 3 / 14,
        cumulativeShare: 13 / 14,
      },
      {
        requestType: 'Laptop request',
        count: 1,
        share: 1 / 14,
        cumulativeShare: 1,
      },
    ]);
    expect(baseline.topRequestTypes).toEqual(baseline.requestTypes);
    // handling: (6×10 + 4×5 + 1×30) / (6 + 4 + 1) = 110 / 11 = 10
    expect(baseline.avgHandlingMinutes).toBeCloseTo(10, 12);
    expect(baseline.requestsWithHandlingMinutes).toBe(11);
    // first response: (6×2 + 3×4 + 1×1) / (6 + 3 + 1) = 25 / 10 = 2.5
    expect(baseline.avgFirstResponseHours).toBeCloseTo(2.5, 12);
    expect(baseline.requestsWithFirstResponseHours).toBe(10);
    // aggregated rows: no percentiles
    expect(baseline.medianFirstResponseHours).toBeNull();
    expect(baseline.p90FirstResponseHours).toBeNull();
    // VPN access 3 of 14 is in the catalogue
    expect(baseline.catalogCoverage).toBeCloseTo(3 / 14, 12);
  });

  it('gives null shares and 0 volume for an empty audit', () => {
    const baseline = computeBaseline({ ...TWO_WEEKS, rows: [] });
    expect(baseline).toEqual({
      ...TWO_WEEKS,
      windowDays: 14,
      totalRequests: 0,
      monthlyVolume: 0,
      byChannel: expect.any(Array),
      informalShare: null,
      requestTypes: [],
      topRequestTypes: [],
      avgHandlingMinutes: null,
      requestsWithHandlingMinutes: 0,
      avgFirstResponseHours: null,
      requestsWithFirstResponseHours: 0,
      medianFirstResponseHours: null,
      p90FirstResponseHours: null,
      catalogCoverage: null,
    });
    expect(baseline.byChannel).toHaveLength(9);
    expect(
      baseline.byChannel.every((c) => c.count === 0 && c.share === null),
    ).toBe(true);
  });

  it('treats rows that all count 0 as an empty audit', () => {
    const baseline = computeBaseline({
      ...TWO_WEEKS,
      rows: [
        {
          requestType: 'Leave',
          channel: 'EMAIL',
          count: 0,
          avgHandlingMinutes: 12,
        },
      ],
    });
    expect(baseline.informalShare).toBeNull();
    expect(baseline.avgHandlingMinutes).toBeNull();
    expect(baseline.requestTypes).toEqual([
      { requestType: 'Leave', count: 0, share: null, cumulativeShare: null },
    ]);
  });

  it('handles a single row without times in a one-day window', () => {
    const baseline = computeBaseline({
      windowStart: '2026-03-02',
      windowEnd: '2026-03-02',
      rows: [{ requestType: 'Leave', channel: 'WALK_UP', count: 5 }],
    });
    // 5 requests in 1 day → 5 × 30.4375 = 152.1875 a month
    expect(baseline.windowDays).toBe(1);
    expect(baseline.monthlyVolume).toBeCloseTo(152.1875, 12);
    expect(shareOf(baseline, 'WALK_UP')).toBe(1);
    expect(baseline.informalShare).toBe(1);
    expect(baseline.topRequestTypes).toEqual([
      { requestType: 'Leave', count: 5, share: 1, cumulativeShare: 1 },
    ]);
    expect(baseline.avgHandlingMinutes).toBeNull();
    expect(baseline.avgFirstResponseHours).toBeNull();
    expect(baseline.catalogCoverage).toBe(0);
  });

  it('keeps ten of twelve tied types, by name, in the top list', () => {
    // Twelve types "Type L".."Type A", one request each: every count ties,
    // so the names decide: A..J, and J closes at 10/12.
    const rows: AuditRowInput[] = 'LKJIHGFEDCBA'.split('').map((letter) => ({
      requestType: `Type ${letter}`,
      channel: 'FORM',
      count: 1,
    }));
    const baseline = computeBaseline({ ...TWO_WEEKS, rows });
    expect(baseline.requestTypes).toHaveLength(12);
    expect(baseline.topRequestTypes.map((r) => r.requestType)).toEqual(
      'ABCDEFGHIJ'.split('').map((letter) => `Type ${letter}`),
    );
    expect(baseline.topRequestTypes[9].cumulativeShare).toBeCloseTo(
      10 / 12,
      12,
    );
  });

  it('groups request types trimmed and case-insensitively, first spelling kept', () => {
    const baseline = computeBaseline({
      ...TWO_WEEKS,
      rows: [
        { requestType: ' password reset ', channel: 'EMAIL', count: 1 },
        { requestType: 'Password Reset', channel: 'CHAT', count: 2 },
      ],
    });
    expect(baseline.requestTypes).toEqual([
      { requestType: 'password reset', count: 3, share: 1, cumulativeShare: 1 },
    ]);
  });

  it.each<[string, Partial<AuditRowInput>]>([
    ['a negative count', { count: -1 }],
    ['a fractional count', { count: 1.5 }],
    ['a NaN count', { count: Number.NaN }],
    ['an empty request type', { requestType: '  ' }],
    ['an unknown channel', { channel: 'FAX' as AuditRowInput['channel'] }],
    ['a negative handling time', { avgHandlingMinutes: -2 }],
    [
      'an infinite first response',
      { avgFirstResponseHours: Number.POSITIVE_INFINITY },
    ],
  ])('refuses a row with %s', (_what, override) => {
    const rows = [{ ...ROWS[0], ...override }];
    expect(() => computeBaseline({ ...TWO_WEEKS, rows })).toThrow(RangeError);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() =>
      computeBaseline({
        windowStart: '2026-03-15',
        windowEnd: '2026-03-02',
        rows: ROWS,
      }),
    ).toThrow(RangeError);
  });
});

describe(computeBaselineFromRequests.name, () => {
  // | type    | channel | first response h | handling min |
  // | Leave   | EMAIL   |                1 |           10 |
  // | Leave   | PORTAL  |                3 |            – |
  // | Payslip | CHAT    |                2 |           20 |
  // | Payslip | EMAIL   |                – |           30 |
  // | Leave   | FORM    |               10 |           20 |
  const REQUESTS = [
    {
      requestType: 'Leave',
      channel: 'EMAIL',
      firstResponseHours: 1,
      handlingMinutes: 10,
    },
    {
      requestType: 'Leave',
      channel: 'PORTAL',
      firstResponseHours: 3,
      handlingMinutes: null,
    },
    {
      requestType: 'Payslip',
      channel: 'CHAT',
      firstResponseHours: 2,
      handlingMinutes: 20,
    },
    { requestType: 'Payslip', channel: 'EMAIL', handlingMinutes: 30 },
    {
      requestType: 'Leave',
      channel: 'FORM',
      firstResponseHours: 10,
      handlingMinutes: 20,
    },
  ] as const;

  it('computes means, median and P90 over the requests that have them', () => {
    const baseline = computeBaselineFromRequests({
      ...TWO_WEEKS,
      requests: REQUESTS,
    });
    expect(baseline.totalRequests).toBe(5);
    // EMAIL 2 + CHAT 1 informal of 5
    expect(baseline.informalShare).toBeCloseTo(0.6, 12);
    // Leave 3 (3/5), Payslip 2 (cum 5/5)
    expect(baseline.requestTypes.map((r) => [r.requestType, r.count])).toEqual([
      ['Leave', 3],
      ['Payslip', 2],
    ]);
    // handling (10 + 20 + 30 + 20) / 4 = 20
    expect(baseline.avgHandlingMinutes).toBe(20);
    expect(baseline.requestsWithHandlingMinutes).toBe(4);
    // first response over 1, 3, 2, 10: mean 16 / 4 = 4;
    // sorted 1, 2, 3, 10 → median rank ceil(0.5 × 4) = 2 → 2,
    // P90 rank ceil(0.9 × 4) = ceil(3.6) = 4 → 10
    expect(baseline.avgFirstResponseHours).toBe(4);
    expect(baseline.requestsWithFirstResponseHours).toBe(4);
    expect(baseline.medianFirstResponseHours).toBe(2);
    expect(baseline.p90FirstResponseHours).toBe(10);
  });

  it('has null percentiles when no request has a first response', () => {
    const baseline = computeBaselineFromRequests({
      ...TWO_WEEKS,
      requests: [{ requestType: 'Leave', channel: 'EMAIL' }],
    });
    expect(baseline.medianFirstResponseHours).toBeNull();
    expect(baseline.p90FirstResponseHours).toBeNull();
    expect(baseline.avgFirstResponseHours).toBeNull();
  });

  it('is the empty baseline without requests', () => {
    const fromRequests = computeBaselineFromRequests({
      ...TWO_WEEKS,
      requests: [],
    });
    expect(fromRequests).toEqual(computeBaseline({ ...TWO_WEEKS, rows: [] }));
  });

  it('refuses a negative first response', () => {
    expect(() =>
      computeBaselineFromRequests({
        ...TWO_WEEKS,
        requests: [
          { requestType: 'Leave', channel: 'EMAIL', firstResponseHours: -1 },
        ],
      }),
    ).toThrow(RangeError);
  });
});
