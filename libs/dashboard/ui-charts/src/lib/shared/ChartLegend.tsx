export type LegendItem = {
  key: string;
  label: string;
  color: string;
  /** How the item is drawn in the chart. */
  shape?: 'box' | 'line' | 'dashed';
  group?: string;
};

export type ChartLegendProps = {
  items: readonly LegendItem[];
};

/** What the colours and lines mean; items that share a group sit together. */
export function ChartLegend({ items }: ChartLegendProps) {
  const groups = [...new Set(items.map((item) => item.group ?? ''))];
  return (
    <div className="chart-legend">
      {groups.map((group) => (
        <div key={group || 'all'} className="chart-legend__group">
          {group ? (
            <span className="chart-legend__group-label">{group}</span>
          ) : null}
          <ul className="chart-legend__items">
            {items
              .filter((item) => (item.group ?? '') === group)
              .map((item) => (
                <li key={item.key} className="chart-legend__item">
                  <span
                    className={`chart-legend__swatch chart-legend__swatch--${item.shape ?? 'box'}`}
                    style={{ color: item.color }}
                    aria-hidden="true"
                  />
                  {item.label}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
