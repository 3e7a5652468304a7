export type HoverStrip = {
  key: string | number;
  /** Left edge and width in plot coordinates; the strip is at least 1 px wide. */
  x: number;
  width: number;
};

export type HoverStripsProps = {
  strips: readonly HoverStrip[];
  /** How far down from the plot's top the strips reach. */
  height: number;
  onPoint: (index: number) => void;
};

/**
 * Invisible full-height strips, one per point of a line (a month), so the
 * pointer highlights the point whose span it is over, not only the dot.
 */
export function HoverStrips({ strips, height, onPoint }: HoverStripsProps) {
  return strips.map((strip, index) => (
    <rect
      key={strip.key}
      x={strip.x}
      y={0}
      width={Math.max(1, strip.width)}
      height={height}
      fill="transparent"
      onPointerEnter={() => onPoint(index)}
    />
  ));
}
