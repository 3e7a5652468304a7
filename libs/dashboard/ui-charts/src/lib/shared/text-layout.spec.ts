import {
  charsThatFit,
  estimateTextWidth,
  truncateText,
  twoLineWidth,
  wrapText,
} from './text-layout';

describe(estimateTextWidth.name, () => {
  it('grows with the number of characters and the font size', () => {
    expect(estimateTextWidth('Email', 12)).toBe(35);
    expect(estimateTextWidth('Email', 24)).toBe(70);
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('counts a character outside the BMP once', () => {
    expect(estimateTextWidth('😀')).toBe(estimateTextWidth('a'));
  });
});

describe(charsThatFit.name, () => {
  it('is the number of average characters in the width', () => {
    expect(charsThatFit(70, 12)).toBe(10);
    expect(charsThatFit(-5, 12)).toBe(0);
  });
});

describe(truncateText.name, () => {
  it('keeps text that fits', () => {
    expect(truncateText('Onboarding', 100)).toBe('Onboarding');
  });

  it('ends shortened text with an ellipsis inside the width', () => {
    const result = truncateText('Benefits enrolment', 70);
    expect(result).toBe('Benefits…');
    expect(estimateTextWidth(result)).toBeLessThanOrEqual(70);
  });

  it('is a lone ellipsis when almost nothing fits', () => {
    expect(truncateText('Payslip query', 5)).toBe('…');
  });
});

describe(wrapText.name, () => {
  it('puts words on as few lines as fit', () => {
    expect(wrapText('Benefits enrolment', 70, 2)).toEqual([
      'Benefits',
      'enrolment',
    ]);
    expect(wrapText('PTO question', 100, 2)).toEqual(['PTO question']);
  });

  it('gives up when a word is wider than a line', () => {
    expect(wrapText('Offboarding', 40, 3)).toBeNull();
  });

  it('gives up when it needs more lines than allowed', () => {
    expect(wrapText('a bb cc dd ee', 20, 2)).toBeNull();
  });

  it('wraps empty text to no lines', () => {
    expect(wrapText('  ', 50, 2)).toEqual([]);
  });
});

describe(twoLineWidth.name, () => {
  it('is the longest word when that already gives two lines', () => {
    // "ownership": 9 × 6.96 px → 63 px, 9 characters a line.
    expect(twoLineWidth('Service ownership')).toBe(63);
  });

  it('grows 6 px at a time from the longest word until two lines do', () => {
    // From "self-service" (84 px) up: two greedy lines need 20 characters
    // ("Knowledge management" / "and self-service"), first at 144 px.
    expect(twoLineWidth('Knowledge management and self-service')).toBe(144);
  });
});
