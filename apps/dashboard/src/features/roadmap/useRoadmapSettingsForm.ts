import { useEffect, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  UpdateRoadmapSettingsDocument,
  type RoadmapFieldsFragment,
} from '@esm-planner/dashboard-data-access-graphql';
import { itStabilityThresholdProblems } from '@esm-planner/domain-roadmap';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { isChanged } from '../forms/form-state';
import { parseNumberText } from '../forms/number-text';
import { useFormProblems } from '../forms/useFormProblems';

const FIELDS = [
  'stabilityMinWeeklyRequests',
  'stabilityMinMeanDeflection',
  'stabilityMaxStdDeviation',
  'loadedHourlyCost',
] as const;
export type RoadmapSettingsField = (typeof FIELDS)[number];
type Field = RoadmapSettingsField;
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

/**
 * The roadmap settings form's state: the values as typed, their problems
 * (checked as the API checks them), whether they differ from the saved ones,
 * and saving them.
 */
export function useRoadmapSettingsForm(
  settings: RoadmapFieldsFragment['settings'],
  currency: string,
  onSaved: () => void,
  onDirtyChange: (dirty: boolean) => void,
) {
  const [initial, setInitial] = useState(() => valuesOf(settings));
  const [values, setValues] = useState(initial);
  const labels: Record<Field, string> = {
    stabilityMinWeeklyRequests: 'Tickets per week, at least',
    stabilityMinMeanDeflection: 'Mean deflection, at least (fraction)',
    stabilityMaxStdDeviation: 'Standard deviation, at most (fraction)',
    loadedHourlyCost: `Loaded cost of an agent hour (${currency})`,
  };
  const checks = useFormProblems(labels, problemsOf(values));
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

  return { labels, values, checks, set, submit, saving: loading, saved };
}
