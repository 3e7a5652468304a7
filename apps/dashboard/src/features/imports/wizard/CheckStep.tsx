import type { ImportKind } from '@esm-planner/domain-imports';
import {
  Button,
  CheckboxField,
  ErrorBanner,
  Icon,
} from '@esm-planner/dashboard-ui';
import { MappedRowsPreview } from './MappedRowsPreview';
import { SaveMappingFields } from './SaveMappingFields';
import { useMappedPreview } from './useMappedPreview';
import type { WizardMapping } from './wizard-mapping';
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
  const mapped = useMappedPreview({ organizationId, file, token, mapping });

  const run = async (dryRun: boolean) => {
    const mappingId = saved?.id ?? (await props.onSave());
    if (mappingId) props.onRun({ mappingId, dryRun });
  };
  return (
    <div className="wizard-step">
      <MappedRowsPreview
        kind={kind}
        mapped={mapped}
        eventLog={mapping.eventLog.enabled}
      />
      {problems.other.length > 0 ? (
        <ErrorBanner
          title="The mapping could not be saved"
          messages={problems.other}
        />
      ) : null}
      <SaveMappingFields
        name={mapping.name}
        problems={problems}
        saved={saved}
        saving={saving}
        busy={busy}
        onName={props.onName}
        onSave={props.onSave}
      />
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
