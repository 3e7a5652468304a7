import { Button, TextField } from '@esm-planner/dashboard-ui';
import type { StepProblems } from './wizard-steps';

export type SaveMappingFieldsProps = {
  name: string;
  problems: StepProblems;
  saved: { id: string; name: string } | null;
  saving: boolean;
  busy: boolean;
  onName: (name: string) => void;
  onSave: () => Promise<string | null>;
};

/** The mapping's name and its save button, with what was saved last. */
export function SaveMappingFields({
  name,
  problems,
  saved,
  saving,
  busy,
  onName,
  onSave,
}: SaveMappingFieldsProps) {
  return (
    <div className="wizard-save">
      <TextField
        label="Name of the mapping"
        name="mappingName"
        value={name}
        required
        maxLength={200}
        error={problems.fields.name}
        hint="Saved for the organisation under this name; saving under a name in use replaces that mapping. The command line finds it with --mapping."
        onChange={onName}
      />
      <Button
        onClick={() => void onSave()}
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
  );
}
