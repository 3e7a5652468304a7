import {
  estimateTextWidth,
  truncateText,
  twoLineWidth,
  wrapText,
} from '../shared/text-layout';

export const LABEL_GAP = 10;
const LABEL_SPACE = 28;
export const LINE_HEIGHT = 14;
const MIN_RADIUS = 40;

/** Side labels' room: the longest label on one line when it takes at most 28 % of the width, else on two lines (at most 30 %). */
export function sideLabelRoom(
  labels: readonly string[],
  width: number,
): number {
  const oneLine = Math.max(
    0,
    ...labels.map((label) => estimateTextWidth(label)),
  );
  if (oneLine <= width * 0.28) return oneLine;
  return Math.min(Math.max(0, ...labels.map(twoLineWidth)), width * 0.3);
}

/** A label as drawn in `room`: one line, two, or one cut with an ellipsis. */
export function radarLabelLines(label: string, room: number): string[] {
  if (estimateTextWidth(label) <= room) return [label];
  return wrapText(label, room, 2) ?? [truncateText(label, room)];
}

/** The angle of spoke `index` of `count`, clockwise from the top (radians). */
export function spokeAngle(index: number, count: number): number {
  return (2 * Math.PI * index) / Math.max(1, count) - Math.PI / 2;
}

export type RadarLayout = {
  /** Each axis's label as drawn, in axis order. */
  lines: string[][];
  radius: number;
  height: number;
};

/**
 * The radar's size: the side labels' room on the left and right, the top
 * and bottom labels' lines above and below, and the largest circle left
 * (at least 40 px) in `width` × at most `maxHeight`.
 */
export function radarLayout(
  labels: readonly string[],
  width: number,
  maxHeight: number,
): RadarLayout {
  const labelRoom = sideLabelRoom(labels, width) + LABEL_GAP;
  // Top and bottom labels are centred and may use half the width; the others their side's room.
  const lines = labels.map((label, index) =>
    radarLabelLines(
      label,
      Math.abs(Math.cos(spokeAngle(index, labels.length))) < 0.2
        ? width / 2
        : labelRoom - LABEL_GAP,
    ),
  );
  const labelSpace =
    LABEL_SPACE +
    (Math.max(1, ...lines.map((drawn) => drawn.length)) - 1) * LINE_HEIGHT;
  const radius = Math.max(
    MIN_RADIUS,
    Math.min((width - 2 * labelRoom) / 2, (maxHeight - 2 * labelSpace) / 2),
  );
  return { lines, radius, height: Math.round(2 * radius + 2 * labelSpace) };
}
