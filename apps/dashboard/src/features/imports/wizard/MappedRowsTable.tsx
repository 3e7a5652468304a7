import { targetField, type ImportKind } from '@esm-planner/domain-imports';
import { errorPlace } from '../import-labels';
import { fieldLabel } from './field-labels';
import type { FilePreview } from './preview-request';
import { ScrollRegion } from './ScrollRegion';
import { storedValueText } from './value-targets';

export type MappedRowsTableProps = {
  kind: ImportKind;
  preview: FilePreview;
  eventLog: boolean;
};

/** The first rows (an event log: the requests their events make) as the import will read them, and what it cannot read. */
export function MappedRowsTable({
  kind,
  preview,
  eventLog,
}: MappedRowsTableProps) {
  const caption = eventLog
    ? 'The first requests as the import will build them'
    : 'The first rows as the import will read them';
  return (
    <>
      <ScrollRegion label={caption} testId="mapped-rows">
        <table className="ui-table wizard-table">
          <caption className="wizard-table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{eventLog ? 'Last event on line' : 'Line'}</th>
              {preview.mappedFields.map((field) => (
                <th key={field} scope="col">
                  {fieldLabel(kind, field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.mappedRows.map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                {row.values.map((value, index) => (
                  <td key={preview.mappedFields[index]}>
                    {storedValueText(
                      targetField(kind, preview.mappedFields[index]),
                      value,
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {preview.problems.length > 0 ? (
        <div className="wizard-problems" data-testid="mapped-problems">
          <h4>What the import cannot read in these rows</h4>
          <ul>
            {preview.problems.map((problem) => (
              <li key={`${problem.line}:${problem.column}:${problem.message}`}>
                {errorPlace(problem.line, problem.column)}: {problem.message}
                {problem.value ? ` (“${problem.value}”)` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted">The first rows read without a problem.</p>
      )}
    </>
  );
}
