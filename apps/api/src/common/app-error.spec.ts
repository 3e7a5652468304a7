import { metricRangeProblems } from '@esm-planner/domain-metrics';
import { AppError } from './app-error';

describe('AppError.badInput', () => {
  it('sends each problem’s field and message, never the rejected value', () => {
    const error = AppError.badInput([
      {
        field: 'password',
        message: 'password must be at least 12 characters',
        value: 'hunter2',
      },
      { field: 'name', message: 'name must not be empty' },
    ]);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'password must be at least 12 characters; name must not be empty',
    );
    expect(error.extensions).toEqual({
      fields: [
        {
          field: 'password',
          message: 'password must be at least 12 characters',
        },
        { field: 'name', message: 'name must not be empty' },
      ],
    });
  });

  it('takes a domain validator’s problems as they are: the field is named by the validator, not guessed from the message', () => {
    // "to" appears in neither message, yet both are about `to`; the grain is its own field.
    const error = AppError.badInput([
      ...metricRangeProblems({
        from: '2000-01-01',
        to: '2026-01-01',
        grain: 'WEEK',
      }),
      ...metricRangeProblems({
        from: '2026-01-01',
        to: '2026-02-01',
        grain: 'DAY',
      }),
    ]);
    expect(
      (error.extensions.fields as { field: string }[]).map(
        (problem) => problem.field,
      ),
    ).toEqual(['to', 'grain']);
  });
});
