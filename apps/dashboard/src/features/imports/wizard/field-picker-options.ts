import type { TargetField } from '@esm-planner/domain-imports';
import type { ValueTarget } from './value-targets';
import type { FieldChoice } from './wizard-mapping';

// A field picker is one <select>: its option values encode the choice, so a
// column named like the constant option stays a column (the prefix).
const CONSTANT = 'constant';
const COLUMN = 'column:';

/** The picker's option value for a choice ('' when the field is unbound). */
export function pickerValue(choice: FieldChoice): string {
  if (choice.kind === 'column') return `${COLUMN}${choice.column}`;
  return choice.kind === 'constant' ? CONSTANT : '';
}

/** The picker's options: none, every column of the file, and one value for every row (not for a date field). */
export function pickerOptions(
  field: Pick<TargetField, 'required' | 'type'>,
  headers: readonly string[],
): ValueTarget[] {
  const dateField = field.type === 'timestamp' || field.type === 'date';
  return [
    {
      value: '',
      label: field.required ? 'Choose a column…' : 'Not in the file',
    },
    ...headers.map((header) => ({
      value: `${COLUMN}${header}`,
      label: header,
    })),
    ...(dateField
      ? []
      : [{ value: CONSTANT, label: 'One value for every row…' }]),
  ];
}

/** The choice an option value stands for; a constant starts at the first target. */
export function choiceOfPickerValue(
  value: string,
  targets: readonly ValueTarget[] | null,
): FieldChoice {
  if (value === CONSTANT)
    return { kind: 'constant', value: targets?.[0]?.value ?? '' };
  if (value.startsWith(COLUMN))
    return { kind: 'column', column: value.slice(COLUMN.length) };
  return { kind: 'unbound' };
}
