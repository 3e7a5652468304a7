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
      width: 574, // inner width 400: domain 80..120 → 10 px per unit
    });
    expect(model.baseX).toBe(200);
    const [volume, platform] = model.rows;
    expect(volume.lowBar).toMatchObject({ x: 0, width: 200 });
    expect(volume.highBar).toMatchObject({ x: 200, width: 200 });
    expect(platform.lowBar).toMatchObject({ x: 200, width: 100 });
    expect(platform.highBar).toMatchObject({ x: 100, width: 100 });
    expect(platform.y).toBeGreaterThan(volume.y);
  });
});
