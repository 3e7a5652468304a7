import { CHART_COLORS, contrastRatio, readableTextColor } from './chart-colors';

describe(contrastRatio.name, () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f5bd1', '#1f5bd1')).toBeCloseTo(1, 5);
  });

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio('#ffffff', '#1f5bd1')).toBeCloseTo(
      contrastRatio('#1f5bd1', '#ffffff'),
      10,
    );
  });
});

describe(readableTextColor.name, () => {
  it.each([
    ['#1f5bd1', CHART_COLORS.onDark],
    ['#0e7490', CHART_COLORS.onDark],
    ['#fbbf24', CHART_COLORS.text],
    ['#f0f3f7', CHART_COLORS.text],
  ])('picks %s → %s', (background, expected) => {
    expect(readableTextColor(background)).toBe(expected);
  });
});

describe('CHART_COLORS', () => {
  it('keeps bars and lines at 3:1 or more against the white card (WCAG 1.4.11)', () => {
    for (const color of [
      CHART_COLORS.bar,
      CHART_COLORS.barMuted,
      CHART_COLORS.line,
      CHART_COLORS.lineAlt,
      CHART_COLORS.reference,
    ]) {
      expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps axis text at 4.5:1 or more (WCAG 1.4.3)', () => {
    expect(
      contrastRatio(CHART_COLORS.textMuted, '#ffffff'),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
