import type { SelectOption } from '@esm-planner/dashboard-ui';

export type ImportKindValue = 'AUDIT' | 'METRICS' | 'REQUESTS';
export type ImportFormatValue =
  'GENERIC' | 'SERVICENOW' | 'JSM' | 'FRESHSERVICE';

/** What the import form holds; dates are `YYYY-MM-DD` from date inputs. */
export type ImportFormValues = {
  kind: ImportKindValue;
  format: ImportFormatValue;
  windowStart: string;
  windowEnd: string;
  createDepartments: boolean;
  /** One `source group = department` per line (vendor exports). */
  departmentMapping: string;
  /** '' (the format's own columns), NEW_MAPPING, or a saved column mapping's id. */
  mapping: string;
  /** invalidRows SKIP: store the valid rows, list the invalid ones. */
  skipInvalid: boolean;
};

/** The form's choice that opens the wizard: build a column mapping from the file. */
export const NEW_MAPPING = 'new-mapping';
const SAVED_MAPPING = 'mapping:';

/** The form's fields in screen order, named as StartImportInput names them, with their labels. */
export const IMPORT_FORM_LABELS = {
  kind: 'Kind of data',
  format: 'Format',
  departmentMapping: 'Groups to departments',
  windowStart: 'Window start',
  windowEnd: 'Window end',
  file: 'File to import',
} as const;
export type ImportFormField = keyof typeof IMPORT_FORM_LABELS;
/** The API's paths the form shows under another input: a mapping is chosen as a format, the upload is the file. */
export const IMPORT_FORM_INPUTS = { mappingId: 'format', csv: 'file' } as const;
export type ImportFormErrors = Partial<Record<ImportFormField, string>>;

export const INITIAL_IMPORT_VALUES: ImportFormValues = {
  kind: 'AUDIT',
  format: 'GENERIC',
  windowStart: '',
  windowEnd: '',
  createDepartments: false,
  departmentMapping: '',
  mapping: '',
  skipInvalid: false,
};

export const KIND_OPTIONS: readonly SelectOption[] = [
  { value: 'AUDIT', label: 'Audit rows (baseline audit)' },
  { value: 'METRICS', label: 'Weekly metrics' },
  { value: 'REQUESTS', label: 'Request records (CSV)' },
];

const VENDOR_FORMATS: readonly ImportFormatValue[] = [
  'SERVICENOW',
  'JSM',
  'FRESHSERVICE',
];

/** A saved column mapping as the form offers it. */
export type SavedMappingOption = {
  id: string;
  name: string;
  kind: string;
  builtIn: boolean;
};

/**
 * How the file is laid out: the format's own columns, a tool's export
 * (data-formats §4, request records only), one of the organisation's saved
 * column mappings of this kind, or "build a mapping" — which opens the wizard.
 */
export function formatOptions(
  kind: ImportKindValue,
  mappings: readonly SavedMappingOption[] = [],
): SelectOption[] {
  const vendor = (value: ImportFormatValue, label: string): SelectOption =>
    kind === 'REQUESTS'
      ? { value, label }
      : { value, label: `${label} (request records only)`, disabled: true };
  return [
    { value: 'GENERIC', label: 'Generic CSV or XLSX' },
    vendor('SERVICENOW', 'ServiceNow incident export'),
    vendor('JSM', 'Jira Service Management export'),
    vendor('FRESHSERVICE', 'Freshservice ticket export'),
    ...mappings
      .filter((mapping) => mapping.kind === kind && !mapping.builtIn)
      .map((mapping) => ({
        value: `${SAVED_MAPPING}${mapping.id}`,
        label: `Saved mapping: ${mapping.name}`,
      })),
    { value: NEW_MAPPING, label: 'Another layout: build a column mapping…' },
  ];
}

/** The Format select's value for the form's values. */
export function formatChoice(values: ImportFormValues): string {
  if (values.mapping === NEW_MAPPING) return NEW_MAPPING;
  return values.mapping ? `${SAVED_MAPPING}${values.mapping}` : values.format;
}

/** The form's values after a choice in the Format select. */
export function withFormatChoice(
  values: ImportFormValues,
  choice: string,
): ImportFormValues {
  if (choice === NEW_MAPPING)
    return { ...values, format: 'GENERIC', mapping: NEW_MAPPING };
  if (choice.startsWith(SAVED_MAPPING))
    return {
      ...values,
      format: 'GENERIC',
      mapping: choice.slice(SAVED_MAPPING.length),
    };
  return isImportFormat(choice)
    ? { ...values, format: choice, mapping: '' }
    : values;
}

export function isImportKind(value: string): value is ImportKindValue {
  return value === 'AUDIT' || value === 'METRICS' || value === 'REQUESTS';
}

export function isImportFormat(value: string): value is ImportFormatValue {
  return (
    value === 'GENERIC' || (VENDOR_FORMATS as readonly string[]).includes(value)
  );
}

/** The values after choosing a kind: a vendor format only stays with request records. */
export function withKind(
  values: ImportFormValues,
  kind: ImportKindValue,
): ImportFormValues {
  // A saved mapping reads one kind: choosing another kind forgets it.
  const mapping = values.mapping === NEW_MAPPING ? NEW_MAPPING : '';
  return {
    ...values,
    kind,
    format: kind === 'REQUESTS' ? values.format : 'GENERIC',
    mapping: kind === values.kind ? values.mapping : mapping,
  };
}

/** `Group 56 = IT` lines as the API's departmentMapping; blank lines skipped. */
export function parseDepartmentMapping(text: string): {
  mapping: { source: string; department: string }[];
  problem: string | null;
} {
  const mapping: { source: string; department: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line === '') continue;
    const at = line.lastIndexOf('=');
    const source = at === -1 ? '' : line.slice(0, at).trim();
    const department = at === -1 ? '' : line.slice(at + 1).trim();
    if (!source || !department) {
      return {
        mapping,
        problem: `Line ${index + 1}: write “source group = department”.`,
      };
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
  if (
    file &&
    values.kind === 'REQUESTS' &&
    file.name.toLowerCase().endsWith('.xlsx')
  ) {
    errors.file =
      'Request records are imported from CSV: save the sheet as CSV first.';
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

/** How one run reads the file: the mapping the wizard saved, and whether it is a dry run. */
export type ImportRun = { mappingId?: string; dryRun?: boolean };

/** The `StartImportInput` for the form, the file sent as upload variable `file`. */
export function toStartImportInput(
  organizationId: string,
  values: ImportFormValues,
  file: ChosenFile,
  run: ImportRun = {},
) {
  const audit = values.kind === 'AUDIT';
  const savedMapping =
    values.mapping && values.mapping !== NEW_MAPPING ? values.mapping : null;
  const mappingId = run.mappingId ?? savedMapping;
  return {
    organizationId,
    kind: values.kind,
    format: mappingId ? 'GENERIC' : values.format,
    mappingId,
    invalidRows: values.skipInvalid ? ('SKIP' as const) : ('FAIL' as const),
    dryRun: run.dryRun ?? false,
    file: null,
    fileName: file.name,
    fileSize: file.size,
    windowStart: audit ? values.windowStart : null,
    windowEnd: audit ? values.windowEnd : null,
    createDepartments: values.createDepartments,
    departmentMapping: parseDepartmentMapping(values.departmentMapping).mapping,
  };
}
