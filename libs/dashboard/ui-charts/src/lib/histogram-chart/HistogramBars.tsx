import { CHART_COLORS } from '../shared/chart-colors';
import type { HistogramChartModel } from './histogram-chart.model';

export type HistogramBarsProps = {
  bars: HistogramChartModel['bars'];
  activeKey: string | undefined;
  onPoint: (index: number) => void;
};

/** One bar per bin, the highlighted one darker. */
export function HistogramBars({
  bars,
  activeKey,
  onPoint,
}: HistogramBarsProps) {
  return bars.map((b, index) => (
    <rect
      key={b.key}
      className="histogram-bar"
      x={b.x}
      y={b.y}
      width={b.width}
      height={b.height}
      fill={activeKey === b.key ? CHART_COLORS.barActive : CHART_COLORS.bar}
      onPointerEnter={() => onPoint(index)}
    />
  ));
}
