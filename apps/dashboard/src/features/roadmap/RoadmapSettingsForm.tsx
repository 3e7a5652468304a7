import type { RoadmapFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import {
  Button,
  Card,
  FormActions,
  TextField,
} from '@esm-planner/dashboard-ui';
import { CheckedForm } from '../forms/CheckedForm';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import {
  type RoadmapSettingsField,
  useRoadmapSettingsForm,
} from './useRoadmapSettingsForm';

export type RoadmapSettingsFormProps = {
  settings: RoadmapFieldsFragment['settings'];
  currency: string;
  onSaved: () => void;
  /** Told whether the form holds unsaved changes (the page guards leaving). */
  onDirtyChange: (dirty: boolean) => void;
};

/** The IT-stability thresholds and the hourly cost behind the priority score (organisation settings). */
export function RoadmapSettingsForm({
  settings,
  currency,
  onSaved,
  onDirtyChange,
}: RoadmapSettingsFormProps) {
  const form = useRoadmapSettingsForm(
    settings,
    currency,
    onSaved,
    onDirtyChange,
  );
  const { labels, values, checks } = form;
  const field = (name: RoadmapSettingsField, hint: string) => (
    <TextField
      label={labels[name]}
      name={name}
      value={values[name]}
      error={checks.problems.fields[name]}
      hint={hint}
      inputMode="decimal"
      onChange={form.set(name)}
      onBlur={() => checks.onBlur(name)}
    />
  );
  return (
    <Card
      as="section"
      title="IT-stability thresholds"
      testId="roadmap-settings"
    >
      <CheckedForm
        className="rollout-form"
        checks={checks}
        labels={labels}
        failureTitle="The settings were not saved"
        onSubmit={form.submit}
        summaryAfterSubmit
      >
        {field(
          'stabilityMinWeeklyRequests',
          'Each of the six weeks needs this many. Default 50.',
        )}
        {field('stabilityMinMeanDeflection', '0.40 = 40 %. Default 0.40.')}
        {field(
          'stabilityMaxStdDeviation',
          'Of the six weekly rates. Default 0.05.',
        )}
        {field(
          'loadedHourlyCost',
          'Used for the annual net benefit behind the priority score.',
        )}
        <FormActions>
          <Button
            type="submit"
            variant="primary"
            loading={form.saving}
            testId="roadmap-settings-save"
          >
            Save thresholds
          </Button>
          <SaveConfirmation message={form.saved ? 'Settings saved.' : null} />
        </FormActions>
      </CheckedForm>
    </Card>
  );
}
