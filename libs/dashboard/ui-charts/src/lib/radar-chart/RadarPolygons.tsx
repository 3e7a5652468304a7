import type { RadarChartModel } from './radar-chart.model';

export type RadarPolygonsProps = {
  polygons: RadarChartModel['polygons'];
  activeIndex: number | null;
  onPoint: (index: number) => void;
};

/**
 * A polygon per series with a point per value (none where it is missing);
 * overlays first, so the main series is drawn on top.
 */
export function RadarPolygons({
  polygons,
  activeIndex,
  onPoint,
}: RadarPolygonsProps) {
  return [...polygons].reverse().map((polygon) => (
    <g
      key={polygon.key}
      className="chart-radar-series"
      data-series={polygon.key}
    >
      <path
        d={polygon.d}
        fill={polygon.dashed ? 'none' : polygon.color}
        fillOpacity={polygon.dashed ? 0 : 0.18}
        stroke={polygon.color}
        strokeWidth={2}
        strokeDasharray={polygon.dashed ? '6 4' : undefined}
      />
      {polygon.points.map((point, index) =>
        point.value === null ? null : (
          <circle
            key={point.axisKey}
            cx={point.x}
            cy={point.y}
            r={index === activeIndex ? 5 : 3.5}
            fill={polygon.dashed ? '#ffffff' : polygon.color}
            stroke={polygon.color}
            onPointerEnter={() => onPoint(index)}
          />
        ),
      )}
    </g>
  ));
}
