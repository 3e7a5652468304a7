import { tornadoChartModel } from './tornado-chart.model';

describe(tornadoChartModel.name, () => {
  it('draws each bar from the base value to the outcome, on either side', () => {
    // Base 100; volume 80..120, platform cost 110..90 (a lower cost is better).
    const model = tornadoChartModel({
      data: [
        { key: 'VOLUME', label: 'Volume', low: 80, high: 120 },
        { key: 'PLATFORM_COST', label: 'Platform cost', low: 110, high: 90 },
      ],
      base: 100,
      // Label column 103 px ("Platform cost": 13 × 12 px × 0.58 ≈ 91, plus 12), right margin 24:
      // inner width 400, domain 80..120 → 10 px per unit.
      width: 527,
    });
    expect(model.baseX).toBe(200);
    const [volume, platform] = model.rows;
    expect(volume.lowBar).toMatchObject({ x: 0, width: 200 });
    expect(volume.highBar).toMatchObject({ x: 200, width: 200 });
    expect(platform.lowBar).toMatchObject({ x: 200, width: 100 });
    expect(platform.highBar).toMatchObject({ x: 100, width: 100 });
    expect(platform.y).toBeGreaterThan(volume.y);
  });

  it('gives long labels a second line on a phone instead of cutting them', () => {
    const data = [
      {
        key: 'TARGET_DEFLECTION',
        label: 'Target deflection',
        low: 80,
        high: 120,
      },
      { key: 'VOLUME', label: 'Volume', low: 90, high: 110 },
    ];
    // Desktop: "Target deflection" (17 × 6.96 ≈ 119 px + 12) fits on one line in 40 % of 700.
    expect(
      tornadoChartModel({ data, base: 100, width: 700 }).rows[0].labelLines,
    ).toEqual(['Target deflection']);
    // Phone, 300 px: 131 px is more than 40 % (120); on two lines "deflection" (70 px) sets the column.
    const phone = tornadoChartModel({ data, base: 100, width: 300 });
    expect(phone.margin.left).toBe(82);
    expect(phone.rows.map((row) => row.labelLines)).toEqual([
      ['Target', 'deflection'],
      ['Volume'],
    ]);
  });
});
