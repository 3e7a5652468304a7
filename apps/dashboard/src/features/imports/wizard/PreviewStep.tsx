import type { ColumnMappingFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { CheckboxField, SelectField } from '@esm-planner/dashboard-ui';
import { formatCount } from '../../formatting/format';
import { mappingFit, type KnownMapping } from './column-suggestions';
import type { FilePreview } from './preview-request';
import { SampleTable } from './SampleTable';

export type PreviewStepProps = {
  preview: FilePreview;
  partial: boolean;
  mappings: readonly ColumnMappingFieldsFragment[];
  known: readonly KnownMapping[];
  kind: string;
  startedFrom: string;
  onStartFrom: (id: string) => void;
  eventLog: boolean;
  onEventLog: (enabled: boolean) => void;
};

/** The file's first rows under the detected headers, and what the mapping starts from. */
export function PreviewStep({
  preview,
  partial,
  mappings,
  known,
  kind,
  startedFrom,
  onStartFrom,
  eventLog,
  onEventLog,
}: PreviewStepProps) {
  const options = mappings
    .map((mapping, index) => ({
      mapping,
      fit: mappingFit(known[index], preview.headers),
    }))
    .filter(({ mapping }) => mapping.kind === kind)
    .sort((a, b) => b.fit.found - a.fit.found)
    .map(({ mapping, fit }) => ({
      value: mapping.id,
      label: `${mapping.builtIn ? `A copy of ${mapping.name}` : mapping.name} (${fit.found} of ${fit.named} ${fit.named === 1 ? 'column' : 'columns'} found)`,
    }));
  const rows = `${formatCount(preview.rowsInFile)} ${preview.rowsInFile === 1 ? 'row' : 'rows'}`;
  return (
    <div className="wizard-step">
      <p>
        {partial
          ? `The file is large: the wizard reads its first part, ${rows}. The import reads all of it.`
          : `The file has ${rows} and ${preview.headers.length} columns.`}{' '}
        Repeated column names get a number: the second “Notes” is “Notes (2)”.
      </p>
      <SelectField
        label="Start from"
        name="startFrom"
        value={startedFrom}
        options={[
          { value: '', label: 'Suggestions from the column names' },
          ...options,
        ]}
        hint="A saved mapping is changed when you save; a built-in one is copied."
        onChange={onStartFrom}
      />
      {kind === 'REQUESTS' ? (
        <CheckboxField
          label="Each row is one event of a request (an event log)"
          name="eventLogFromPreview"
          checked={eventLog}
          hint="Several rows share a request’s id, one per status change: the Event log step builds each request from its events."
          onChange={onEventLog}
        />
      ) : null}
      <SampleTable
        headers={preview.headers}
        rows={preview.sampleRows}
        caption={`The first ${preview.sampleRows.length} rows of the file`}
      />
    </div>
  );
}
