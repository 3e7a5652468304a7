import {
  BusinessCaseInput,
  monthlyCashFlow,
  resolveBusinessCase,
  valueRealisation,
} from '@esm-planner/domain-business-case';
import {
  VALUE_ACTUALS_HR_BEHIND,
  VALUE_CASE,
} from '../../../../test/support/value-realisation-case';
import {
  realisationSvg,
  valueReportPdf,
  valueSummary,
} from './value-report-pdf';

// The hand-worked case (test/support/value-realisation-case.ts) without
// Finance, HR behind: ratio 0.5, needing 58.3 % from now on.
const CASE: BusinessCaseInput = {
  ...VALUE_CASE,
  departments: VALUE_CASE.departments.slice(0, 2),
};
const ACTUALS = VALUE_ACTUALS_HR_BEHIND.filter(
  (row) => row.departmentId !== 'fin',
);
const value = valueRealisation({
  input: CASE,
  programmeStart: '2026-01-01',
  asOf: '2026-04-03',
  actuals: ACTUALS,
});
const planned = monthlyCashFlow({
  model: resolveBusinessCase({ input: CASE }),
});

describe(valueSummary.name, () => {
  it('says what was realised, when it pays back, and what a department behind plan needs', () => {
    // Realised 360 + 4,050 + 8,100 + 800 = 13,310 of 13,500 + 1,600 = 15,100 planned: 88.1 %.
    expect(valueSummary(value, 'GBP')).toEqual([
      'Over its first 3 months the programme realised £13,310 against £15,100 planned (88.1% of plan).',
      `At each department's realisation ratio it pays back in ${value.forecastPaybackMonths!.toFixed(1)} months, against 3.1 months in the case.`,
      'HR is behind plan at 50.0% of its planned benefit; to meet its plan it would need to deflect 58.3% of its requests in every month from now on.',
    ]);
  });

  it('says so when no month is complete', () => {
    const early = valueRealisation({
      input: CASE,
      programmeStart: '2026-01-01',
      asOf: '2026-01-10',
      actuals: [],
    });
    expect(valueSummary(early, 'GBP')).toEqual([
      'No month of the case is complete yet: the forecast is the plan.',
    ]);
  });
});

describe(realisationSvg.name, () => {
  it('draws a planned bar per month, a realised bar per complete month, both curves and both paybacks', () => {
    const svg = realisationSvg(value, planned);
    expect(svg.match(/fill="#a9bde8"/g)).toHaveLength(6);
    expect(svg.match(/fill="#1f5bd1"/g)).toHaveLength(3);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg).toContain('>plan 3.1<');
    expect(svg).toContain(
      `>forecast ${value.forecastPaybackMonths!.toFixed(1)}<`,
    );
  });
});

describe(valueReportPdf.name, () => {
  it('is a one-page PDF', async () => {
    const pdf = await valueReportPdf({
      name: 'Measured <case>',
      currency: 'GBP',
      version: 2,
      value,
      planned,
    });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('stays on one page with a long horizon and many complete months', async () => {
    const long = { ...CASE, horizonMonths: 60 };
    const measured = valueRealisation({
      input: long,
      programmeStart: '2022-01-01',
      asOf: '2026-04-03',
      actuals: ACTUALS,
    });
    const pdf = await valueReportPdf({
      name: 'Long',
      currency: 'EUR',
      version: 1,
      value: measured,
      planned: monthlyCashFlow({ model: resolveBusinessCase({ input: long }) }),
    });
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
