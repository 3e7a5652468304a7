import { isChanged, pastDateWarning, todayPlainDate } from './form-state';

describe(isChanged.name, () => {
  it('is false for equal values and true once one differs', () => {
    const initial = { name: 'Finance', figures: { volume: '' } };
    expect(
      isChanged(initial, { name: 'Finance', figures: { volume: '' } }),
    ).toBe(false);
    expect(
      isChanged(initial, { name: 'Finance', figures: { volume: '12' } }),
    ).toBe(true);
  });
});

describe(todayPlainDate.name, () => {
  it('is the local calendar day', () => {
    expect(todayPlainDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe(pastDateWarning.name, () => {
  it('flags a day before today, not today or later, nor an empty or partial date', () => {
    expect(pastDateWarning('2026-12-02', '2026-12-03')).toMatch(/in the past/);
    expect(pastDateWarning('2026-12-03', '2026-12-03')).toBeUndefined();
    expect(pastDateWarning('2027-01-01', '2026-12-03')).toBeUndefined();
    expect(pastDateWarning('', '2026-12-03')).toBeUndefined();
  });
});
