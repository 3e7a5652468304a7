import {
  FORMAT_OPTIONS,
  INITIAL_IMPORT_VALUES,
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
      file: null,
      fileName: 'audit-2026-03-02_2026-03-15.csv',
      fileSize: 4096,
      windowStart: '2026-03-02',
      windowEnd: '2026-03-15',
      createDepartments: false,
    });
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
  it('offers every kind, and only the generic format for now', () => {
    expect(KIND_OPTIONS.filter((o) => !o.disabled).map((o) => o.value)).toEqual(
      ['AUDIT', 'METRICS', 'REQUESTS'],
    );
    expect(
      FORMAT_OPTIONS.filter((o) => !o.disabled).map((o) => o.value),
    ).toEqual(['GENERIC']);
    expect(FORMAT_OPTIONS).toHaveLength(4);
  });
});
