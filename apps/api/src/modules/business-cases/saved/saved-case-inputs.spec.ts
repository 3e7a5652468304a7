import { toSavedInputs } from './saved-case-inputs';

describe(toSavedInputs.name, () => {
  it('keeps what was entered and drops the nulls, in the case and each department', () => {
    expect(
      toSavedInputs({
        loadedHourlyCost: 55,
        oneTimeCosts: null,
        horizonMonths: undefined,
        departments: [
          { departmentId: 'hr', monthlyVolume: 400, goLiveMonth: null },
        ],
      } as unknown as Parameters<typeof toSavedInputs>[0]),
    ).toEqual({
      loadedHourlyCost: 55,
      departments: [{ departmentId: 'hr', monthlyVolume: 400 }],
    });
  });

  it('stores a zero, which is a figure and not a missing one', () => {
    expect(
      toSavedInputs({
        oneTimeCosts: 0,
        departments: [],
      } as unknown as Parameters<typeof toSavedInputs>[0]),
    ).toEqual({ oneTimeCosts: 0, departments: [] });
  });
});
