import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formProblemsFromError, UpdateRoadmapSettingsDocument, type FormProblems, type RoadmapFieldsFragment } from '@esm-planner/dashboard-data-access-graphql';
import { Button, Card, ErrorBanner, FormActions, TextField } from '@esm-planner/dashboard-ui';

const FIELDS = ['stabilityMinWeeklyRequests', 'stabilityMinMeanDeflection', 'stabilityMaxStdDeviation', 'loadedHourlyCost'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;
const NO_PROBLEMS: FormProblems<Field> = { fields: {}, other: [] };

function valuesOf(settings: RoadmapFieldsFragment['settings']): Values {
  return {
    stabilityMinWeeklyRequests: String(settings.stabilityMinWeeklyRequests),
    stabilityMinMeanDeflection: String(settings.stabilityMinMeanDeflection),
    stabilityMaxStdDeviation: String(settings.stabilityMaxStdDeviation),
    loadedHourlyCost: String(settings.loadedHourlyCost),
  };
}

// Sent as typed; the API validates and names each field it refuses.
function numberOrNaN(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

/** The IT-stability thresholds and the hourly cost behind the priority score (organisation settings). */
export function RoadmapSettingsForm({ settings, currency, onSaved }: { settings: RoadmapFieldsFragment['settings']; currency: string; onSaved: () => void }) {
  const [values, setValues] = useState(() => valuesOf(settings));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateRoadmapSettingsDocument);
  const set = (field: Field) => (value: string) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    setSaved(false);
    const numbers = Object.fromEntries(FIELDS.map((field) => [field, numberOrNaN(values[field])])) as Record<Field, number>;
    const invalid = FIELDS.filter((field) => !Number.isFinite(numbers[field]));
    if (invalid.length > 0) {
      setProblems({ fields: Object.fromEntries(invalid.map((field) => [field, 'Enter a number.'])), other: [] });
      return;
    }
    try {
      await save({ variables: { input: { organizationId: settings.organizationId, ...numbers } } });
      setSaved(true);
      onSaved();
    } catch (failure) {
      setProblems(formProblemsFromError(failure, FIELDS));
    }
  }

  return (
    <Card as="section" title="IT-stability thresholds" testId="roadmap-settings">
      <form className="rollout-form" noValidate onSubmit={(event) => void submit(event)}>
        {problems.other.length > 0 ? <ErrorBanner title="The settings were not saved" messages={problems.other} /> : null}
        <TextField label="Tickets per week, at least" name="stabilityMinWeeklyRequests" value={values.stabilityMinWeeklyRequests} error={problems.fields.stabilityMinWeeklyRequests} hint="Each of the six weeks needs this many. Default 50." onChange={set('stabilityMinWeeklyRequests')} />
        <TextField label="Mean deflection, at least (fraction)" name="stabilityMinMeanDeflection" value={values.stabilityMinMeanDeflection} error={problems.fields.stabilityMinMeanDeflection} hint="0.40 = 40 %. Default 0.40." onChange={set('stabilityMinMeanDeflection')} />
        <TextField label="Standard deviation, at most (fraction)" name="stabilityMaxStdDeviation" value={values.stabilityMaxStdDeviation} error={problems.fields.stabilityMaxStdDeviation} hint="Of the six weekly rates. Default 0.05." onChange={set('stabilityMaxStdDeviation')} />
        <TextField label={`Loaded cost of an agent hour (${currency})`} name="loadedHourlyCost" value={values.loadedHourlyCost} error={problems.fields.loadedHourlyCost} hint="Used for the annual net benefit behind the priority score." onChange={set('loadedHourlyCost')} />
        <FormActions>
          <Button type="submit" variant="primary" loading={loading} testId="roadmap-settings-save">
            Save thresholds
          </Button>
          <span className="form-status" role="status">
            {saved ? 'Settings saved.' : ''}
          </span>
        </FormActions>
      </form>
    </Card>
  );
}
