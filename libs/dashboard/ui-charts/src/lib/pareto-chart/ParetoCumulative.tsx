import type { ParetoChartModel } from './pareto-chart.model';

export type ParetoCumulativeProps = {
  model: Pick<
    ParetoChartModel,
    'bars' | 'linePath' | 'threshold' | 'innerWidth'
  >;
  /** The highlighted category, whose point is drawn larger. */
  activeKey: string | undefined;
};

/** The dashed threshold line, and the cumulative share as a line with a point above each bar. */
export function ParetoCumulative({ model, activeKey }: ParetoCumulativeProps) {
  return (
    <>
      <line
        className="chart-threshold"
        x1={0}
        x2={model.innerWidth}
        y1={model.threshold.offset}
        y2={model.threshold.offset}
      />
      <path className="chart-line" d={model.linePath} />
      {model.bars.map((bar) => (
        <circle
          key={bar.key}
          className="chart-line__point"
          cx={bar.centerX}
          cy={bar.lineY}
          r={activeKey === bar.key ? 5 : 3.5}
        />
      ))}
    </>
  );
}
