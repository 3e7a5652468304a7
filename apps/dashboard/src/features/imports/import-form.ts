import type { SelectOption } from '@esm-planner/dashboard-ui';

export type ImportKindValue = 'AUDIT' | 'METRICS' | 'REQUESTS';
export type ImportFormatValue = 'GENERIC' | 'SERVICENOW' | 'JSM' | 'FRESHSERVICE';

/** What the import form holds; dates are `YYYY-MM-DD` from date inputs. */
export type ImportFormValues = {
  kind: ImportKindValue;
  format: ImportFormatValue;
  windowStart: string;
  windowEnd: string;
  createDepartments: boolean;
  /** One `source group = department` per line (vendor exports). */
  departmentMapping: string;
};

export const IMPORT_FORM_FIELDS = [
  'kind',
  'format',
  'windowStart',
  'windowEnd',
  'departmentMapping',
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
  departmentMapping: '',
};

export const KIND_OPTIONS: readonly SelectOption[] = [
  { value: 'AUDIT', label: 'Audit rows (baseline audit)' },
  { value: 'METRICS', label: 'Weekly metrics' },
  { value: 'REQUESTS', label: 'Request records (CSV)' },
];

const VENDOR_FORMATS: readonly ImportFormatValue[] = ['SERVICENOW', 'JSM', 'FRESHSERVICE'];

/** Source-system exports map onto request records (data-formats §4): offered for that kind only. */
export function formatOptions(kind: ImportKindValue): SelectOption[] {
  const vendor = (value: ImportFormatValue, label: string): SelectOption =>
    kind === 'REQUESTS'
      ? { value, label }
      : { value, label: `${label} (request records only)`, disabled: true };
  return [
    { value: 'GENERIC', label: 'Generic CSV or XLSX' },
    vendor('SERVICENOW', 'ServiceNow incident export'),
    vendor('JSM', 'Jira Service Management export'),
    vendor('FRESHSERVICE', 'Freshservice ticket export'),
  ];
}

export function isImportKind(value: string): value is ImportKindValue {
  return value === 'AUDIT' || value === 'METRICS' || value === 'REQUESTS';
}

export function isImportFormat(value: string): value is ImportFormatValue {
  return value === 'GENERIC' || (VENDOR_FORMATS as readonly string[]).includes(value);
}

/** The values after choosing a kind: a vendor format only stays with request records. */
export function withKind(values: ImportFormValues, kind: ImportKindValue): ImportFormValues {
  return { ...values, kind, format: kind === 'REQUESTS' ? values.format : 'GENERIC' };
}

/** `Group 56 = IT` lines as the API's departmentMapping; blank lines skipped. */
export function parseDepartmentMapping(
  text: string,
): { mapping: { source: string; department: string }[]; problem: string | null } {
  const mapping: { source: string; department: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line === '') continue;
    const at = line.lastIndexOf('=');
    const source = at === -1 ? '' : line.slice(0, at).trim();
    const department = at === -1 ? '' : line.slice(at + 1).trim();
    if (!source || !department) {
      return { mapping, problem: `Line ${index + 1}: write “source group = department”.` };
    }
    mapping.push({ source, department });
  }
  return { mapping, problem: null };
}

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
  if (file && values.kind === 'REQUESTS' && file.name.toLowerCase().endsWith('.xlsx')) {
    errors.file = 'Request records are imported from CSV: save the sheet as CSV first.';
  }
  const mapping = parseDepartmentMapping(values.departmentMapping);
  if (mapping.problem) errors.departmentMapping = mapping.problem;
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
    departmentMapping: parseDepartmentMapping(values.departmentMapping).mapping,
  };
}
