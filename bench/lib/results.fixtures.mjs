// Catalogue entries the results specs share (results.spec.mjs,
// results-table.spec.mjs): a ratio with a first-step target, and a time.

/** `a.ratio`: ≤ 1.3× (first ≤ 2×), two decimals. */
export const ratioFigure = (label) => ({
  id: 'a.ratio',
  label,
  unit: '×',
  decimals: 2,
  target: {
    comparison: '≤',
    value: 1.3,
    first: { comparison: '≤', value: 2 },
  },
});

/** `b.ms`: milliseconds against 400 with `comparison`, whole numbers. */
export const timeFigure = (label, comparison) => ({
  id: 'b.ms',
  label,
  unit: 'ms',
  decimals: 0,
  target: { comparison, value: 400 },
});
