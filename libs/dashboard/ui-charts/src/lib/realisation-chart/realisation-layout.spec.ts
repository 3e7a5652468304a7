import { realisationLayout } from './realisation-layout';

const month = (m: number, benefit: number, cumulative: number) => ({
  month: m,
  plannedBenefit: benefit,
  realisedBenefit: null,
  plannedCumulative: cumulative,
  forecastCumulative: cumulative,
});

describe(realisationLayout.name, () => {
  // 600 × 420 px: a 520 × 364 px plot; the bars take 42 % of 364 − 28.
  const layout = realisationLayout(
    [month(0, 0, -100), month(6, 40, -40), month(12, 30, 20)],
    600,
    420,
  );

  it('stacks the bars over a 28 px gap over the lines', () => {
    expect(layout.innerWidth).toBe(520);
    expect(layout.barsHeight).toBe(141);
    expect(layout.linesTop).toBe(169);
    expect(layout.linesHeight).toBe(195);
  });

  it('runs the months 0..horizon across the width', () => {
    expect(layout.horizon).toBe(12);
    expect(layout.monthWidth).toBeCloseTo(520 / 12, 12);
    expect(layout.x(6)).toBe(260);
  });

  it('scales the bars from 0 and the lines around zero', () => {
    // Bars 0–40: 20 is half way up the 141 px panel.
    expect(layout.yBars(20)).toBe(70.5);
    // Lines −100…20 (already nice at steps of 20): zero is 1/6 down from the top.
    expect(layout.yLines.domain()).toEqual([-100, 20]);
    expect(layout.yLines(0)).toBe(201.5);
  });

  it('keeps zero and a one-unit range when every cumulative is 0', () => {
    const flat = realisationLayout([month(0, 0, 0)], 600, 420);
    expect(flat.horizon).toBe(1);
    expect(flat.yLines.domain()).toEqual([0, 1]);
    expect(flat.yBars.domain()).toEqual([0, 1]);
  });
});
