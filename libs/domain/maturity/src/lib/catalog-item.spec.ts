import { catalogGaps } from './catalog-gaps';
import {
  catalogItemFlags,
  catalogItemProblems,
  catalogueCounts,
  reviewDueOn,
} from './catalog-item';

const ASOF = '2026-12-01';

describe(catalogItemFlags.name, () => {
  it.each([
    [{ owner: 'Ana', slaTargetHours: 8, lastReviewedAt: '2026-11-01' }, []],
    [
      { owner: '  ', slaTargetHours: 8, lastReviewedAt: '2026-11-01' },
      ['NO_OWNER'],
    ],
    [
      { owner: 'Ana', slaTargetHours: 0, lastReviewedAt: '2026-11-01' },
      ['NO_SLA'],
    ],
    [
      { owner: 'Ana', slaTargetHours: null, lastReviewedAt: '2026-11-01' },
      ['NO_SLA'],
    ],
    [
      { owner: null, slaTargetHours: null, lastReviewedAt: null },
      ['NO_OWNER', 'NO_SLA', 'REVIEW_DUE'],
    ],
    // 2026-09-02 → 2026-12-01 is exactly 90 days: not yet due.
    [{ owner: 'Ana', slaTargetHours: 8, lastReviewedAt: '2026-09-02' }, []],
    // 91 days: due.
    [
      { owner: 'Ana', slaTargetHours: 8, lastReviewedAt: '2026-09-01' },
      ['REVIEW_DUE'],
    ],
  ])('%j → %j', (item, flags) => {
    expect(catalogItemFlags({ item, asOf: ASOF })).toEqual(flags);
  });

  it('counts across a leap day', () => {
    // 2028-02-29 exists: 2027-12-01 + 90 days = 2028-02-29.
    expect(reviewDueOn('2027-12-01')).toBe('2028-02-29');
    expect(
      catalogItemFlags({
        item: { owner: 'A', slaTargetHours: 1, lastReviewedAt: '2027-12-01' },
        asOf: '2028-02-29',
      }),
    ).toEqual([]);
    expect(
      catalogItemFlags({
        item: { owner: 'A', slaTargetHours: 1, lastReviewedAt: '2027-12-01' },
        asOf: '2028-03-01',
      }),
    ).toEqual(['REVIEW_DUE']);
    expect(reviewDueOn(null)).toBeNull();
  });
});

describe(catalogueCounts.name, () => {
  it('counts owners, SLAs, resolving, reviewed processes and due reviews', () => {
    const items = [
      {
        owner: 'Ana',
        slaTargetHours: 8,
        fulfilmentMode: 'RESOLVE',
        processReviewed: true,
        lastReviewedAt: '2026-11-01',
      },
      {
        owner: null,
        slaTargetHours: 8,
        fulfilmentMode: 'ROUTE',
        processReviewed: false,
        lastReviewedAt: null,
      },
      {
        owner: 'Bo',
        slaTargetHours: null,
        fulfilmentMode: null,
        processReviewed: true,
        lastReviewedAt: '2026-01-01',
      },
    ];
    expect(catalogueCounts({ items, asOf: ASOF })).toEqual({
      items: 3,
      withOwner: 2,
      withSla: 2,
      resolving: 1,
      processReviewed: 2,
      reviewDue: 2,
    });
  });
});

describe(catalogItemProblems.name, () => {
  it('names every bad field', () => {
    const problems = catalogItemProblems(
      {
        name: ' ',
        slaTargetHours: -1,
        fulfilmentMode: 'AUTOMATE',
        requestTypes: ['ok', ' '],
        lastReviewedAt: '2026-12-02',
      },
      { asOf: ASOF },
    );
    expect(problems.map((problem) => problem.field)).toEqual([
      'name',
      'slaTargetHours',
      'fulfilmentMode',
      'requestTypes[1]',
      'lastReviewedAt',
    ]);
  });

  it('accepts a minimal item and refuses an impossible date', () => {
    expect(
      catalogItemProblems({ name: 'Leave request' }, { asOf: ASOF }),
    ).toEqual([]);
    expect(
      catalogItemProblems(
        { name: 'x', lastReviewedAt: '2026-02-29' },
        { asOf: ASOF },
      )[0].field,
    ).toBe('lastReviewedAt');
  });
});

describe(catalogGaps.name, () => {
  const top = ['Password reset', 'VPN access', 'New laptop', 'Printer'].map(
    (requestType, index) => ({
      requestType,
      count: 40 - index * 10,
      share: 0,
      cumulativeShare: 0,
    }),
  );

  it('lists the top request types no item maps, matched loosely, in Pareto order', () => {
    const items = [
      { requestTypes: ['password  RESET '] },
      { requestTypes: ['printer'] },
    ];
    expect(
      catalogGaps({ topRequestTypes: top, items }).map(
        (gap) => gap.requestType,
      ),
    ).toEqual(['VPN access', 'New laptop']);
  });

  it('looks at the top ten only', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      requestType: `T${i}`,
      count: 12 - i,
      share: 0,
      cumulativeShare: 0,
    }));
    const items = [
      { requestTypes: many.slice(0, 10).map((type) => type.requestType) },
    ];
    expect(catalogGaps({ topRequestTypes: many, items })).toEqual([]);
  });
});
