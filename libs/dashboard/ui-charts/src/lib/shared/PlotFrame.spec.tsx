import { renderToStaticMarkup } from 'react-dom/server';
import { ChartDataTable } from './ChartDataTable';
import type { ActiveItemControls } from './useActiveItem';
import { PlotFrame, type PlotFrameProps } from './PlotFrame';

const idle: ActiveItemControls = {
  active: null,
  point: () => undefined,
  leave: () => undefined,
  keyboardProps: {
    onKeyDown: () => undefined,
    onFocus: () => undefined,
    onBlur: () => undefined,
  },
};

const props: PlotFrameProps = {
  title: 'Requests by channel',
  description: 'How many requests came through each channel.',
  containerRef: () => undefined,
  activeItem: idle,
  tooltip: null,
  plot: {
    width: 300,
    height: 104,
    margin: { top: 4, right: 20, bottom: 28, left: 52 },
    innerWidth: 228,
    innerHeight: 72,
  },
  table: { headers: ['Channel', 'Requests'], rows: [['Email', '1,180']] },
  axes: {
    bottom: { ticks: [{ value: 0, offset: 0, label: '0' }], grid: true },
  },
  children: <rect className="mark" />,
};

describe('PlotFrame', () => {
  it('draws the marks inside the margins, the axis under them and the baseline over them', () => {
    const html = renderToStaticMarkup(<PlotFrame {...props} baseline="left" />);
    expect(html).toContain('<svg class="chart__svg" role="img"');
    expect(html).toContain('viewBox="0 0 300 104"');
    expect(html).toContain('<g transform="translate(52,4)">');
    // The grid runs up the 72 px plot from the axis at its bottom.
    expect(html).toContain('<g class="chart-axis" transform="translate(0,72)"');
    expect(html).toContain('<line class="chart-axis__grid" y1="-72" y2="0">');
    const order = ['chart-axis"', 'class="mark"', 'chart-axis__baseline'];
    const at = order.map((text) => html.indexOf(text));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('carries the numbers as a hidden table captioned with the title', () => {
    const html = renderToStaticMarkup(
      <ChartDataTable caption={props.title} {...props.table} />,
    );
    expect(html).toContain('<div class="ui-visually-hidden"><table');
    expect(html).toContain('<caption>Requests by channel</caption>');
    expect(html).toContain('<th scope="row">Email</th><td>1,180</td>');
  });

  it('leaves the hidden table out of its first render: it follows once the chart is drawn', () => {
    // A first render is all that renderToStaticMarkup does; the browser
    // tests (maturity, actuals) read the table once the page has settled.
    const html = renderToStaticMarkup(<PlotFrame {...props} />);
    expect(html).toContain('class="mark"');
    expect(html).not.toContain('<table');
    expect(html).not.toContain('chart-legend');
    expect(html).not.toContain('chart-axis__baseline');
  });

  it('writes the axis titles and a legend when given', () => {
    const html = renderToStaticMarkup(
      <PlotFrame
        {...props}
        axes={{ ...props.axes, xTitle: 'NPV', yTitle: 'Runs' }}
        legend={[{ key: 'a', label: 'Requests', color: '#123456' }]}
      />,
    );
    // x title 44 px under the plot's centre; y title along the left edge.
    expect(html).toContain('x="114" y="116" text-anchor="middle">NPV</text>');
    expect(html).toContain('transform="translate(-38,36) rotate(-90)"');
    expect(html).toContain('chart-legend__item');
  });

  it('shows the empty state instead of the chart, or the frame without one', () => {
    const empty = <p className="muted">No requests.</p>;
    expect(
      renderToStaticMarkup(<PlotFrame {...props} isEmpty empty={empty} />),
    ).toBe('<p class="muted">No requests.</p>');
    expect(
      renderToStaticMarkup(<PlotFrame {...props} isEmpty empty={null} />),
    ).toBe('');
    expect(renderToStaticMarkup(<PlotFrame {...props} isEmpty />)).toContain(
      'chart__svg',
    );
  });
});
