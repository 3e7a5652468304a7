import { paybackHoverStrips } from './payback-hover-strips';

const dot = (month: number, x: number) => ({
  month,
  x,
  y: 0,
  cumulative: 0,
  label: '',
});

describe(paybackHoverStrips.name, () => {
  it('centres a month-wide strip on each point', () => {
    // Months 0–2 on a 100 px plot: 50 px apart.
    expect(
      paybackHoverStrips([dot(0, 0), dot(1, 50), dot(2, 100)], 100),
    ).toEqual([
      { key: 0, x: -25, width: 50 },
      { key: 1, x: 25, width: 50 },
      { key: 2, x: 75, width: 50 },
    ]);
  });

  it('gives a single month the whole plot', () => {
    expect(paybackHoverStrips([dot(0, 60)], 120)).toEqual([
      { key: 0, x: 0, width: 120 },
    ]);
  });
});
