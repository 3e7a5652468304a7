import type { FieldProblem } from '@esm-planner/shared-util-field-problems';
import type { GraphQLFormattedError } from 'graphql';
import {
  asSentence,
  describeApiError,
  graphQLErrorsOf,
} from '@esm-planner/dashboard-data-access-graphql';

/** A form's field names (as its inputs' `name`s) and the labels a person reads, in screen order. */
export type FieldLabels = Readonly<Record<string, string>>;

/** Problems split for a form: one message per field it shows, and the rest for a banner. */
export type FormProblems = { fields: Record<string, string>; other: string[] };

export const NO_PROBLEMS: FormProblems = { fields: {}, other: [] };

/** `departments.1.monthlyVolume` and `departments[1].monthlyVolume` are the same path. */
export function normalisePath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A validator's message in the words of the form: the API's name for the
 * field (`horizonMonths`, `departments[0].monthlyVolume`) becomes the label
 * the person typed under ("Horizon (months)"), as a sentence.
 */
export function inFormWords(
  message: string,
  path: string,
  label: string,
): string {
  const leaf =
    normalisePath(path)
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  const dotted = normalisePath(path);
  const bracketed = dotted.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const names = [path, dotted, bracketed, leaf].filter(
    (name, index, all) => all.indexOf(name) === index,
  );
  let text = message;
  // "name" under the label "Name" is already in the form's words: "Enter the department’s name." stays as it is.
  for (const name of names.filter(
    (candidate) => candidate.toLowerCase() !== label.toLowerCase(),
  ))
    text = text.replace(
      new RegExp(`(^|\\s)${escapeRegExp(name)}(?=\\s|$|[:,.;])`, 'g'),
      `$1${label}`,
    );
  return asSentence(text);
}

/**
 * How a form's inputs differ from the API's paths: `prefix` is what the API
 * puts before the form's own paths (`inputs.` for a saved case); `inputNames`
 * names the input of an API path where two forms on one page would otherwise
 * share a name (`title` → `newTaskTitle`).
 */
export type ProblemPaths = {
  prefix?: string;
  inputNames?: Readonly<Record<string, string>>;
};

/**
 * Puts each FieldProblem beside the form field it names (see ProblemPaths). A problem
 * for a field the form does not show goes to `other`, so nothing is hidden.
 * A field keeps its first problem: one thing to fix at a time.
 */
export function problemsForForm(
  problems: readonly FieldProblem[],
  labels: FieldLabels,
  { prefix = '', inputNames = {} }: ProblemPaths = {},
): FormProblems {
  const byPath = new Map(
    Object.keys(labels).map((name) => [normalisePath(name), name]),
  );
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const { field, message } of problems) {
    const path = normalisePath(
      field.startsWith(prefix) ? field.slice(prefix.length) : field,
    );
    const name = byPath.get(normalisePath(inputNames[path] ?? path));
    if (name === undefined) {
      const text = asSentence(message);
      if (!other.includes(text)) other.push(text);
    } else if (fields[name] === undefined) {
      fields[name] = inFormWords(message, path, labels[name]);
    }
  }
  return { fields, other };
}

/** The `extensions.fields` of every GraphQL error of a failed request. */
export function fieldProblemsOfFailure(failure: unknown): FieldProblem[] {
  return fieldProblemsOfErrors(graphQLErrorsOf(failure));
}

/** The `extensions.fields` of GraphQL errors as they came (a multipart upload's answer, say). */
export function fieldProblemsOfErrors(
  errors: readonly GraphQLFormattedError[],
): FieldProblem[] {
  return errors.flatMap((error) => {
    const fields = error.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    return fields.filter(
      (problem): problem is FieldProblem =>
        typeof problem === 'object' &&
        problem !== null &&
        typeof problem.field === 'string' &&
        typeof problem.message === 'string',
    );
  });
}

/**
 * A failed save or query as form problems: the API's field problems beside
 * their fields; an error without field problems (network, FORBIDDEN, …) as
 * one sentence for the banner.
 */
export function problemsFromFailure(
  failure: unknown,
  labels: FieldLabels,
  options: ProblemPaths = {},
): FormProblems {
  const problems = fieldProblemsOfFailure(failure);
  if (problems.length === 0)
    return { fields: {}, other: [describeApiError(failure)] };
  return problemsForForm(problems, labels, options);
}

export function hasProblems(problems: FormProblems): boolean {
  return problems.other.length > 0 || Object.keys(problems.fields).length > 0;
}

/** One line of the error summary: the field's label, its message, and the input to move to. */
export type SummaryItem = { name: string; label: string; message: string };

/** The summary's lines in the order the fields appear on the form (the order of `labels`). */
export function summaryItems(
  fields: Readonly<Record<string, string>>,
  labels: FieldLabels,
): SummaryItem[] {
  return Object.keys(labels)
    .filter((name) => fields[name] !== undefined)
    .map((name) => ({ name, label: labels[name], message: fields[name] }));
}
