import { scaleLinear } from 'd3-scale';
import { fittingTicks, labelsFit } from './axis-ticks';

const money = (value: number) =>
  `£${new Intl.NumberFormat('en-GB').format(value)}`;

describe(fittingTicks.name, () => {
  it('keeps d3’s ticks when their labels fit', () => {
    // 0..6,000,000 over 600 px: ticks every 1,000,000 are 100 px apart; "£6,000,000" is 10 × 12 × 0.58 ≈ 70 px.
    const ticks = fittingTicks(
      scaleLinear().domain([0, 6_000_000]).range([0, 600]),
      6,
      money,
    );
    expect(ticks.map((t) => t.value)).toEqual([
      0, 1e6, 2e6, 3e6, 4e6, 5e6, 6e6,
    ]);
  });

  it('takes fewer ticks on a phone so that no two labels overlap', () => {
    // The same axis over 240 px: 1,000,000 apart would be 40 px; 2,000,000 apart is 80 px ≥ 70 + 8.
    const ticks = fittingTicks(
      scaleLinear().domain([0, 6_000_000]).range([0, 240]),
      6,
      money,
    );
    expect(ticks.map((t) => t.value)).toEqual([0, 2e6, 4e6, 6e6]);
    expect(labelsFit(ticks)).toBe(true);
    // At 230 px the 77 px between those would be too tight: one step further, 5,000,000 apart.
    expect(
      fittingTicks(
        scaleLinear().domain([0, 6_000_000]).range([0, 230]),
        6,
        money,
      ).map((t) => t.value),
    ).toEqual([0, 5e6]);
  });

  it('leaves out values the axis cannot show, such as a fractional month', () => {
    const ticks = fittingTicks(
      scaleLinear().domain([0, 3]).range([0, 300]),
      12,
      String,
      { accept: Number.isInteger },
    );
    expect(ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
  });
});
