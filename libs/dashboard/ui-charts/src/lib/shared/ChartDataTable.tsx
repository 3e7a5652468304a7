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
    // The wrapper hides the table: a table ignores the 1px width of the
    // visually-hidden class and would widen the page on narrow screens.
    <div className="ui-visually-hidden">
      <table data-testid="chart-data-table">
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
    </div>
  );
}
