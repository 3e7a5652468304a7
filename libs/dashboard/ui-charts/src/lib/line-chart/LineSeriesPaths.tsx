import type { LinePathModel } from './line-chart.model';

export type LineSeriesPathsProps = {
  paths: readonly LinePathModel[];
};

/** A line per series, broken where a period has no value. */
export function LineSeriesPaths({ paths }: LineSeriesPathsProps) {
  return paths.map((path) => (
    <path
      key={path.key}
      className="chart-series"
      d={path.d}
      stroke={path.color}
    />
  ));
}
