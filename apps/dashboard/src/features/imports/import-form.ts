import type { SelectOption } from '@esm-planner/dashboard-ui';

/** What the import form holds; dates are `YYYY-MM-DD` from date inputs. */
export type ImportFormValues = {
  kind: 'AUDIT' | 'METRICS';
  format: 'GENERIC';
  windowStart: string;
  windowEnd: string;
  createDepartments: boolean;
};

export const IMPORT_FORM_FIELDS = [
  'kind',
  'format',
  'windowStart',
  'windowEnd',
  'file',
] as const;
export type ImportFormField = (typeof IMPORT_FORM_FIELDS)[number];
export type ImportFormErrors = Partial<Record<ImportFormField, string>>;

export const INITIAL_IMPORT_VALUES: ImportFormValues = {
  kind: 'AUDIT',
  format: 'GENERIC',
  windowStart: '',
  windowEnd: '',
  createDepartments: false,
};

export const KIND_OPTIONS: readonly SelectOption[] = [
  { value: 'AUDIT', label: 'Audit rows (baseline audit)' },
  { value: 'METRICS', label: 'Weekly metrics' },
  { value: 'REQUESTS', label: 'Request records (CSV)' },
];

export const FORMAT_OPTIONS: readonly SelectOption[] = [
  { value: 'GENERIC', label: 'Generic CSV or XLSX' },
  {
    value: 'SERVICENOW',
    label: 'ServiceNow export (not available yet)',
    disabled: true,
  },
  {
    value: 'JSM',
    label: 'Jira Service Management export (not available yet)',
    disabled: true,
  },
  {
    value: 'FRESHSERVICE',
    label: 'Freshservice export (not available yet)',
    disabled: true,
  },
];

const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** The `accept` attribute of the file input. */
export const FILE_ACCEPT = [
  ...ACCEPTED_EXTENSIONS,
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
].join(',');

/** The file facts validation needs (a `File` has them). */
export type ChosenFile = { name: string; size: number };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Problems the person can fix before uploading; the API checks again. */
export function validateImportForm(
  values: ImportFormValues,
  file: ChosenFile | null,
): ImportFormErrors {
  const errors: ImportFormErrors = {};
  if (!file) {
    errors.file = 'Choose a CSV or XLSX file to import.';
  } else if (
    !ACCEPTED_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))
  ) {
    errors.file = `“${file.name}” is not a .csv or .xlsx file.`;
  } else if (file.size === 0) {
    errors.file = `“${file.name}” is empty.`;
  }
  if (values.kind === 'AUDIT') {
    if (!validDate(values.windowStart)) {
      errors.windowStart = 'Enter the first day of the audit window.';
    }
    if (!validDate(values.windowEnd)) {
      errors.windowEnd = 'Enter the last day of the audit window.';
    } else if (
      validDate(values.windowStart) &&
      values.windowEnd < values.windowStart
    ) {
      errors.windowEnd = 'The window cannot end before it starts.';
    }
  }
  return errors;
}

/** The `StartImportInput` for the form, the file sent as upload variable `file`. */
export function toStartImportInput(
  organizationId: string,
  values: ImportFormValues,
  file: ChosenFile,
) {
  const audit = values.kind === 'AUDIT';
  return {
    organizationId,
    kind: values.kind,
    format: values.format,
    file: null,
    fileName: file.name,
    fileSize: file.size,
    windowStart: audit ? values.windowStart : null,
    windowEnd: audit ? values.windowEnd : null,
    createDepartments: values.createDepartments,
  };
}
