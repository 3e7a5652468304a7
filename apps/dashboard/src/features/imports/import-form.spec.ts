import {
  formatChoice,
  formatOptions,
  NEW_MAPPING,
  withFormatChoice,
  INITIAL_IMPORT_VALUES,
  parseDepartmentMapping,
  withKind,
  KIND_OPTIONS,
  toStartImportInput,
  validateImportForm,
  type ImportFormValues,
} from './import-form';

const AUDIT: ImportFormValues = {
  ...INITIAL_IMPORT_VALUES,
  windowStart: '2026-03-02',
  windowEnd: '2026-03-15',
};
const FILE = { name: 'audit-2026-03-02_2026-03-15.csv', size: 4096 };

describe(validateImportForm.name, () => {
  it('accepts an audit with a window and a CSV file', () => {
    expect(validateImportForm(AUDIT, FILE)).toEqual({});
  });

  it('accepts XLSX, whatever the case of the extension', () => {
    expect(validateImportForm(AUDIT, { name: 'Audit.XLSX', size: 1 })).toEqual(
      {},
    );
  });

  it('asks for a file', () => {
    expect(validateImportForm(AUDIT, null).file).toBe(
      'Choose a CSV or XLSX file to import.',
    );
  });

  it.each([
    [
      { name: 'audit.pdf', size: 10 },
      '“audit.pdf” is not a .csv or .xlsx file.',
    ],
    [{ name: 'empty.csv', size: 0 }, '“empty.csv” is empty.'],
  ])('refuses %p', (file, message) => {
    expect(validateImportForm(AUDIT, file).file).toBe(message);
  });

  it('needs both ends of the audit window, in order', () => {
    expect(
      validateImportForm({ ...AUDIT, windowStart: '', windowEnd: '' }, FILE),
    ).toEqual({
      windowStart: 'Enter the first day of the audit window.',
      windowEnd: 'Enter the last day of the audit window.',
    });
    expect(
      validateImportForm({ ...AUDIT, windowEnd: '2026-03-01' }, FILE),
    ).toEqual({ windowEnd: 'The window cannot end before it starts.' });
  });

  it('refuses a day that does not exist', () => {
    expect(
      validateImportForm({ ...AUDIT, windowStart: '2026-02-30' }, FILE)
        .windowStart,
    ).toBeDefined();
  });

  it('needs no window for weekly metrics', () => {
    expect(
      validateImportForm(
        { ...INITIAL_IMPORT_VALUES, kind: 'METRICS' },
        { name: 'weekly.csv', size: 9 },
      ),
    ).toEqual({});
  });
});

describe(toStartImportInput.name, () => {
  it('sends the window for an audit, and a null file for the upload to fill', () => {
    expect(toStartImportInput('org-1', AUDIT, FILE)).toEqual({
      organizationId: 'org-1',
      kind: 'AUDIT',
      format: 'GENERIC',
      mappingId: null,
      invalidRows: 'FAIL',
      dryRun: false,
      file: null,
      fileName: 'audit-2026-03-02_2026-03-15.csv',
      fileSize: 4096,
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
      createDepartments: false,
      departmentMapping: [],
    });
  });

  it('sends a vendor format with its group mapping', () => {
    const values = {
      ...INITIAL_IMPORT_VALUES,
      kind: 'REQUESTS' as const,
      format: 'SERVICENOW' as const,
      departmentMapping: 'Group 56 = IT\n\n Group 70=Human Resources ',
    };
    expect(
      toStartImportInput('org-1', values, { name: 'incident.csv', size: 10 }),
    ).toMatchObject({
      kind: 'REQUESTS',
      format: 'SERVICENOW',
      departmentMapping: [
        { source: 'Group 56', department: 'IT' },
        { source: 'Group 70', department: 'Human Resources' },
      ],
    });
  });

  it('reads the file through a saved mapping, skipping invalid rows, or as a dry run of the wizard’s mapping', () => {
    const values = {
      ...INITIAL_IMPORT_VALUES,
      kind: 'REQUESTS' as const,
      mapping: 'm-1',
      skipInvalid: true,
    };
    expect(toStartImportInput('org-1', values, FILE)).toMatchObject({
      format: 'GENERIC',
      mappingId: 'm-1',
      invalidRows: 'SKIP',
      dryRun: false,
    });
    const wizard = { ...values, mapping: NEW_MAPPING };
    expect(
      toStartImportInput('org-1', wizard, FILE, {
        mappingId: 'm-2',
        dryRun: true,
      }),
    ).toMatchObject({ mappingId: 'm-2', dryRun: true });
    expect(toStartImportInput('org-1', wizard, FILE).mappingId).toBeNull();
  });

  it('leaves the window out of a metrics import', () => {
    const input = toStartImportInput(
      'org-1',
      { ...AUDIT, kind: 'METRICS', createDepartments: true },
      FILE,
    );
    expect(input).toMatchObject({
      kind: 'METRICS',
      windowStart: null,
      windowEnd: null,
      createDepartments: true,
    });
  });
});

describe('options', () => {
  it('offers every kind; vendor formats for request records only', () => {
    expect(KIND_OPTIONS.filter((o) => !o.disabled).map((o) => o.value)).toEqual(
      ['AUDIT', 'METRICS', 'REQUESTS'],
    );
    const enabled = (kind: 'AUDIT' | 'REQUESTS') =>
      formatOptions(kind)
        .filter((o) => !o.disabled)
        .map((o) => o.value);
    expect(enabled('AUDIT')).toEqual(['GENERIC', NEW_MAPPING]);
    expect(enabled('REQUESTS')).toEqual([
      'GENERIC',
      'SERVICENOW',
      'JSM',
      'FRESHSERVICE',
      NEW_MAPPING,
    ]);
  });

  it('offers the organisation’s saved mappings of the kind, and building a new one', () => {
    const mappings = [
      {
        id: 'm-1',
        name: 'Facilities work orders',
        kind: 'REQUESTS',
        builtIn: false,
      },
      { id: 'm-2', name: 'Weekly sheet', kind: 'METRICS', builtIn: false },
      {
        id: 'builtin:jsm',
        name: 'Jira Service Management',
        kind: 'REQUESTS',
        builtIn: true,
      },
    ];
    expect(formatOptions('REQUESTS', mappings).slice(4)).toEqual([
      { value: 'mapping:m-1', label: 'Saved mapping: Facilities work orders' },
      { value: NEW_MAPPING, label: 'Another layout: build a column mapping…' },
    ]);
    const chosen = withFormatChoice(
      { ...INITIAL_IMPORT_VALUES, kind: 'REQUESTS', format: 'JSM' },
      'mapping:m-1',
    );
    expect(chosen).toMatchObject({ format: 'GENERIC', mapping: 'm-1' });
    expect(formatChoice(chosen)).toBe('mapping:m-1');
    expect(withFormatChoice(chosen, 'SERVICENOW')).toMatchObject({
      format: 'SERVICENOW',
      mapping: '',
    });
    expect(withKind(chosen, 'AUDIT').mapping).toBe('');
    expect(withKind({ ...chosen, mapping: NEW_MAPPING }, 'AUDIT').mapping).toBe(
      NEW_MAPPING,
    );
  });

  it('goes back to the generic format when the kind is no longer request records', () => {
    const vendor = {
      ...INITIAL_IMPORT_VALUES,
      kind: 'REQUESTS' as const,
      format: 'JSM' as const,
    };
    expect(withKind(vendor, 'AUDIT').format).toBe('GENERIC');
    expect(withKind(vendor, 'REQUESTS').format).toBe('JSM');
  });
});

describe(parseDepartmentMapping.name, () => {
  it('reads one mapping per line, splitting at the last =', () => {
    expect(parseDepartmentMapping('A=B = HR\n').mapping).toEqual([
      { source: 'A=B', department: 'HR' },
    ]);
  });
  it('says which line is not a mapping', () => {
    expect(parseDepartmentMapping('Group 1 = IT\nGroup 2').problem).toBe(
      'Line 2: write “source group = department”.',
    );
  });
});

describe('request records', () => {
  it('are imported from CSV only', () => {
    expect(
      validateImportForm(
        { ...INITIAL_IMPORT_VALUES, kind: 'REQUESTS' },
        { name: 'r.xlsx', size: 3 },
      ).file,
    ).toMatch(/CSV/);
  });
});
