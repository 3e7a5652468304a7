import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  asSentence,
  describeApiError,
} from '@esm-planner/dashboard-data-access-graphql';
import type { ColumnMappingInput } from '@esm-planner/domain-imports';
import {
  placeOfProblem,
  type StepProblems,
  type WizardStep,
} from './wizard-steps';

/** The API's problems with a mapping, filed under the wizard's steps (first step with a problem first). */
export type MappingProblems = {
  steps: Partial<Record<WizardStep, StepProblems>>;
  first: WizardStep | null;
};

const ORDER: readonly WizardStep[] = [
  'preview',
  'columns',
  'values',
  'dates',
  'events',
  'check',
];

/**
 * Files each `extensions.fields` problem of a refused save or preview next
 * to the control it is about (`fields[2].column` → the third bound field on
 * the Columns step); anything else goes to the Save step's summary.
 */
export function mappingProblemsOf(
  errors: readonly GraphQLFormattedError[],
  input: ColumnMappingInput,
): MappingProblems {
  const steps: Partial<Record<WizardStep, StepProblems>> = {};
  const at = (step: WizardStep) => (steps[step] ??= { fields: {}, other: [] });
  for (const error of errors) {
    const fields = Array.isArray(error.extensions?.['fields'])
      ? (error.extensions['fields'] as { field?: unknown; message?: unknown }[])
      : [];
    const readable = fields.filter(
      (problem): problem is { field: string; message: string } =>
        typeof problem.field === 'string' &&
        typeof problem.message === 'string',
    );
    if (readable.length === 0) {
      at('check').other.push(describeErrors([error]));
      continue;
    }
    for (const problem of readable) {
      const place = placeOfProblem(problem.field, input);
      const step = at(place.step);
      const text = asSentence(problem.message);
      if (place.field)
        step.fields[place.field] = step.fields[place.field]
          ? `${step.fields[place.field]} ${text}`
          : text;
      else step.other.push(text);
    }
  }
  return { steps, first: ORDER.find((step) => steps[step]) ?? null };
}

/** The sentence for GraphQL errors answered outside Apollo (an upload): the API's words, or a generic one. */
export function describeErrors(
  errors: readonly GraphQLFormattedError[],
): string {
  return describeApiError(new CombinedGraphQLErrors({ errors }));
}
