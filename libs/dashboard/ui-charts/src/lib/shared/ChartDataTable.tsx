export type ChartDataTableProps = {
  caption: string;
  headers: readonly string[];
  /** Cells as displayed; the first names the row. */
  rows: ReadonlyArray<readonly string[]>;
};

/** The chart's numbers as a table, for screen readers only. */
export function ChartDataTable({
  caption,
  headers,
  rows,
}: ChartDataTableProps) {
  return (
    <table className="ui-visually-hidden" data-testid="chart-data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest], rowIndex) => (
          <tr key={`${rowIndex}-${first}`}>
            <th scope="row">{first}</th>
            {rest.map((cell, cellIndex) => (
              <td key={headers[cellIndex + 1] ?? cellIndex}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
