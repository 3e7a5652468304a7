import { FieldProblem } from '@esm-planner/shared-util-field-problems';
import { DepartmentKind, isDepartmentKind } from './department-kind';
import { DepartmentStatus, isDepartmentStatus } from './department-status';

export const MAX_DEPARTMENT_NAME_LENGTH = 120;
export const MAX_VOCABULARY_LENGTH = 60;
export const MAX_SERVICE_OWNER_LENGTH = 200;

/** A department as a user submits it, before it is stored. */
export type DepartmentDraft = {
  name?: unknown;
  kind?: unknown;
  status?: unknown;
  vocabulary?: unknown;
  serviceOwner?: unknown;
};

export type ValidDepartmentDraft = {
  name?: string;
  kind?: DepartmentKind;
  status?: DepartmentStatus;
  vocabulary?: string | null;
  serviceOwner?: string | null;
};

/** One problem with one input field; `field` is the input's own field name. */
export type FieldError = FieldProblem;

export type DraftValidation =
  | { ok: true; value: ValidDepartmentDraft }
  | { ok: false; errors: FieldError[] };

function optionalText(
  value: unknown,
  field: string,
  maxLength: number,
  errors: FieldError[],
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') {
    errors.push({ field, message: `${field} must be text` });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > maxLength) {
    errors.push({
      field,
      message: `${field} must be at most ${maxLength} characters`,
    });
  }
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks a department draft field by field. With `partial` (an update),
 * absent fields are left alone; otherwise name and kind are required.
 * Text is trimmed; an empty vocabulary or owner means "not set".
 */
export function validateDepartmentDraft(
  draft: DepartmentDraft,
  { partial }: { partial: boolean },
): DraftValidation {
  const errors: FieldError[] = [];
  const value: ValidDepartmentDraft = {};

  if (draft.name !== undefined || !partial) {
    const name = typeof draft.name === 'string' ? draft.name.trim() : '';
    if (name === '') {
      errors.push({ field: 'name', message: 'name must not be empty' });
    } else if (name.length > MAX_DEPARTMENT_NAME_LENGTH) {
      errors.push({
        field: 'name',
        message: `name must be at most ${MAX_DEPARTMENT_NAME_LENGTH} characters`,
      });
    } else {
      value.name = name;
    }
  }

  if (draft.kind !== undefined || !partial) {
    if (isDepartmentKind(draft.kind)) value.kind = draft.kind;
    else
      errors.push({
        field: 'kind',
        message: `unknown department kind: ${String(draft.kind)}`,
      });
  }

  if (draft.status !== undefined) {
    if (isDepartmentStatus(draft.status)) value.status = draft.status;
    else
      errors.push({
        field: 'status',
        message: `unknown department status: ${String(draft.status)}`,
      });
  }

  const vocabulary = optionalText(
    draft.vocabulary,
    'vocabulary',
    MAX_VOCABULARY_LENGTH,
    errors,
  );
  if (vocabulary !== undefined) value.vocabulary = vocabulary;
  const serviceOwner = optionalText(
    draft.serviceOwner,
    'serviceOwner',
    MAX_SERVICE_OWNER_LENGTH,
    errors,
  );
  if (serviceOwner !== undefined) value.serviceOwner = serviceOwner;

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

/**
 * The key under which two department names count as the same within an
 * organisation: "Human Resources", " human  resources " and "HUMAN RESOURCES"
 * are one department, so a second one is a conflict rather than a twin.
 */
export function departmentNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}
