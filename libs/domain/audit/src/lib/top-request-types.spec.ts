import { rankRequestTypes, topRequestTypes } from './top-request-types';

describe(rankRequestTypes.name, () => {
  it('ranks by count, ties by name ascending whatever the case', () => {
    // total 5 + 3 + 3 + 1 = 12
    // Access 5/12; badge and Car tie at 3 → "badge" < "car"; Desk 1/12.
    // cumulative 5/12, 8/12, 11/12, 12/12
    expect(
      rankRequestTypes({
        counts: [
          { requestType: 'Car', count: 3 },
          { requestType: 'Desk', count: 1 },
          { requestType: 'badge', count: 3 },
          { requestType: 'Access', count: 5 },
        ],
      }),
    ).toEqual([
      {
        requestType: 'Access',
        count: 5,
        share: 5 / 12,
        cumulativeShare: 5 / 12,
      },
      {
        requestType: 'badge',
        count: 3,
        share: 3 / 12,
        cumulativeShare: 8 / 12,
      },
      { requestType: 'Car', count: 3, share: 3 / 12, cumulativeShare: 11 / 12 },
      { requestType: 'Desk', count: 1, share: 1 / 12, cumulativeShare: 1 },
    ]);
  });

  it('groups spellings of one type and counts them together', () => {
    const ranked = rankRequestTypes({
      counts: [
        { requestType: 'Leave', count: 1 },
        { requestType: 'Payslip', count: 2 },
        { requestType: ' LEAVE', count: 2 },
      ],
    });
    // Leave 1 + 2 = 3 beats Payslip 2; the first spelling stays.
    expect(ranked.map((r) => [r.requestType, r.count])).toEqual([
      ['Leave', 3],
      ['Payslip', 2],
    ]);
  });

  it('gives null shares, never NaN, when every count is 0', () => {
    expect(
      rankRequestTypes({ counts: [{ requestType: 'Leave', count: 0 }] }),
    ).toEqual([
      { requestType: 'Leave', count: 0, share: null, cumulativeShare: null },
    ]);
  });

  it('is empty without counts', () => {
    expect(rankRequestTypes({ counts: [] })).toEqual([]);
  });
});

describe(topRequestTypes.name, () => {
  // Twelve types "a".."l" with counts 12..1: total 12 × 13 / 2 = 78.
  const TWELVE = Array.from({ length: 12 }, (_, index) => ({
    requestType: String.fromCharCode(97 + index),
    count: 12 - index,
  }));

  it('keeps ten by default, shares relative to all twelve', () => {
    const top = topRequestTypes({ counts: TWELVE });
    expect(top.map((r) => r.requestType)).toEqual('abcdefghij'.split(''));
    // 12 + 11 + … + 3 = 78 − 2 − 1 = 75
    expect(top[9].cumulativeShare).toBeCloseTo(75 / 78, 12);
    expect(top[0].share).toBeCloseTo(12 / 78, 12);
  });

  it('takes the limit the caller asks for', () => {
    expect(
      topRequestTypes({ counts: TWELVE, limit: 3 }).map((r) => r.count),
    ).toEqual([12, 11, 10]);
    expect(topRequestTypes({ counts: TWELVE, limit: 0 })).toEqual([]);
    expect(topRequestTypes({ counts: TWELVE, limit: 50 })).toHaveLength(12);
  });

  it('breaks a tie at the cut by name', () => {
    const counts = [
      { requestType: 'Zebra', count: 2 },
      { requestType: 'apple', count: 2 },
      { requestType: 'Mango', count: 2 },
    ];
    expect(
      topRequestTypes({ counts, limit: 2 }).map((r) => r.requestType),
    ).toEqual(['apple', 'Mango']);
  });

  it('slices a baseline’s ranked list without re-ranking it', () => {
    const requestTypes = [
      { requestType: 'B', count: 1, share: 0.6, cumulativeShare: 0.6 },
      { requestType: 'A', count: 2, share: 0.4, cumulativeShare: 1 },
    ];
    expect(topRequestTypes({ baseline: { requestTypes }, limit: 1 })).toEqual([
      requestTypes[0],
    ]);
  });

  it.each([[-1], [1.5], [Number.NaN]])('refuses the limit %p', (limit) => {
    expect(() => topRequestTypes({ counts: TWELVE, limit })).toThrow(
      RangeError,
    );
  });
});
