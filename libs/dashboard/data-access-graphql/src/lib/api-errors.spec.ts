import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import {
  asSentence,
  describeApiError,
  formProblemsFromError,
  formProblemsOf,
  hasErrorCode,
  NETWORK_ERROR_MESSAGE,
  UNEXPECTED_ERROR_MESSAGE,
} from './api-errors';

const FORM_FIELDS = ['name', 'kind', 'serviceOwner', 'vocabulary'] as const;

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

describe(formProblemsOf.name, () => {
  it('puts a duplicate-name conflict under Name and nowhere else', () => {
    expect(formProblemsOf([DUPLICATE_NAME], FORM_FIELDS)).toEqual({
      fields: { name: 'Already used by another department.' },
      other: [],
    });
  });

  it('maps several fields of one validation error', () => {
    const error: GraphQLFormattedError = {
      message:
        'name must not be empty; vocabulary must be at most 60 characters',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'name', message: 'name must not be empty' },
          {
            field: 'vocabulary',
            message: 'vocabulary must be at most 60 characters',
          },
        ],
      },
    };
    expect(formProblemsOf([error], FORM_FIELDS).fields).toEqual({
      name: 'Name must not be empty.',
      vocabulary: 'Vocabulary must be at most 60 characters.',
    });
  });

  it('keeps the message for the banner when a named field is not on the form', () => {
    const error: GraphQLFormattedError = {
      message: 'Variable "$input" got invalid value',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input', message: 'got invalid value' }],
      },
    };
    expect(formProblemsOf([error], FORM_FIELDS)).toEqual({
      fields: {},
      other: ['Variable "$input" got invalid value.'],
    });
  });

  it('sends errors without fields to the banner, hiding internal ones', () => {
    const errors: GraphQLFormattedError[] = [
      {
        message: 'only ADMIN or COE may do this',
        extensions: { code: 'FORBIDDEN' },
      },
      {
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ];
    expect(formProblemsOf(errors, FORM_FIELDS)).toEqual({
      fields: {},
      other: ['Only ADMIN or COE may do this.', UNEXPECTED_ERROR_MESSAGE],
    });
  });

  it('ignores malformed field entries', () => {
    const error: GraphQLFormattedError = {
      message: 'bad',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 1 }, 'name', null],
      },
    };
    expect(formProblemsOf([error], FORM_FIELDS)).toEqual({
      fields: {},
      other: ['Bad.'],
    });
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

describe(formProblemsFromError.name, () => {
  it('maps the GraphQL errors a mutation failed with', () => {
    const failure = new CombinedGraphQLErrors({ errors: [DUPLICATE_NAME] });
    expect(formProblemsFromError(failure, FORM_FIELDS).fields).toEqual({
      name: 'Already used by another department.',
    });
  });

  it('reports a network failure above the form', () => {
    expect(
      formProblemsFromError(new TypeError('Failed to fetch'), FORM_FIELDS),
    ).toEqual({
      fields: {},
      other: [NETWORK_ERROR_MESSAGE],
    });
  });
});
