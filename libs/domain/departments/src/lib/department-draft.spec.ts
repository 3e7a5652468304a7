import { departmentNameKey, validateDepartmentDraft } from './department-draft';

describe(validateDepartmentDraft.name, () => {
  it('accepts a complete draft and trims its text', () => {
    const result = validateDepartmentDraft(
      {
        name: '  Human Resources ',
        kind: 'HR',
        vocabulary: ' case ',
        serviceOwner: ' Ana Silva ',
      },
      { partial: false },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Human Resources',
        kind: 'HR',
        vocabulary: 'case',
        serviceOwner: 'Ana Silva',
      },
    });
  });

  it('names every field that is wrong at once', () => {
    const result = validateDepartmentDraft(
      {
        name: '   ',
        kind: 'MARKETING',
        status: 'DONE',
        vocabulary: 'x'.repeat(61),
      },
      { partial: false },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual([
      'name',
      'kind',
      'status',
      'vocabulary',
    ]);
    expect(result.errors[1].message).toBe('unknown department kind: MARKETING');
  });

  it('requires name and kind when creating', () => {
    const result = validateDepartmentDraft({}, { partial: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.field)).toEqual(['name', 'kind']);
  });

  it('leaves absent fields alone in an update, and clears blank optional text', () => {
    expect(
      validateDepartmentDraft(
        { serviceOwner: '  ', status: 'LIVE' },
        { partial: true },
      ),
    ).toEqual({
      ok: true,
      value: { serviceOwner: null, status: 'LIVE' },
    });
  });

  it('rejects an explicitly empty name in an update', () => {
    const result = validateDepartmentDraft({ name: '' }, { partial: true });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'name must not be empty' }],
    });
  });

  it('rejects a name longer than 120 characters', () => {
    const result = validateDepartmentDraft(
      { name: 'n'.repeat(121), kind: 'IT' },
      { partial: false },
    );
    expect(result.ok).toBe(false);
  });
});

describe(departmentNameKey.name, () => {
  it('treats case and runs of white space as the same name', () => {
    expect(departmentNameKey(' Human   Resources ')).toBe(
      departmentNameKey('HUMAN RESOURCES'),
    );
  });

  it('keeps different names apart', () => {
    expect(departmentNameKey('HR')).not.toBe(departmentNameKey('H R'));
  });
});
