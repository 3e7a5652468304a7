import { rgb } from 'd3-color';

/** The charts' fixed colours (the design tokens' values, for SVG fills). */
export const CHART_COLORS = {
  bar: '#1f5bd1',
  barMuted: '#6b8fd9',
  barActive: '#1849ab',
  line: '#b54708',
  /** A third series colour (green), for line charts with three series. */
  lineAlt: '#0e7a4f',
  /** Fill of a shaded band, e.g. a stability floor (a tint, not a mark). */
  band: '#dcebe3',
  reference: '#525d6b',
  grid: '#e3e8ef',
  text: '#18212d',
  textMuted: '#525d6b',
  onDark: '#ffffff',
} as const;

// WCAG 2 relative luminance of an sRGB colour.
function luminance(color: string): number {
  const { r, g, b } = rgb(color);
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Dark or white text, whichever reads better on `background`. */
export function readableTextColor(background: string): string {
  return contrastRatio(background, CHART_COLORS.text) >=
    contrastRatio(background, CHART_COLORS.onDark)
    ? CHART_COLORS.text
    : CHART_COLORS.onDark;
}
