import {
  radarLabelLines,
  radarLayout,
  sideLabelRoom,
  spokeAngle,
} from './radar-layout';

describe(spokeAngle.name, () => {
  it('starts at the top and turns clockwise', () => {
    expect(spokeAngle(0, 4)).toBeCloseTo(-Math.PI / 2, 12);
    expect(spokeAngle(1, 4)).toBeCloseTo(0, 12);
    expect(spokeAngle(2, 4)).toBeCloseTo(Math.PI / 2, 12);
  });
});

describe(sideLabelRoom.name, () => {
  it('is the longest label on one line when it takes at most 28 % of the width', () => {
    // "Governance": 10 × 6.96 → 70 px ≤ 0.28 × 400.
    expect(sideLabelRoom(['Process', 'Governance'], 400)).toBe(70);
  });

  it('is the widest two-line label otherwise, at most 30 % of the width', () => {
    // "Service ownership" (119 px) is over 0.28 × 300 = 84: two lines, 63 px.
    expect(sideLabelRoom(['Service ownership'], 300)).toBe(63);
    expect(sideLabelRoom(['Service ownership'], 200)).toBe(60);
  });
});

describe(radarLabelLines.name, () => {
  it('keeps a label that fits, wraps one that fits on two lines, else cuts it', () => {
    expect(radarLabelLines('Service ownership', 120)).toEqual([
      'Service ownership',
    ]);
    expect(radarLabelLines('Service ownership', 63)).toEqual([
      'Service',
      'ownership',
    ]);
    // 40 px: 5 characters, "ownership" never fits.
    expect(radarLabelLines('Service ownership', 40)).toEqual(['Serv…']);
  });
});

describe(radarLayout.name, () => {
  it('gives the circle what the labels leave, within the height cap', () => {
    // Four one-line labels of 70 px: side room 80 px; height 360 − 2 × 28 px.
    const layout = radarLayout(
      ['Governance', 'Governance', 'Governance', 'Governance'],
      600,
      360,
    );
    expect(layout.lines).toEqual([
      ['Governance'],
      ['Governance'],
      ['Governance'],
      ['Governance'],
    ]);
    expect(layout.radius).toBe(152);
    expect(layout.height).toBe(360);
  });

  it('keeps a 40 px radius in a narrow container', () => {
    expect(radarLayout(['A', 'B', 'C'], 60, 360).radius).toBe(40);
  });
});
