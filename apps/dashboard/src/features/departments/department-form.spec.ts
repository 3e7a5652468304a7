import {
  editValuesOf,
  EMPTY_NEW_DEPARTMENT,
  missingRequiredFields,
  toCreateDepartmentInput,
  toUpdateDepartmentInput,
} from './department-form';

describe(missingRequiredFields.name, () => {
  it('asks for a name and a kind on an empty form', () => {
    expect(
      missingRequiredFields(EMPTY_NEW_DEPARTMENT).map(
        (problem) => problem.field,
      ),
    ).toEqual(['name', 'kind']);
  });

  it('treats a name of spaces as missing', () => {
    expect(
      missingRequiredFields({
        ...EMPTY_NEW_DEPARTMENT,
        name: '   ',
        kind: 'HR',
      }),
    ).toEqual([{ field: 'name', message: 'Enter the department’s name.' }]);
  });

  it('is satisfied by a name and a kind', () => {
    expect(
      missingRequiredFields({
        ...EMPTY_NEW_DEPARTMENT,
        name: 'People',
        kind: 'HR',
      }),
    ).toEqual([]);
  });
});

describe(toCreateDepartmentInput.name, () => {
  it('trims the text and leaves blank optional fields to the API defaults', () => {
    expect(
      toCreateDepartmentInput('org-1', {
        name: ' Legal Ops ',
        kind: 'LEGAL',
        serviceOwner: '  ',
        vocabulary: '',
      }),
    ).toEqual({
      organizationId: 'org-1',
      name: 'Legal Ops',
      kind: 'LEGAL',
      serviceOwner: null,
      vocabulary: null,
    });
  });

  it('keeps an own vocabulary and service owner', () => {
    const input = toCreateDepartmentInput('org-1', {
      name: 'Workplace',
      kind: 'FACILITIES',
      serviceOwner: 'Ana Silva ',
      vocabulary: ' work order',
    });
    expect(input).toMatchObject({
      serviceOwner: 'Ana Silva',
      vocabulary: 'work order',
    });
  });
});

describe(editValuesOf.name, () => {
  it('leaves the vocabulary empty when the department uses the default word', () => {
    const values = editValuesOf({
      serviceOwner: null,
      vocabulary: 'ticket',
      vocabularyIsDefault: true,
      status: 'LIVE',
    });
    expect(values).toEqual({
      serviceOwner: '',
      vocabulary: '',
      status: 'LIVE',
    });
  });

  it("shows the department's own word", () => {
    const values = editValuesOf({
      serviceOwner: 'Ana',
      vocabulary: 'case',
      vocabularyIsDefault: false,
      status: 'PLANNED',
    });
    expect(values.vocabulary).toBe('case');
  });
});

describe(toUpdateDepartmentInput.name, () => {
  it('clears a blanked service owner and vocabulary with null', () => {
    expect(
      toUpdateDepartmentInput({
        serviceOwner: ' ',
        vocabulary: '',
        status: 'PILOTING',
      }),
    ).toEqual({
      serviceOwner: null,
      vocabulary: null,
      status: 'PILOTING',
    });
  });
});
