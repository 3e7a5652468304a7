import { tooltipText } from './tooltip-text';

describe(tooltipText.name, () => {
  it('reads the title and every line as one sentence', () => {
    expect(
      tooltipText({
        title: 'Form',
        lines: [
          { label: 'Requests', value: '1,180' },
          { label: 'Share', value: '60.8%' },
        ],
        anchor: { x: 0, y: 0 },
      }),
    ).toBe('Form: Requests 1,180, Share 60.8%.');
  });

  it('is the title alone without lines, and empty without content', () => {
    expect(
      tooltipText({ title: 'HR', lines: [], anchor: { x: 0, y: 0 } }),
    ).toBe('HR.');
    expect(tooltipText(null)).toBe('');
  });
});
