import { actualsByKey } from './realisation-actuals';

const row = (month: number, total = 10, deflected = 4) => ({
  departmentId: 'hr',
  month,
  total,
  deflected,
});

describe(actualsByKey.name, () => {
  it('keys the complete months by department and month, leaving out month 0 and the running month', () => {
    const byKey = actualsByKey([row(0), row(1), row(2), row(3)], 2);
    expect([...byKey.keys()]).toEqual(['hr/1', 'hr/2']);
    expect(byKey.get('hr/2')).toEqual(row(2));
  });

  it.each([
    [[row(1, 2.5, 1)], 'total of hr/1 must be a whole number ≥ 0, got 2.5'],
    [[row(1, 10, -1)], 'deflected of hr/1 must be a whole number ≥ 0, got -1'],
    [[row(1, 3, 4)], 'hr/1: 4 deflected of 3 requests'],
    [[row(1), row(1)], 'hr/1 appears twice in the actuals'],
  ])('refuses counts that cannot be counts (%#)', (actuals, message) => {
    expect(() => actualsByKey(actuals, 1)).toThrow(new RangeError(message));
  });

  it('checks a row of a month not complete yet too', () => {
    expect(() => actualsByKey([row(5, 1, 2)], 1)).toThrow(RangeError);
  });
});
