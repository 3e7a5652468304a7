import type { SavedCaseInputs } from '@esm-planner/domain-business-case';
import type { SaveBusinessCaseInput } from './saved-case.input';

// Only the fields of SavedCaseInputs, nulls dropped: what is stored is what was entered.
export function toSavedInputs(
  inputs: SaveBusinessCaseInput['inputs'],
): SavedCaseInputs {
  const strip = <T extends object>(value: T): T =>
    Object.fromEntries(
      Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
    ) as T;
  const { departments, ...globals } = inputs;
  return {
    ...strip(globals),
    departments: departments.map((d) => strip({ ...d })),
  };
}
