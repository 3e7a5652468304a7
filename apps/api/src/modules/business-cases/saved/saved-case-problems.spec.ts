import { MAX_CASE_NAME, savedCaseProblems } from './saved-case-problems';

const HR = 'hr-id';
const IT = 'it-id';
const ORGANISATION = new Set([HR, IT]);
const with_ = (...ids: string[]) => ({
  departments: ids.map((departmentId) => ({ departmentId })),
});

describe(savedCaseProblems.name, () => {
  it('finds nothing in a named case of the organisation’s departments', () => {
    expect(
      savedCaseProblems({
        name: 'Plan',
        saved: with_(HR, IT),
        departmentIds: ORGANISATION,
      }),
    ).toEqual([]);
  });

  it.each(['', 'x'.repeat(MAX_CASE_NAME + 1)])(
    'asks for a name of 1 to 200 characters (length %#)',
    (name) => {
      expect(
        savedCaseProblems({
          name,
          saved: with_(),
          departmentIds: ORGANISATION,
        }),
      ).toEqual([
        { field: 'name', message: 'name must be 1 to 200 characters' },
      ]);
    },
  );

  it('names an unknown and a repeated department by their place in the list', () => {
    expect(
      savedCaseProblems({
        name: 'x'.repeat(MAX_CASE_NAME),
        saved: with_(HR, 'elsewhere', HR),
        departmentIds: ORGANISATION,
      }),
    ).toEqual([
      {
        field: 'inputs.departments[1].departmentId',
        message: 'no such department in this organisation',
      },
      {
        field: 'inputs.departments[2].departmentId',
        message: 'the department is already in the case',
      },
    ]);
  });
});
