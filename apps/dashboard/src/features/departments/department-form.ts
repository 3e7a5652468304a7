import type {
  CreateDepartmentInput,
  DepartmentFieldsFragment,
  DepartmentKind,
  DepartmentStatus,
  UpdateDepartmentInput,
} from '@esm-planner/dashboard-data-access-graphql';
import type { FieldProblem } from '@esm-planner/shared-util-field-problems';

/** What the "New department" form holds while it is being filled in. */
export type NewDepartmentValues = {
  name: string;
  kind: DepartmentKind | '';
  serviceOwner: string;
  vocabulary: string;
};

/** The form's fields in screen order, named as the API names them, with their labels. */
export const NEW_DEPARTMENT_LABELS = {
  name: 'Name',
  kind: 'Kind',
  serviceOwner: 'Service owner',
  vocabulary: 'Vocabulary',
} as const;
export type NewDepartmentField = keyof typeof NEW_DEPARTMENT_LABELS;

export const EMPTY_NEW_DEPARTMENT: NewDepartmentValues = {
  name: '',
  kind: '',
  serviceOwner: '',
  vocabulary: '',
};

/** What the department page's edit form holds. */
export type EditDepartmentValues = {
  serviceOwner: string;
  vocabulary: string;
  status: DepartmentStatus;
};

export const EDIT_DEPARTMENT_LABELS = {
  serviceOwner: 'Service owner',
  vocabulary: 'Vocabulary',
  status: 'Status',
} as const;
export type EditDepartmentField = keyof typeof EDIT_DEPARTMENT_LABELS;

/**
 * The two fields the request cannot be sent without. Everything else
 * (lengths, duplicate names) is checked by the API, whose messages the form
 * shows next to the field they name.
 */
export function missingRequiredFields(
  values: NewDepartmentValues,
): FieldProblem[] {
  const missing: FieldProblem[] = [];
  if (values.name.trim() === '')
    missing.push({ field: 'name', message: 'Enter the department’s name.' });
  if (values.kind === '')
    missing.push({
      field: 'kind',
      message: 'Choose what kind of department this is.',
    });
  return missing;
}

/** Blank optional text means "not set", so the API applies its default. */
function optional(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function toCreateDepartmentInput(
  organizationId: string,
  values: NewDepartmentValues & { kind: DepartmentKind },
): CreateDepartmentInput {
  return {
    organizationId,
    name: values.name.trim(),
    kind: values.kind,
    serviceOwner: optional(values.serviceOwner),
    vocabulary: optional(values.vocabulary),
  };
}

/** The form starts empty where the department uses its kind's default word. */
export function editValuesOf(
  department: Pick<
    DepartmentFieldsFragment,
    'serviceOwner' | 'vocabulary' | 'vocabularyIsDefault' | 'status'
  >,
): EditDepartmentValues {
  return {
    serviceOwner: department.serviceOwner ?? '',
    vocabulary: department.vocabularyIsDefault ? '' : department.vocabulary,
    status: department.status,
  };
}

/** Blank service owner or vocabulary clears it (null), as the API documents. */
export function toUpdateDepartmentInput(
  values: EditDepartmentValues,
): UpdateDepartmentInput {
  return {
    serviceOwner: optional(values.serviceOwner),
    vocabulary: optional(values.vocabulary),
    status: values.status,
  };
}
