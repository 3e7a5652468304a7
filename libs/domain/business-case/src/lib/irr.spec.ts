import {
  internalRateOfReturn,
  monthlyIrrRoots,
  presentValueAt,
  signChanges,
} from './irr';

describe(internalRateOfReturn.name, () => {
  // Independent figures: libs/domain/business-case/scripts/reference_model.py
  // bisects Σ net(m)/(1+i)^m on [−0.95, 5] (200 halvings) and checks the root
  // with a Newton step; a spreadsheet's =(1+IRR(flows))^12−1 gives the same.
  //   [−100, 110]                          monthly 0.1 → annual 1.1^12 − 1 = 2.138428376721003
  //   tiny case [−7900, −2000, −200, 1600, 3400 × 3]
  //                                        monthly 0.03535983842721413 → annual 0.517384964679175
  //   [−1000] + 12 × 1500 (pays back inside month 1)
  //                                        monthly 1.499974831135504 → annual 59596.44430420731
  it.each([
    ['one month at 10 %', [-100, 110], 2.138428376721003],
    [
      'the tiny case',
      [-7_900, -2_000, -200, 1_600, 3_400, 3_400, 3_400],
      0.517384964679175,
    ],
  ])('%s', (_, net, expected) => {
    expect(internalRateOfReturn({ net })).toBeCloseTo(expected, 9);
  });

  it('finds the rate of flows that pay back within the first month', () => {
    const net = [-1_000, ...Array<number>(12).fill(1_500)];
    const irr = internalRateOfReturn({ net })!;
    // A relative check: the annual figure is in the tens of thousands.
    expect(irr / 59596.44430420731 - 1).toBeLessThan(1e-9);
    expect(monthlyIrrRoots({ net })[0]).toBeCloseTo(1.499974831135504, 11);
  });

  it.each([
    ['all outflows', [-100, -10, -10]],
    ['all inflows', [100, 10, 10]],
    ['all zero', [0, 0, 0]],
    // 600 % a month is above the 500 % end of the interval.
    ['a monthly rate above 5', [-100, 700]],
  ])('is null with no sign change on [−0.95, 5]: %s', (_, net) => {
    expect(internalRateOfReturn({ net })).toBeNull();
  });

  it('makes the present value 0 at the monthly root', () => {
    const net = [-135_000, -15_000, -15_000, -4_000, 7_000, 18_000, 33_782.8];
    const [root] = monthlyIrrRoots({ net });
    expect(Math.abs(presentValueAt({ net, monthlyRate: root }))).toBeLessThan(
      1e-6,
    );
  });

  it('is 0 for flows that only get the money back', () => {
    expect(internalRateOfReturn({ net: [-1_000, 500, 500] })).toBeCloseTo(
      0,
      10,
    );
  });

  it('returns the root nearest 0 when there are two', () => {
    // −100 + 230x − 132x² with x = 1/(1+i) has roots x = 10/11 and 5/6:
    // i = 0.1 and i = 0.2.
    const net = [-100, 230, -132];
    expect(monthlyIrrRoots({ net }).map((r) => Number(r.toFixed(9)))).toEqual([
      0.1, 0.2,
    ]);
    expect(internalRateOfReturn({ net })).toBeCloseTo(Math.pow(1.1, 12) - 1, 9);
  });
});

describe(signChanges.name, () => {
  it.each([
    [[-1, 1, 1], 1],
    [[-1, 0, 1], 1],
    [[-1, 2, -3], 2],
    [[1, 1], 0],
    [[], 0],
  ])('%j → %d', (net, expected) => {
    expect(signChanges({ net })).toBe(expected);
  });
});
