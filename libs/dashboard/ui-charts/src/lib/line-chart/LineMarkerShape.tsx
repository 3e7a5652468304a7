import type { LineMarker } from './line-chart.model';

export type LineMarkerShapeProps = {
  marker: LineMarker;
  /** Drawn larger when its period is highlighted. */
  active: boolean;
};

/** A point of a line: circle, square or diamond, so series differ by shape too. */
export function LineMarkerShape({ marker, active }: LineMarkerShapeProps) {
  const r = active ? 5 : 3.5;
  const common = {
    className: 'chart-marker',
    stroke: marker.color,
    fill: active ? marker.color : '#ffffff',
  };
  if (marker.shape === 'square') {
    return (
      <rect
        {...common}
        x={marker.x - r}
        y={marker.y - r}
        width={r * 2}
        height={r * 2}
      />
    );
  }
  if (marker.shape === 'diamond') {
    const d = r * 1.3;
    return (
      <path
        {...common}
        d={`M${marker.x},${marker.y - d}L${marker.x + d},${marker.y}L${marker.x},${marker.y + d}L${marker.x - d},${marker.y}Z`}
      />
    );
  }
  return <circle {...common} cx={marker.x} cy={marker.y} r={r} />;
}
