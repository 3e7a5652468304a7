import { useEffect, useState } from 'react';
import type { ImportKind } from '@esm-planner/domain-imports';
import {
  Button,
  CheckboxField,
  ErrorBanner,
  Icon,
  LoadingState,
  TextField,
} from '@esm-planner/dashboard-ui';
import { MappedRowsTable } from './MappedRowsTable';
import { describeErrors } from './mapping-problems';
import { requestPreview } from './preview-client';
import type { FilePreview } from './preview-request';
import { toColumnMappingInput, type WizardMapping } from './wizard-mapping';
import type { StepProblems } from './wizard-steps';

export type CheckStepProps = {
  organizationId: string;
  kind: ImportKind;
  file: File;
  token: string | null;
  mapping: WizardMapping;
  problems: StepProblems;
  saved: { id: string; name: string } | null;
  saving: boolean;
  skipInvalid: boolean;
  busy: boolean;
  onName: (name: string) => void;
  onSkipInvalid: (skip: boolean) => void;
  onSave: () => Promise<string | null>;
  onRun: (run: { mappingId: string; dryRun: boolean }) => void;
};

/** The first rows as they will be read; the mapping saved by name; a dry run, then the import. */
export function CheckStep(props: CheckStepProps) {
  const {
    organizationId,
    kind,
    file,
    token,
    mapping,
    problems,
    saved,
    saving,
    skipInvalid,
    busy,
  } = props;
  const [mapped, setMapped] = useState<
    { preview: FilePreview } | { failure: string } | null
  >(null);
  // The name plays no part in reading: typing it does not read the file again.
  const input = toColumnMappingInput({ ...mapping, name: 'Preview' });
  const key = JSON.stringify(input);
  useEffect(() => {
    const controller = new AbortController();
    setMapped(null);
    void requestPreview({
      organizationId,
      file,
      token,
      mapping: JSON.parse(key),
      signal: controller.signal,
    }).then((answer) => {
      if (controller.signal.aborted) return;
      if (answer.kind === 'preview') setMapped({ preview: answer.preview });
      else
        setMapped({
          failure:
            answer.kind === 'failed'
              ? answer.message
              : describeErrors(answer.errors),
        });
    });
    return () => controller.abort();
  }, [organizationId, file, token, key]);

  const run = async (dryRun: boolean) => {
    const mappingId = saved?.id ?? (await props.onSave());
    if (mappingId) props.onRun({ mappingId, dryRun });
  };
  return (
    <div className="wizard-step">
      {mapped === null ? (
        <LoadingState label="Reading the first rows with the mapping…" />
      ) : 'failure' in mapped ? (
        <ErrorBanner
          title="The first rows could not be read with this mapping"
          messages={[mapped.failure]}
        />
      ) : (
        <MappedRowsTable
          kind={kind}
          preview={mapped.preview}
          eventLog={mapping.eventLog.enabled}
        />
      )}
      {problems.other.length > 0 ? (
        <ErrorBanner
          title="The mapping could not be saved"
          messages={problems.other}
        />
      ) : null}
      <div className="wizard-save">
        <TextField
          label="Name of the mapping"
          name="mappingName"
          value={mapping.name}
          required
          maxLength={200}
          error={problems.fields.name}
          hint="Saved for the organisation under this name; saving under a name in use replaces that mapping. The command line finds it with --mapping."
          onChange={props.onName}
        />
        <Button
          onClick={() => void props.onSave()}
          loading={saving}
          disabled={busy}
          testId="save-mapping"
        >
          Save mapping
        </Button>
        <p role="status" className="wizard-saved">
          {saved ? `Saved as “${saved.name}”.` : ''}
        </p>
      </div>
      <CheckboxField
        label="Skip invalid rows"
        name="skipInvalidRows"
        checked={skipInvalid}
        hint="Store the valid rows and list the invalid ones for download. Otherwise one invalid row stops the import and nothing is stored."
        onChange={props.onSkipInvalid}
      />
      <div className="wizard-actions">
        <Button
          onClick={() => void run(true)}
          disabled={busy || saving}
          testId="dry-run"
        >
          Dry run
        </Button>
        <Button
          variant="primary"
          icon={<Icon name="upload" />}
          onClick={() => void run(false)}
          disabled={busy || saving}
          testId="run-import"
        >
          Import
        </Button>
      </div>
      <p className="muted">
        A dry run reads and checks the whole file and stores nothing: its report
        shows the first problems and how many rows would be skipped.
      </p>
    </div>
  );
}
