import { mulberry32, triangular } from './random';

describe(mulberry32.name, () => {
  // The first draws, from the reference script's own mulberry32 on Python
  // integers (libs/domain/business-case/scripts/reference_model.py).
  it.each([
    [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522]],
    [42, [0.6011037519201636, 0.44829055899754167, 0.8524657934904099]],
  ])('seed %d starts %j', (seed, expected) => {
    const random = mulberry32({ seed });
    expect([random(), random(), random()]).toEqual(expected);
  });

  it.each([0, 1, 2, 3, 299_997])(
    'skips %d draws at once, landing where drawing them would',
    (skip) => {
      const drawn = mulberry32({ seed: 2026 });
      for (let k = 0; k < skip; k += 1) drawn();
      const jumped = mulberry32({ seed: 2026, skip });
      expect([jumped(), jumped()]).toEqual([drawn(), drawn()]);
    },
  );

  it('stays in [0, 1) and averages about 1/2', () => {
    const random = mulberry32({ seed: 7 });
    let sum = 0;
    for (let k = 0; k < 10_000; k += 1) {
      const u = random();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});

describe(triangular.name, () => {
  // (min −0.3, mode 0, max 0.2): F(mode) = 0.3 / 0.5 = 0.6.
  it.each([
    [0, -0.3],
    // below the mode: −0.3 + √(0.15 × 0.5 × 0.3) = −0.3 + 0.15 = −0.15
    [0.15, -0.15],
    [0.6, 0],
    // above: 0.2 − √((1 − 0.8) × 0.5 × 0.2) = 0.2 − √0.02 = 0.0585786…
    [0.8, 0.2 - Math.sqrt(0.02)],
    [1, 0.2],
  ])('u = %d → %d', (u, expected) => {
    expect(triangular({ min: -0.3, mode: 0, max: 0.2, u })).toBeCloseTo(
      expected,
      12,
    );
  });

  it('returns the mode of a degenerate distribution', () => {
    expect(triangular({ min: 1, mode: 1, max: 1, u: 0.3 })).toBe(1);
  });

  it('has mean (min + mode + max) / 3', () => {
    const random = mulberry32({ seed: 11 });
    let sum = 0;
    for (let k = 0; k < 20_000; k += 1) {
      sum += triangular({ min: -0.3, mode: 0, max: 0.2, u: random() });
    }
    expect(sum / 20_000).toBeCloseTo(-0.1 / 3, 2);
  });
});
