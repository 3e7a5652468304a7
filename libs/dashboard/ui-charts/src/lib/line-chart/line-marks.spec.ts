import { scaleLinear } from 'd3-scale';
import {
  clamp,
  lineColumns,
  linePaths,
  type LinePlacement,
} from './line-marks';

// Three periods 50 px apart; values 0–1 on a 100 px high plot.
const placement: LinePlacement = {
  points: [
    { key: 'w1', date: '2026-01-05', label: 'W1', values: { a: 0.5, b: 0.25 } },
    { key: 'w2', date: '2026-01-12', label: 'W2', values: { a: null } },
    { key: 'w3', date: '2026-01-19', label: 'W3', values: { a: 2 } },
  ],
  xs: [0, 50, 100],
  y: scaleLinear().domain([0, 1]).range([100, 0]),
  yDomain: [0, 1],
};
const series = [
  { key: 'a', label: 'A', color: '#111111' },
  { key: 'b', label: 'B', color: '#222222', shape: 'square' as const },
];

describe(clamp.name, () => {
  it('keeps a value inside the domain', () => {
    expect(clamp(2, [0, 1])).toBe(1);
    expect(clamp(-1, [0, 1])).toBe(0);
    expect(clamp(0.4, [0, 1])).toBe(0.4);
  });
});

describe(linePaths.name, () => {
  it('breaks the line at a null and draws a value above the domain at its top', () => {
    expect(linePaths(series, placement)).toEqual([
      { key: 'a', color: '#111111', d: 'M0,50ZM100,0Z' },
      { key: 'b', color: '#222222', d: 'M0,75Z' },
    ]);
  });
});

describe(lineColumns.name, () => {
  it('spans each period half-way to its neighbours and marks its values', () => {
    const [w1, w2, w3] = lineColumns(series, placement, 100);
    expect([w1.bandX, w1.bandWidth]).toEqual([0, 25]);
    expect([w2.bandX, w2.bandWidth]).toEqual([25, 50]);
    expect([w3.bandX, w3.bandWidth]).toEqual([75, 25]);
    expect(w1.markers).toEqual([
      { seriesKey: 'a', color: '#111111', shape: 'circle', x: 0, y: 50 },
      { seriesKey: 'b', color: '#222222', shape: 'square', x: 0, y: 75 },
    ]);
    // The tooltip points at the highest marker; the plot top without any.
    expect(w1.anchorY).toBe(50);
    expect(w2.markers).toEqual([]);
    expect(w2.anchorY).toBe(0);
  });
});
