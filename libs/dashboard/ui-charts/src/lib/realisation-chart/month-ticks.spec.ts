import { monthTicks } from './month-ticks';

const x = (month: number) => month * 10;

describe(monthTicks.name, () => {
  it.each([
    // 480 px: 10 labels fit, 12 months → every 2nd.
    [12, 480, [0, 2, 4, 6, 8, 10, 12]],
    // 120 px: 2 labels fit → every 6th.
    [12, 120, [0, 6, 12]],
    // 3 months on 120 px: 2 fit → every 2nd, month 3 unlabelled.
    [3, 120, [0, 2]],
    // Past 24 months a step is used as it is.
    [60, 100, [0, 30, 60]],
  ])('labels %i months on %i px at %j', (horizon, width, months) => {
    const ticks = monthTicks(horizon, x, width);
    expect(ticks.map((tick) => tick.value)).toEqual(months);
    expect(ticks.map((tick) => tick.offset)).toEqual(months.map(x));
    expect(ticks.map((tick) => tick.label)).toEqual(months.map(String));
  });
});
