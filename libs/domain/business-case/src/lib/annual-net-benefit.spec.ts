import { annualNetBenefit } from './annual-net-benefit';

describe(annualNetBenefit.name, () => {
  it('is a full year at the target deflection (HR benchmark 0.68)', () => {
    // 12 × 1,000 × 0.68 × (12 / 60 × 40 − 0) = 12 × 1,000 × 0.68 × 8 = 65,280
    const result = annualNetBenefit({
      kind: 'HR',
      monthlyVolume: 1000,
      handlingMinutes: 12,
      loadedHourlyCost: 40,
    });
    expect(result.annualNetBenefit).toBeCloseTo(65280, 9);
    expect(result).toMatchObject({
      targetDeflection: 0.68,
      deflectionOrigin: 'BENCHMARK',
    });
  });

  it('takes an entered deflection and the residual cost per deflected request', () => {
    // 12 × 500 × 0.5 × (30 / 60 × 60 − 10) = 12 × 500 × 0.5 × 20 = 60,000
    const result = annualNetBenefit({
      kind: 'LEGAL',
      monthlyVolume: 500,
      handlingMinutes: 30,
      loadedHourlyCost: 60,
      targetDeflection: 0.5,
      residualCostPerDeflected: 10,
    });
    expect(result.annualNetBenefit).toBeCloseTo(60000, 9);
    expect(result.deflectionOrigin).toBe('ENTERED');
  });

  it('labels the 0.30 assumption for a kind without a benchmark', () => {
    // 12 × 100 × 0.30 × (6 / 60 × 50) = 12 × 100 × 0.3 × 5 = 1,800
    const result = annualNetBenefit({
      kind: 'FACILITIES',
      monthlyVolume: 100,
      handlingMinutes: 6,
      loadedHourlyCost: 50,
    });
    expect(result.annualNetBenefit).toBeCloseTo(1800, 9);
    expect(result.deflectionOrigin).toBe('ASSUMPTION');
  });

  it('takes the benchmark the organisation set for the department: a benchmark, not the assumption', () => {
    // Facilities at the organisation's 0.45: 12 × 100 × 0.45 × (6 / 60 × 50) = 12 × 100 × 0.45 × 5 = 2,700
    const result = annualNetBenefit({
      kind: 'FACILITIES',
      monthlyVolume: 100,
      handlingMinutes: 6,
      loadedHourlyCost: 50,
      benchmark: { target: 0.45, source: 'ORGANIZATION' },
    });
    expect(result.annualNetBenefit).toBeCloseTo(2700, 9);
    expect(result).toMatchObject({
      targetDeflection: 0.45,
      deflectionOrigin: 'BENCHMARK',
    });
  });

  it('never goes negative when a deflected request costs more than it saves', () => {
    const result = annualNetBenefit({
      kind: 'IT',
      monthlyVolume: 100,
      handlingMinutes: 6,
      loadedHourlyCost: 50,
      residualCostPerDeflected: 9,
    });
    expect(result.annualNetBenefit).toBe(0);
  });

  it('is 0 for a department with no volume', () => {
    expect(
      annualNetBenefit({
        kind: 'IT',
        monthlyVolume: 0,
        handlingMinutes: 6,
        loadedHourlyCost: 50,
      }).annualNetBenefit,
    ).toBe(0);
  });

  it.each([
    [{ monthlyVolume: -1 }, /monthlyVolume/],
    [{ handlingMinutes: Number.NaN }, /handlingMinutes/],
    [{ targetDeflection: 1.2 }, /targetDeflection/],
  ])('rejects %j', (override, message) => {
    expect(() =>
      annualNetBenefit({
        kind: 'IT',
        monthlyVolume: 100,
        handlingMinutes: 6,
        loadedHourlyCost: 50,
        ...override,
      }),
    ).toThrow(message);
  });
});
