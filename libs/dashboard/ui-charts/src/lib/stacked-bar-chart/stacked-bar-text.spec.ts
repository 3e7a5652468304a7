import {
  stackedBarLines,
  stackedBarTableRow,
  stackedBarTitle,
} from './stacked-bar-text';

const segment = (seriesKey: string, label: string, share: number) => ({
  seriesKey,
  label,
  color: '#000000',
  textColor: '#ffffff',
  value: share * 40,
  share,
  x: 0,
  width: 0,
  inlineLabel: null,
});

// HR: 30 of 40 requests by email, 10 by portal, none by phone.
const hr = {
  label: 'HR',
  note: '62.1% informal',
  segments: [
    segment('email', 'Email', 0.75),
    segment('portal', 'Portal', 0.25),
  ],
};

describe(stackedBarTitle.name, () => {
  it('adds the note after a dot when the bar has one', () => {
    expect(stackedBarTitle(hr)).toBe('HR · 62.1% informal');
    expect(stackedBarTitle({ ...hr, note: null })).toBe('HR');
  });
});

describe(stackedBarLines.name, () => {
  it('lists each part with its share to one decimal', () => {
    expect(stackedBarLines(hr)).toEqual([
      { label: 'Email', value: '75.0%' },
      { label: 'Portal', value: '25.0%' },
    ]);
  });
});

describe(stackedBarTableRow.name, () => {
  it('gives every series a cell in series order, 0 % for one the bar lacks', () => {
    expect(
      stackedBarTableRow(hr, [
        { key: 'phone' },
        { key: 'portal' },
        { key: 'email' },
      ]),
    ).toEqual(['HR', '0.0%', '25.0%', '75.0%']);
  });
});
