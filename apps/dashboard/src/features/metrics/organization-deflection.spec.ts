import {
  deflectionBars,
  deflectionBenchmarkLabel,
  deflectionDescription,
  deflectionRateLabel,
  gapLabel,
  requestsLabel,
  type DepartmentDeflectionFields,
} from './organization-deflection';

function row(
  overrides: Partial<DepartmentDeflectionFields>,
): DepartmentDeflectionFields {
  return {
    department: { id: 'it', name: 'IT', kind: 'IT', vocabulary: 'ticket' },
    total: 262,
    deflected: 176,
    deflectionRate: 176 / 262,
    benchmark: { target: 0.75, source: 'PUBLISHED' },
    benchmarkIsAssumption: false,
    gapToBenchmark: 176 / 262 - 0.75,
    ...overrides,
  };
}

const LEGAL = row({
  department: {
    id: 'legal',
    name: 'Legal',
    kind: 'LEGAL',
    vocabulary: 'matter',
  },
  total: 0,
  deflected: 0,
  deflectionRate: null,
  benchmark: { target: 0.3, source: 'ASSUMPTION' },
  benchmarkIsAssumption: true,
  gapToBenchmark: null,
});

describe(deflectionRateLabel.name, () => {
  it('shows the rate with one decimal: 176 / 262 = 67.2%', () => {
    expect(deflectionRateLabel(row({}))).toBe('67.2%');
  });

  it('says "no requests" rather than 0% when none were opened', () => {
    expect(deflectionRateLabel(LEGAL)).toBe('no requests');
  });

  it('shows a real 0% when requests came in and none were deflected', () => {
    expect(deflectionRateLabel(row({ deflected: 0, deflectionRate: 0 }))).toBe(
      '0.0%',
    );
  });
});

describe(requestsLabel.name, () => {
  it('counts in the department’s word', () => {
    expect(requestsLabel(row({ total: 1261 }))).toBe('1,261 tickets');
    expect(requestsLabel(row({ total: 1 }))).toBe('1 ticket');
    expect(requestsLabel(LEGAL)).toBe('0 matters');
  });
});

describe(deflectionBenchmarkLabel.name, () => {
  it('says where the figure comes from', () => {
    expect(deflectionBenchmarkLabel(row({}))).toBe('75% (published)');
    expect(
      deflectionBenchmarkLabel(
        row({ benchmark: { target: 0.6, source: 'ORGANIZATION' } }),
      ),
    ).toBe('60% (set by the organisation)');
    expect(deflectionBenchmarkLabel(LEGAL)).toBe('30% (assumed)');
  });
});

describe(gapLabel.name, () => {
  it('is in signed percentage points: 0.6718 − 0.75 = −7.8 pts', () => {
    expect(gapLabel(176 / 262 - 0.75)).toBe('−7.8 pts');
    expect(gapLabel(0.05)).toBe('+5.0 pts');
  });

  it('has no sign at zero, and a dash without a rate', () => {
    expect(gapLabel(0)).toBe('0.0 pts');
    expect(gapLabel(-0.0001)).toBe('0.0 pts');
    expect(gapLabel(null)).toBe('—');
  });
});

describe(deflectionBars.name, () => {
  it('makes one bar per department, none drawn without requests', () => {
    expect(deflectionBars([row({}), LEGAL])).toEqual([
      {
        key: 'it',
        label: 'IT',
        value: 176 / 262,
        valueLabel: '67.2%',
        target: 0.75,
        targetLabel: '75% (published)',
        assumed: false,
      },
      {
        key: 'legal',
        label: 'Legal',
        value: null,
        valueLabel: 'no requests',
        target: 0.3,
        targetLabel: '30% (assumed)',
        assumed: true,
      },
    ]);
  });
});

describe(deflectionDescription.name, () => {
  it('says how many departments with requests meet their benchmark, and the assumptions', () => {
    const hr = row({
      department: { id: 'hr', name: 'HR', kind: 'HR', vocabulary: 'case' },
      deflectionRate: 0.5,
      gapToBenchmark: 0.05,
    });
    expect(
      deflectionDescription(
        'Acme',
        [row({}), hr, LEGAL],
        '2026-06-01',
        '2026-11-29',
      ),
    ).toMatch(
      /^Deflection rate of each of Acme’s departments from .+, from 0% to 100%, with a marker at its benchmark\. 1 of 2 departments with requests meet their benchmark; 1 benchmark is an assumption, drawn dashed\.$/,
    );
  });
});
