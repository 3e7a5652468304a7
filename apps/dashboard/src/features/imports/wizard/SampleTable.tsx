import type { PreviewRow } from './preview-request';
import { ScrollRegion } from './ScrollRegion';

export type SampleTableProps = {
  /** The columns as a mapping names them (`Notes (2)` for a repeated header). */
  headers: readonly string[];
  rows: readonly PreviewRow[];
  caption: string;
};

/** The file's first rows as they are, each under its column's name. */
export function SampleTable({ headers, rows, caption }: SampleTableProps) {
  return (
    <ScrollRegion label={caption} testId="sample-table">
      <table className="ui-table wizard-table">
        <caption className="ui-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <th scope="row">{row.line}</th>
              {headers.map((header, index) => (
                <td key={header}>{row.cells[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
