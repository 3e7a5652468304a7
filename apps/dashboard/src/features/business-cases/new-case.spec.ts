import {
  newCaseProblems,
  newCaseRequest,
  prefilledDepartments,
  type NewCaseForm,
} from './new-case';

const FORM: NewCaseForm = {
  name: ' Expansion ',
  loadedHourlyCost: '48',
  oneTimeCosts: '180,000',
  changeManagementCost: '',
  monthlyPlatformCost: '11000',
  monthlyCoeCost: '7500',
  departmentIds: ['it', 'hr'],
};

describe('new business case', () => {
  it('starts with the departments that have an audit', () => {
    expect(
      prefilledDepartments([
        { id: 'it', baseline: { monthlyVolume: 10 } },
        { id: 'legal', baseline: null },
      ]),
    ).toEqual(['it']);
  });

  it('asks for a name, the required costs and a department', () => {
    expect(newCaseProblems(FORM)).toEqual({});
    expect(
      Object.keys(
        newCaseProblems({
          ...FORM,
          name: '',
          oneTimeCosts: '',
          monthlyCoeCost: 'x',
          departmentIds: [],
        }),
      ),
    ).toEqual(['name', 'oneTimeCosts', 'monthlyCoeCost', 'departments']);
  });

  it('saves only the costs, leaving department figures to their defaults', () => {
    expect(newCaseRequest(FORM, 'org-1')).toEqual({
      organizationId: 'org-1',
      name: 'Expansion',
      inputs: {
        loadedHourlyCost: 48,
        oneTimeCosts: 180_000,
        monthlyPlatformCost: 11_000,
        changeManagementCost: null,
        monthlyCoeCost: 7_500,
        monteCarloRuns: 2_000,
        departments: [{ departmentId: 'it' }, { departmentId: 'hr' }],
      },
    });
  });
});
