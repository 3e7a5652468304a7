import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateRoadmapSettingsDocument,
  type RoadmapFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import { itStabilityThresholdProblems } from '@esm-planner/domain-roadmap';
import {
  Button,
  Card,
  FormActions,
  TextField,
} from '@esm-planner/dashboard-ui';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { ErrorSummary } from '../forms/ErrorSummary';
import { isChanged } from '../forms/form-state';
import { parseNumberText } from '../forms/number-text';
import { SaveConfirmation } from '../forms/SaveConfirmation';
import { useFormProblems } from '../forms/useFormProblems';

const FIELDS = [
  'stabilityMinWeeklyRequests',
  'stabilityMinMeanDeflection',
  'stabilityMaxStdDeviation',
  'loadedHourlyCost',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

// The domain names the thresholds as the roadmap model does; the form as the API input does.
const DOMAIN_NAMES: Record<string, Field> = {
  minRequestsPerWeek: 'stabilityMinWeeklyRequests',
  minMeanDeflection: 'stabilityMinMeanDeflection',
  maxStdDeflection: 'stabilityMaxStdDeviation',
};

function valuesOf(settings: RoadmapFieldsFragment['settings']): Values {
  return {
    stabilityMinWeeklyRequests: String(settings.stabilityMinWeeklyRequests),
    stabilityMinMeanDeflection: String(settings.stabilityMinMeanDeflection),
    stabilityMaxStdDeviation: String(settings.stabilityMaxStdDeviation),
    loadedHourlyCost: String(settings.loadedHourlyCost),
  };
}

function numbersOf(values: Values): Record<Field, number | null> {
  return Object.fromEntries(
    FIELDS.map((field) => [field, parseNumberText(values[field])]),
  ) as Record<Field, number | null>;
}

/** The form's problems: text that is no number, then the roadmap's own threshold rules (the API's too). */
function problemsOf(values: Values): FieldProblem[] {
  const numbers = numbersOf(values);
  const problems: FieldProblem[] = FIELDS.filter(
    (field) => numbers[field] === null || Number.isNaN(numbers[field]),
  ).map((field) => ({ field, message: 'Enter a number' }));
  const unread = new Set(problems.map((p) => p.field));
  const thresholds = {
    minRequestsPerWeek: numbers.stabilityMinWeeklyRequests ?? undefined,
    minMeanDeflection: numbers.stabilityMinMeanDeflection ?? undefined,
    maxStdDeflection: numbers.stabilityMaxStdDeviation ?? undefined,
  };
  for (const problem of itStabilityThresholdProblems({ thresholds })) {
    const field = DOMAIN_NAMES[problem.field] ?? problem.field;
    if (!unread.has(field))
      problems.push({
        field,
        message: problem.message.replace(problem.field, field),
      });
  }
  const cost = numbers.loadedHourlyCost;
  if (cost !== null && !Number.isNaN(cost) && cost <= 0)
    problems.push({
      field: 'loadedHourlyCost',
      message: 'loadedHourlyCost must be a positive amount per hour',
    });
  return problems;
}

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
  const [initial, setInitial] = useState(() => valuesOf(settings));
  const [values, setValues] = useState(initial);
  const labels: Record<Field, string> = {
    stabilityMinWeeklyRequests: 'Tickets per week, at least',
    stabilityMinMeanDeflection: 'Mean deflection, at least (fraction)',
    stabilityMaxStdDeviation: 'Standard deviation, at most (fraction)',
    loadedHourlyCost: `Loaded cost of an agent hour (${currency})`,
  };
  const checks = useFormProblems(labels, problemsOf(values));
  const errors = checks.problems.fields;
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateRoadmapSettingsDocument);
  const dirty = isChanged(initial, values);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  const set = (field: Field) => (value: string) => {
    setSaved(false);
    checks.onEdit(field);
    setValues((current) => ({ ...current, [field]: value }));
  };

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSaved(false);
    if (!checks.beginSubmit()) return;
    try {
      await save({
        variables: {
          input: {
            organizationId: settings.organizationId,
            ...(numbersOf(values) as Record<Field, number>),
          },
        },
      });
      setInitial(values);
      setSaved(true);
      onSaved();
    } catch (failure) {
      checks.failSubmit(failure);
    }
  }

  const field = (name: Field, hint: string) => (
    <TextField
      label={labels[name]}
      name={name}
      value={values[name]}
      error={errors[name]}
      hint={hint}
      inputMode="decimal"
      onChange={set(name)}
      onBlur={() => checks.onBlur(name)}
    />
  );
  return (
    <Card
      as="section"
      title="IT-stability thresholds"
      testId="roadmap-settings"
    >
      <form
        className="rollout-form"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        {checks.attempt > 0 ? (
          <ErrorSummary
            problems={checks.problems}
            labels={labels}
            attempt={checks.attempt}
            title="The settings were not saved"
          />
        ) : null}
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
            loading={loading}
            testId="roadmap-settings-save"
          >
            Save thresholds
          </Button>
          <SaveConfirmation message={saved ? 'Settings saved.' : null} />
        </FormActions>
      </form>
    </Card>
  );
}
