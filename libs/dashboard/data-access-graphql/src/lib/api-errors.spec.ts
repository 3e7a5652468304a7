import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  asSentence,
  describeApiError,
  hasErrorCode,
  NETWORK_ERROR_MESSAGE,
  UNEXPECTED_ERROR_MESSAGE,
} from './api-errors';

const DUPLICATE_NAME: GraphQLFormattedError = {
  message: 'a department named "HR" already exists in this organisation',
  extensions: {
    code: 'CONFLICT',
    fields: [{ field: 'name', message: 'already used by another department' }],
  },
};

describe(asSentence.name, () => {
  it.each([
    ['name must not be empty', 'Name must not be empty.'],
    ['Department not found.', 'Department not found.'],
    ['  wrong e-mail or password ', 'Wrong e-mail or password.'],
    ['', ''],
  ])('turns %p into %p', (message, expected) => {
    expect(asSentence(message)).toBe(expected);
  });
});

describe(hasErrorCode.name, () => {
  it('finds the code among several errors', () => {
    const errors = [
      DUPLICATE_NAME,
      { message: 'x', extensions: { code: 'UNAUTHENTICATED' } },
    ];
    expect(hasErrorCode(errors, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(errors, 'FORBIDDEN')).toBe(false);
  });
});

describe(describeApiError.name, () => {
  it('shows the message of an error the API wrote for people', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'wrong e-mail or password',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    expect(describeApiError(error)).toBe('Wrong e-mail or password.');
  });

  it('never repeats a server-side detail of an unexpected error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'relation "department" does not exist',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(describeApiError(error)).toBe(UNEXPECTED_ERROR_MESSAGE);
  });

  it('explains a failed fetch as a connection problem', () => {
    expect(describeApiError(new TypeError('Failed to fetch'))).toBe(
      NETWORK_ERROR_MESSAGE,
    );
  });
});
