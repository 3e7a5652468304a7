import {
  assembleSavedCase,
  DepartmentFacts,
  SavedCaseInputs,
} from './saved-case';
import { evaluateBusinessCase } from './evaluate-business-case';
import { financeView } from './finance-view';

const IT: DepartmentFacts = {
  departmentId: 'it',
  name: 'IT',
  kind: 'IT',
  vocabulary: 'ticket',
  auditMonthlyVolume: 4_000,
  auditHandlingMinutes: 12,
  schedule: {
    planStart: '2026-01-05',
    goLiveDate: '2026-03-06',
    source: 'PLAN',
  },
};
const LEGAL: DepartmentFacts = {
  departmentId: 'legal',
  name: 'Legal',
  kind: 'LEGAL',
  vocabulary: 'matter',
  auditMonthlyVolume: null,
  auditHandlingMinutes: null,
  schedule: null,
};
const HR: DepartmentFacts = {
  departmentId: 'hr',
  name: 'HR',
  kind: 'HR',
  vocabulary: null,
  auditMonthlyVolume: 4_220,
  auditHandlingMinutes: 18,
  schedule: {
    planStart: '2026-04-06',
    goLiveDate: '2026-06-05',
    source: 'ROADMAP',
  },
};

const SAVED: SavedCaseInputs = {
  loadedHourlyCost: 55,
  oneTimeCosts: 120_000,
  monthlyPlatformCost: 9_000,
  departments: [{ departmentId: 'it' }, { departmentId: 'hr' }],
};

describe(assembleSavedCase.name, () => {
  it('takes a live department’s measured deflection as its target, labelled MEASURED, and an entered figure still wins', () => {
    // HR measured 270 deflected of 500 requests in its last four complete weeks: 0.54 (not its 0.68 benchmark).
    const measured = {
      value: 0.54,
      from: '2026-04-06',
      to: '2026-05-03',
      total: 500,
      deflected: 270,
      measuredOn: '2026-05-11',
    };
    const saved = {
      ...SAVED,
      departments: [
        { departmentId: 'it' },
        { departmentId: 'hr', measuredDeflection: measured },
      ],
    };
    const assembled = assembleSavedCase({
      saved,
      facts: [IT, HR],
      today: '2026-05-11',
    });
    expect(assembled.departments[1].targetDeflection).toEqual({
      value: 0.54,
      source: 'MEASURED',
      defaultValue: 0.54,
      defaultSource: 'MEASURED',
      note: 'measured: 270 of 500 requests deflected in the 4 complete weeks 6 Apr – 3 May 2026',
    });
    expect(assembled.input.departments[1].targetDeflection).toBe(0.54);
    expect(assembled.sources['departments[1].targetDeflection']).toBe(
      'MEASURED',
    );
    // IT has no measurement: its benchmark, left to the model.
    expect(assembled.departments[0].targetDeflection.source).toBe('BENCHMARK');
    expect(assembled.input.departments[0].targetDeflection).toBeNull();
    // The Finance view's assumption list (and so the Finance PDF) names the source.
    const assumption = financeView({
      input: assembled.input,
      sources: assembled.sources,
    }).assumptions.find((a) => a.field === 'departments[1].targetDeflection');
    expect(assumption).toMatchObject({ value: 0.54, source: 'MEASURED' });

    const entered = assembleSavedCase({
      saved: {
        ...saved,
        departments: [
          {
            departmentId: 'hr',
            targetDeflection: 0.6,
            measuredDeflection: measured,
          },
        ],
      },
      facts: [IT, HR],
      today: '2026-05-11',
    });
    expect(entered.departments[0].targetDeflection).toMatchObject({
      value: 0.6,
      source: 'ENTERED',
      defaultValue: 0.54,
      defaultSource: 'MEASURED',
    });
  });

  it('defaults the target deflection to the benchmark the organisation set, and hands it to the model', () => {
    const legal = {
      ...LEGAL,
      auditMonthlyVolume: 300,
      auditHandlingMinutes: 45,
      deflectionBenchmark: { target: 0.4, source: 'ORGANIZATION' as const },
    };
    const assembled = assembleSavedCase({
      saved: { ...SAVED, departments: [{ departmentId: 'legal' }] },
      facts: [legal],
      today: '2026-12-01',
    });
    expect(assembled.departments[0].targetDeflection).toEqual({
      value: 0.4,
      source: 'BENCHMARK',
      defaultValue: 0.4,
      defaultSource: 'BENCHMARK',
      note: "the organisation's benchmark for Legal",
    });
    const result = evaluateBusinessCase({ input: assembled.input });
    expect(result.warnings.map((warning) => warning.code)).not.toContain(
      'ASSUMED_DEFLECTION',
    );
  });

  it('fills each department value from the audit, the benchmark and the schedule, with its source', () => {
    const { departments, programmeStart, sources } = assembleSavedCase({
      saved: SAVED,
      facts: [IT, HR],
      today: '2026-12-01',
    });
    // Programme start: the earliest plan start, 2026-01-05 (ROADMAP).
    expect(programmeStart).toEqual({ value: '2026-01-05', source: 'ROADMAP' });
    const [it, hr] = departments;
    expect(it.monthlyVolume).toMatchObject({ value: 4_000, source: 'AUDIT' });
    expect(it.handlingMinutes).toMatchObject({ value: 12, source: 'AUDIT' });
    expect(it.targetDeflection).toMatchObject({
      value: 0.75,
      source: 'BENCHMARK',
    });
    // IT: 2026-01-05 → 2026-03-06 is 60 days: 1 + floor(60 / 30.4375) = 2, from its saved plan.
    expect(it.goLiveMonth).toMatchObject({ value: 2, source: 'PLAN' });
    // HR: 2026-01-05 → 2026-06-05 is 151 days: 1 + floor(151 / 30.4375) = 1 + 4 = 5.
    expect(hr.goLiveMonth).toMatchObject({ value: 5, source: 'ROADMAP' });
    expect(hr.rampMonths).toMatchObject({ value: 3, source: 'ASSUMPTION' });
    expect(sources['departments[1].goLiveMonth']).toBe('ROADMAP');
    expect(sources.loadedHourlyCost).toBe('ENTERED');
    expect(sources.annualDiscountRate).toBe('ASSUMPTION');
  });

  it('lets an entered figure override the default and keeps the default for a reset', () => {
    const saved = {
      ...SAVED,
      departments: [
        { departmentId: 'it', monthlyVolume: 5_000, goLiveMonth: 4 },
      ],
    };
    const [it] = assembleSavedCase({
      saved,
      facts: [IT],
      today: '2026-12-01',
    }).departments;
    expect(it.monthlyVolume).toEqual({
      value: 5_000,
      source: 'ENTERED',
      defaultValue: 4_000,
      defaultSource: 'AUDIT',
      note: null,
    });
    expect(it.goLiveMonth).toMatchObject({
      value: 4,
      source: 'ENTERED',
      defaultValue: 2,
      defaultSource: 'PLAN',
    });
  });

  it('assumes sequential 90-day plans for unscheduled departments and labels missing audit figures', () => {
    const saved = { ...SAVED, departments: [{ departmentId: 'legal' }] };
    const assembled = assembleSavedCase({
      saved,
      facts: [LEGAL],
      today: '2026-12-01',
    });
    // No schedule anywhere: month 0 is today (ASSUMPTION); position 0: day 61 = today + 60 days → month 2.
    expect(assembled.programmeStart).toEqual({
      value: '2026-12-01',
      source: 'ASSUMPTION',
    });
    const [legal] = assembled.departments;
    expect(legal.goLiveMonth).toMatchObject({ value: 2, source: 'ASSUMPTION' });
    expect(legal.monthlyVolume).toMatchObject({
      value: 0,
      source: 'ASSUMPTION',
    });
    expect(legal.targetDeflection).toMatchObject({
      value: 0.3,
      source: 'ASSUMPTION',
    });
    // The model still labels the 0.30 and warns.
    const result = evaluateBusinessCase({ input: assembled.input });
    expect(result.warnings.map((w) => w.code)).toContain('ASSUMED_DEFLECTION');
  });

  it('places the second unscheduled department 90 days after the first', () => {
    const other = { ...LEGAL, departmentId: 'legal2' };
    const saved = {
      ...SAVED,
      programmeStart: '2026-01-01',
      departments: [{ departmentId: 'legal' }, { departmentId: 'legal2' }],
    };
    const { departments, programmeStart } = assembleSavedCase({
      saved,
      facts: [LEGAL, other],
      today: '2026-12-01',
    });
    expect(programmeStart.source).toBe('ENTERED');
    // Day 61 at +150 days: 1 + floor(150 / 30.4375) = 5.
    expect(departments[1].goLiveMonth.value).toBe(5);
  });

  it('counts a go-live before an entered programme start as month 1', () => {
    const saved = {
      ...SAVED,
      programmeStart: '2026-05-01',
      departments: [{ departmentId: 'it' }],
    };
    expect(
      assembleSavedCase({ saved, facts: [IT], today: '2026-12-01' })
        .departments[0].goLiveMonth.value,
    ).toBe(1);
  });

  it('leaves out departments the organisation no longer has, and says which', () => {
    const saved = {
      ...SAVED,
      departments: [{ departmentId: 'gone' }, { departmentId: 'it' }],
    };
    const assembled = assembleSavedCase({
      saved,
      facts: [IT],
      today: '2026-12-01',
    });
    expect(assembled.missingDepartmentIds).toEqual(['gone']);
    expect(assembled.input.departments.map((d) => d.departmentId)).toEqual([
      'it',
    ]);
  });

  it('gives an input that evaluates like the hand-entered case', () => {
    const assembled = assembleSavedCase({
      saved: SAVED,
      facts: [IT, HR],
      today: '2026-12-01',
    });
    const byHand = evaluateBusinessCase({
      input: {
        ...SAVED,
        departments: [
          {
            kind: 'IT',
            monthlyVolume: 4_000,
            handlingMinutes: 12,
            goLiveMonth: 2,
          },
          {
            kind: 'HR',
            monthlyVolume: 4_220,
            handlingMinutes: 18,
            goLiveMonth: 5,
          },
        ],
      },
    });
    expect(evaluateBusinessCase({ input: assembled.input }).npv).toBe(
      byHand.npv,
    );
  });
});
