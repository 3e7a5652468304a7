import {
  baselineStats,
  capitalisedPlural,
  windowLine,
  type BaselineFigures,
} from './baseline-stats';

const AUDIT: BaselineFigures = {
  windowStart: '2026-03-02',
  windowEnd: '2026-03-15',
  windowDays: 14,
  totalRequests: 1261,
  monthlyVolume: 2743.6,
  informalShare: 0.3232,
  avgHandlingMinutes: 24.46,
  avgFirstResponseHours: 6.04,
  medianFirstResponseHours: null,
  p90FirstResponseHours: null,
  catalogCoverage: null,
  importedAt: null,
};

describe(baselineStats.name, () => {
  it('shows the key figures in the department’s word', () => {
    expect(baselineStats(AUDIT, 'matter')).toEqual([
      {
        key: 'total',
        label: 'Matters in the window',
        value: '1,261',
        hint: '14 days',
      },
      {
        key: 'monthly',
        label: 'Matters a month',
        value: '2,744',
        hint: 'scaled from the window',
      },
      {
        key: 'informal',
        label: 'Informal share',
        value: '32.3%',
        hint: 'email, chat, phone, walk-up, spreadsheets, other',
      },
      {
        key: 'handling',
        label: 'Average handling time',
        value: '24.5 min',
        hint: 'per matter',
      },
      { key: 'firstResponse', label: 'Average first response', value: '6.0 h' },
    ]);
  });

  it('adds the percentiles and the catalogue coverage when the API has them', () => {
    const keys = baselineStats(
      {
        ...AUDIT,
        medianFirstResponseHours: 2,
        p90FirstResponseHours: 11.5,
        catalogCoverage: 0.5,
      },
      'ticket',
    ).map((stat) => stat.key);
    expect(keys.slice(-3)).toEqual([
      'medianFirstResponse',
      'p90FirstResponse',
      'catalogCoverage',
    ]);
  });

  it('shows a dash for a figure the audit has no data for', () => {
    const stats = baselineStats(
      { ...AUDIT, avgHandlingMinutes: null, informalShare: null },
      'ticket',
    );
    expect(stats.find((s) => s.key === 'handling')?.value).toBe('—');
    expect(stats.find((s) => s.key === 'informal')?.value).toBe('—');
  });
});

describe(capitalisedPlural.name, () => {
  it('pluralises the last word and capitalises the first', () => {
    expect(capitalisedPlural('purchase request')).toBe('Purchase requests');
  });
});

describe(windowLine.name, () => {
  it('gives the window and, when known, the import time', () => {
    expect(windowLine(AUDIT)).toBe('Audit window 2 – 15 March 2026');
    expect(
      windowLine({ ...AUDIT, importedAt: '2026-03-16T09:05:00Z' }),
    ).toMatch(
      /^Audit window 2 – 15 March 2026 · imported 1[67] Mar 2026, \d\d:\d5$/,
    );
  });

  it('says when the audit was built from request records', () => {
    expect(
      windowLine({
        ...AUDIT,
        source: 'REQUESTS',
        importedAt: '2026-03-16T09:05:00Z',
      }),
    ).toMatch(
      /^Audit window 2 – 15 March 2026 · built from request records 1[67] Mar 2026, \d\d:\d5$/,
    );
    expect(
      windowLine({
        ...AUDIT,
        source: 'AUDIT',
        importedAt: '2026-03-16T09:05:00Z',
      }),
    ).toMatch(/ · imported /);
  });

  it('says where an organisation baseline’s audits came from', () => {
    expect(windowLine({ ...AUDIT, source: 'REQUESTS' })).toBe(
      'Audit window 2 – 15 March 2026 · from request records',
    );
    expect(windowLine({ ...AUDIT, source: null })).toBe(
      'Audit window 2 – 15 March 2026 · from audit files and request records',
    );
    expect(windowLine({ ...AUDIT, source: 'AUDIT' })).toBe(
      'Audit window 2 – 15 March 2026',
    );
  });
});
