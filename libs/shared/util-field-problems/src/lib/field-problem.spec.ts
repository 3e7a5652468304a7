import { fieldProblem, leafField, problemsUnder } from './field-problem';

describe(fieldProblem.name, () => {
  it('carries the value only when one is given', () => {
    expect(
      fieldProblem(
        'to',
        'to 2026-01-01 is before from 2026-02-01',
        '2026-01-01',
      ),
    ).toEqual({
      field: 'to',
      message: 'to 2026-01-01 is before from 2026-02-01',
      value: '2026-01-01',
    });
    expect(fieldProblem('name', 'name must not be empty')).toEqual({
      field: 'name',
      message: 'name must not be empty',
    });
    expect('value' in fieldProblem('name', 'x')).toBe(false);
  });
});

describe(problemsUnder.name, () => {
  it('puts a part’s paths under its prefix', () => {
    expect(
      problemsUnder('rows.3', [
        { field: 'weekStart', message: 'not a Monday' },
      ]),
    ).toEqual([{ field: 'rows.3.weekStart', message: 'not a Monday' }]);
  });
});

describe(leafField.name, () => {
  it.each([
    ['horizonMonths', 'horizonMonths'],
    ['columns.2.source', 'source'],
    ['departments.1', 'departments'],
  ])('%s → %s', (path, leaf) => {
    expect(leafField(path)).toBe(leaf);
  });
});
