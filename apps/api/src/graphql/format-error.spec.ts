import { GraphQLError } from 'graphql';
import { AppError } from '../common/app-error';
import { formatGraphQLError } from './format-error';

describe(formatGraphQLError.name, () => {
  const log = jest.fn();
  beforeEach(() => log.mockReset());

  it('passes an AppError’s code and details through', () => {
    const error = AppError.badInput([
      { field: 'name', message: 'name must not be empty' },
    ]);
    expect(formatGraphQLError({ message: 'x' }, error, log)).toEqual({
      message: 'name must not be empty',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'name', message: 'name must not be empty' }],
      },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('hides everything about an unexpected error and logs it', () => {
    const error = new Error(
      'relation "department" does not exist at /srv/app/dist/x.js:10',
    );
    const formatted = formatGraphQLError(
      {
        message: error.message,
        path: ['departments'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
      },
      error,
      log,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['departments'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalledWith(error);
  });

  it('names the field of a variable that failed coercion', () => {
    const message =
      'Variable "$input" got invalid value "MARKETING" at "input.kind"; Value "MARKETING" does not exist in "DepartmentKind" enum.';
    const formatted = formatGraphQLError(
      { message, extensions: { code: 'BAD_USER_INPUT', stacktrace: [] } },
      new GraphQLError(message),
      log,
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'kind', message }],
    });
  });

  it('turns a wrong literal value into BAD_USER_INPUT', () => {
    const message =
      'Value "MARKETING" does not exist in "DepartmentKind" enum.';
    const formatted = formatGraphQLError(
      { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(message),
      log,
    );
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a query-shape error as a validation failure', () => {
    const message = 'Cannot query field "nope" on type "Query".';
    const formatted = formatGraphQLError(
      { message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(message),
      log,
    );
    expect(formatted).toEqual({
      message,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
