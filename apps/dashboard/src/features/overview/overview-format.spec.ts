import {
  deflectionSentence,
  maturityTrendText,
  neededText,
  type Overview,
  paybackSentence,
  statusSummary,
  timelineRows,
} from './overview-format';

type Case = NonNullable<Overview['businessCase']>;
const caseWith = (
  planned: number | null,
  forecast: number | null,
  completeMonths = 4,
): Case => ({
  businessCaseId: 'c',
  name: 'Case',
  version: 1,
  programmeStart: '2026-01-05',
  completeMonths,
  plannedPaybackMonths: planned,
  forecastPaybackMonths: forecast,
  plannedToDate: 100,
  realisedToDate: 80,
  varianceToDate: -20,
});

describe('overview-format', () => {
  it('groups the timeline by status, live first, roadmap order within a status', () => {
    const row = (
      id: string,
      status: Overview['departments'][number]['status'],
      order: number,
      source: 'PLAN' | 'ROADMAP' = 'PLAN',
    ) => ({
      department: { id, name: id, kind: 'IT' as const },
      status,
      order,
      startDate: '2026-01-05',
      goLiveDate: '2026-03-06',
      endDate: '2026-04-04',
      source,
      planStatus: null,
    });
    const rows = timelineRows([
      row('a', 'PLANNED', 3, 'ROADMAP'),
      row('b', 'LIVE', 2),
      row('c', 'PILOTING', 4),
      row('d', 'LIVE', 1),
    ]);
    expect(rows.map((r) => r.key)).toEqual(['d', 'b', 'c', 'a']);
    expect(rows[3].tentative).toBe(true);
    expect(rows[0].bars[0]).toMatchObject({
      label: 'Live',
      start: '2026-01-05',
      end: '2026-04-04',
    });
    expect(rows[0].markers?.[0].label).toBe(
      'd goes live on 6 Mar 2026 (day 61)',
    );
  });

  it('summarises statuses in words, and says so when there is none', () => {
    expect(
      statusSummary([
        { status: 'PLANNED', count: 2 },
        { status: 'AUDITING', count: 0 },
        { status: 'BUILDING', count: 0 },
        { status: 'PILOTING', count: 1 },
        { status: 'LIVE', count: 1 },
      ]),
    ).toBe('1 live · 1 piloting · 2 planned');
    expect(statusSummary([{ status: 'PLANNED', count: 0 }])).toBe(
      'No departments yet',
    );
  });

  it('puts the deflection against its benchmark in points, and has no figures without requests', () => {
    const base = {
      from: '2026-03-02',
      to: '2026-05-31',
      total: 400,
      deflected: 240,
      weeks: [],
    };
    // 0.6 − 0.7325 = −0.1325: 13.3 points below.
    expect(
      deflectionSentence({
        ...base,
        deflectionRate: 0.6,
        benchmark: 0.7325,
        gapToBenchmark: -0.1325,
      }),
    ).toBe(
      '13.3 points below the benchmark of 73.3%: each department’s benchmark, weighted by its requests.',
    );
    expect(
      deflectionSentence({
        ...base,
        total: 0,
        deflected: 0,
        deflectionRate: null,
        benchmark: null,
        gapToBenchmark: null,
      }),
    ).toBe('No requests recorded from 2 Mar 2026 to 31 May 2026.');
  });

  it('compares forecast and planned payback in months', () => {
    expect(paybackSentence(caseWith(14, 17.25))).toBe(
      'The forecast pays back 3.3 months later than planned.',
    );
    expect(paybackSentence(caseWith(14, 12))).toBe(
      'The forecast pays back 2.0 months sooner than planned.',
    );
    expect(paybackSentence(caseWith(14, 14.01))).toBe(
      'The forecast pays back as planned.',
    );
    expect(paybackSentence(caseWith(14, null))).toBe(
      'At the results so far it does not pay back within the horizon.',
    );
    expect(paybackSentence(caseWith(14, 14, 0))).toBe(
      'No month of the case is complete yet: the forecast is the plan.',
    );
  });

  it('words the maturity trend with the stage before', () => {
    const maturity = {
      stage: 3,
      stageName: 'DEFINED',
      overallScore: 3,
      assessedAt: '2026-05-01T10:00:00Z',
      previousStage: 2,
      previousStageName: 'REPEATABLE',
      previousOverallScore: 2.4,
    };
    expect(maturityTrendText({ ...maturity, trend: 'UP' })).toBe(
      'Up from Stage 2 · Repeatable (2.4)',
    );
    expect(
      maturityTrendText({
        ...maturity,
        trend: 'FIRST',
        previousStage: null,
        previousStageName: null,
        previousOverallScore: null,
      }),
    ).toBe('First assessment');
  });

  it('says what a department behind plan needs', () => {
    expect(neededText(0.698)).toBe('needs 69.8% deflection from now on');
    expect(neededText(1.2)).toBe(
      'cannot recover within the horizon (would need 120.0%)',
    );
    expect(neededText(null)).toBe('no month left to recover in');
  });
});
