import {
  baselineSummary,
  countIn,
  daysLabel,
  informalSummary,
  monthlyLabel,
} from './baseline-sentences';

const HR_AUDIT = {
  totalRequests: 1261,
  monthlyVolume: 2743.6,
  windowStart: '2026-03-02',
  windowEnd: '2026-03-15',
  windowDays: 14,
};

describe(baselineSummary.name, () => {
  it('speaks in the department’s own word', () => {
    expect(baselineSummary('HR', 'request', HR_AUDIT)).toBe(
      'HR handled 1,261 requests in the audit window 2 – 15 March 2026 (14 days): about 2,744 requests a month.',
    );
    expect(baselineSummary('Legal', 'matter', HR_AUDIT)).toContain(
      'Legal handled 1,261 matters',
    );
  });

  it('uses the singular for one', () => {
    expect(
      baselineSummary('Procurement', 'purchase request', {
        ...HR_AUDIT,
        totalRequests: 1,
        monthlyVolume: 1.2,
        windowEnd: '2026-03-02',
        windowDays: 1,
      }),
    ).toBe(
      'Procurement handled 1 purchase request in the audit window 2 March 2026 (1 day): about 1 purchase request a month.',
    );
  });

  it('says "no" for an empty audit', () => {
    expect(
      baselineSummary('Security', 'case', {
        ...HR_AUDIT,
        totalRequests: 0,
        monthlyVolume: 0,
      }),
    ).toBe(
      'Security handled no cases in the audit window 2 – 15 March 2026 (14 days): less than one case a month.',
    );
  });
});

describe(countIn.name, () => {
  it.each([
    ['ticket', 0, '0 tickets'],
    ['ticket', 1, '1 ticket'],
    ['approval', 2500, '2,500 approvals'],
  ])('counts %s: %p → %s', (word, count, expected) => {
    expect(countIn(word, count)).toBe(expected);
  });
});

describe(daysLabel.name, () => {
  it('pluralises days', () => {
    expect(daysLabel(1)).toBe('1 day');
    expect(daysLabel(14)).toBe('14 days');
  });
});

describe(monthlyLabel.name, () => {
  it('rounds to a whole number, as "about"', () => {
    expect(monthlyLabel('matter', 434.8)).toBe('about 435 matters a month');
    expect(monthlyLabel('matter', 0.4)).toBe('less than one matter a month');
  });
});

describe(informalSummary.name, () => {
  it('gives the informal share as a percentage', () => {
    expect(informalSummary('ticket', 0.6118)).toMatch(
      /^61\.2% of tickets came in through informal channels/,
    );
  });

  it('says there is no mix when nothing was audited', () => {
    expect(informalSummary('request', null)).toBe(
      'No requests were audited, so there is no channel mix yet.',
    );
  });
});
