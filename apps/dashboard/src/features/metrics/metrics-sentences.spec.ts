import {
  benchmarkLabel,
  partialPeriodNote,
  periodEnd,
  periodLabel,
  periodSentence,
  sourceNote,
  targetPercent,
} from './metrics-sentences';

describe(periodSentence.name, () => {
  it('says the latest period in the department’s word', () => {
    expect(
      periodSentence(
        'IT',
        'ticket',
        { periodStart: '2026-03-02', total: 262, deflectionRate: 0.6718 },
        'WEEK',
      ),
    ).toBe(
      'IT handled 262 tickets in the week of 2 Mar 2026; 67.2% were deflected.',
    );
  });

  it('names a month and a period without requests', () => {
    expect(
      periodSentence(
        'HR',
        'case',
        { periodStart: '2026-03-01', total: 0, deflectionRate: null },
        'MONTH',
      ),
    ).toBe('HR handled no cases in March 2026.');
  });
});

describe(periodLabel.name, () => {
  it('reads weeks and months', () => {
    expect(periodLabel('2026-03-02', 'WEEK')).toBe('Week of 2 Mar 2026');
    expect(periodLabel('2026-03-01', 'MONTH')).toBe('March 2026');
  });
});

describe(benchmarkLabel.name, () => {
  it('labels the figure by its source', () => {
    expect(benchmarkLabel('IT', { target: 0.75, source: 'PUBLISHED' })).toBe(
      'IT benchmark 75% (published)',
    );
    expect(benchmarkLabel('HR', { target: 0.6, source: 'ORGANIZATION' })).toBe(
      'HR benchmark 60% (set by the organisation)',
    );
    expect(benchmarkLabel('LEGAL', { target: 0.3, source: 'ASSUMPTION' })).toBe(
      'Legal: assumption 30%, not a published figure',
    );
  });

  it('keeps a decimal when the target has one', () => {
    expect(targetPercent(0.425)).toBe('42.5%');
  });
});

describe(sourceNote.name, () => {
  it('is null when every point is from request records', () => {
    expect(sourceNote([{ source: 'REQUESTS' }], 'WEEK')).toBeNull();
  });

  it('counts imported and empty periods', () => {
    expect(
      sourceNote(
        [
          { source: 'REQUESTS' },
          { source: 'WEEKLY_IMPORT' },
          { source: 'NONE' },
          { source: 'NONE' },
        ],
        'WEEK',
      ),
    ).toBe(
      '1 week comes from imported weekly figures, which have no median or P90 resolution time; 2 weeks have no data and show as a gap in the chart, not as 0%.',
    );
    expect(sourceNote([{ source: 'NONE' }], 'MONTH')).toBe(
      '1 month has no data and shows as a gap in the chart, not as 0%.',
    );
  });
});

describe(periodEnd.name, () => {
  it('ends weeks on Sunday and months on their last day', () => {
    expect(periodEnd('2026-06-29', 'WEEK')).toBe('2026-07-05');
    expect(periodEnd('2026-02-01', 'MONTH')).toBe('2026-02-28');
    expect(periodEnd('2026-12-01', 'MONTH')).toBe('2026-12-31');
  });
});

describe(partialPeriodNote.name, () => {
  it('warns when the period runs past the range', () => {
    expect(partialPeriodNote('2026-07-01', 'MONTH', '2026-07-05')).toBe(
      'July 2026 runs past the end of the range (5 Jul 2026), so it may be incomplete.',
    );
    expect(partialPeriodNote('2026-06-29', 'WEEK', '2026-07-05')).toBeNull();
  });
});
