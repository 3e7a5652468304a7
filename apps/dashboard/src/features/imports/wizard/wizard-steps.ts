import {
  checkTargetValue,
  TARGET_FIELDS,
  type ColumnMappingInput,
  type ImportKind,
} from '@esm-planner/domain-imports';
import { dateFormatProblem } from '@esm-planner/shared-util-dates';
import { fieldLabel } from './field-labels';
import type { WizardMapping } from './wizard-mapping';

/** The steps of building a mapping, after the file is chosen and before the import runs. */
export type WizardStep =
  'preview' | 'columns' | 'values' | 'dates' | 'events' | 'check';

export const STEP_LABELS: Readonly<Record<WizardStep, string>> = {
  preview: 'Preview',
  columns: 'Columns',
  values: 'Values',
  dates: 'Dates',
  events: 'Event log',
  check: 'Save and check',
};

/** The steps for a kind: only request records can be an event log. */
export function wizardSteps(kind: ImportKind): WizardStep[] {
  return kind === 'REQUESTS'
    ? ['preview', 'columns', 'values', 'dates', 'events', 'check']
    : ['preview', 'columns', 'values', 'dates', 'check'];
}

/** What stops a step from going on: problems by target field (or setting), and others. */
export type StepProblems = { fields: Record<string, string>; other: string[] };

const none = (): StepProblems => ({ fields: {}, other: [] });

/** The fields whose value an event log derives when they are not bound. */
function derived(state: WizardMapping): Set<string> {
  return new Set(
    state.kind === 'REQUESTS' && state.eventLog.enabled ? ['opened_at'] : [],
  );
}

/** Problems a person can fix on the step before going on (the API checks everything again on save). */
export function stepProblems(
  step: WizardStep,
  state: WizardMapping,
): StepProblems {
  const problems = none();
  if (step === 'columns') {
    for (const field of TARGET_FIELDS[state.kind]) {
      const choice = state.fields[field.name] ?? { kind: 'unbound' };
      const label = fieldLabel(state.kind, field.name);
      if (
        choice.kind === 'unbound' &&
        field.required &&
        !derived(state).has(field.name)
      ) {
        problems.fields[field.name] =
          `Choose the column for “${label}”, or give one value for every row.`;
      } else if (choice.kind === 'constant') {
        const checked = checkTargetValue(field, choice.value);
        if (!checked.ok)
          problems.fields[field.name] = `“${choice.value}” ${checked.message}.`;
      }
    }
  }
  if (step === 'dates' && state.dateFormat.trim() !== '') {
    const problem = dateFormatProblem(state.dateFormat.trim());
    if (problem) problems.fields.dateFormat = `This format ${problem}.`;
  }
  if (step === 'events' && state.eventLog.enabled) {
    if (!state.eventLog.eventTime)
      problems.fields.eventTime =
        'Choose the column with the time of each event.';
    if (state.eventLog.status && state.eventLog.resolvedStatuses.length === 0) {
      problems.fields.resolvedStatuses =
        'Tick the statuses that mean resolved or closed.';
    }
    if (state.fields.external_id?.kind !== 'column') {
      problems.other.push(
        'In an event log the request id says which case each event belongs to: choose its column on the Columns step.',
      );
    }
  }
  if (step === 'check' && state.name.trim() === '')
    problems.fields.name =
      'Give the mapping a name, e.g. the system the file comes from.';
  return problems;
}

export function hasProblems(problems: StepProblems): boolean {
  return Object.keys(problems.fields).length > 0 || problems.other.length > 0;
}

/**
 * Where a problem the API found in a saved mapping belongs: its step and the
 * target field or setting, from its path in the input we sent
 * (`fields[2].column` → the third bound field).
 */
export function placeOfProblem(
  path: string,
  input: ColumnMappingInput,
): { step: WizardStep; field?: string } {
  const binding = /^(?:mapping\.)?fields\[(\d+)\]/.exec(path);
  if (binding)
    return { step: 'columns', field: input.fields[Number(binding[1])]?.field };
  if (/^(?:mapping\.)?fields$/.test(path)) return { step: 'columns' };
  const value = /^(?:mapping\.)?values\[(\d+)\]/.exec(path);
  if (value)
    return { step: 'values', field: input.values?.[Number(value[1])]?.field };
  if (/^(?:mapping\.)?(dateFormat|otherDateFormats|timeZone)/.test(path))
    return {
      step: 'dates',
      field: path.replace(/^mapping\./, '').split(/[.[]/)[0],
    };
  if (/^(?:mapping\.)?eventLog/.test(path))
    return {
      step: 'events',
      field: path
        .split('.')
        .at(-1)
        ?.replace(/\[\d+\]$/, ''),
    };
  return { step: 'check', field: path === 'name' ? 'name' : undefined };
}
