import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { NETWORK_ERROR_MESSAGE } from '@esm-planner/dashboard-data-access-graphql';
import {
  inFormWords,
  normalisePath,
  problemsForForm,
  problemsFromFailure,
  summaryItems,
} from './field-problems';

const CASE_LABELS = {
  name: 'Case name',
  horizonMonths: 'Horizon (months)',
  'departments[0].monthlyVolume': 'Finance: Requests a month',
};

function badInput(fields: { field: string; message: string }[]) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [
      {
        message: fields.map((f) => f.message).join('; '),
        extensions: { code: 'BAD_USER_INPUT', fields },
      },
    ],
  });
}

describe(normalisePath.name, () => {
  it('reads brackets and dots as the same path', () => {
    expect(normalisePath('departments[1].monthlyVolume')).toBe(
      'departments.1.monthlyVolume',
    );
    expect(normalisePath('departments.1.monthlyVolume')).toBe(
      'departments.1.monthlyVolume',
    );
  });
});

describe(inFormWords.name, () => {
  it.each([
    [
      'horizonMonths must be at most 120',
      'horizonMonths',
      'Horizon (months)',
      'Horizon (months) must be at most 120.',
    ],
    // The path, its dotted form and its last name are all the API's words.
    [
      'departments[0].monthlyVolume must not be negative',
      'departments[0].monthlyVolume',
      'Requests a month',
      'Requests a month must not be negative.',
    ],
    [
      'currency must be an ISO 4217 code such as USD, got EURO',
      'currency',
      'Currency',
      'Currency must be an ISO 4217 code such as USD, got EURO.',
    ],
    // A name inside another word is left alone: "to" is not "total".
    [
      'total must be at least to',
      'to',
      'End date',
      'Total must be at least End date.',
    ],
    [
      'must be a whole number',
      'seed',
      'Monte Carlo seed',
      'Must be a whole number.',
    ],
    // The field's own word under a label of the same word is left as written.
    [
      'Enter the department’s name.',
      'name',
      'Name',
      'Enter the department’s name.',
    ],
  ])('%s (%s → %s)', (message, path, label, expected) => {
    expect(inFormWords(message, path, label)).toBe(expected);
  });
});

describe(problemsForForm.name, () => {
  it('puts each problem under its field in the form’s words, after stripping the prefix', () => {
    const problems = problemsForForm(
      [
        {
          field: 'inputs.horizonMonths',
          message: 'horizonMonths must be at most 120',
          value: 200,
        },
        {
          field: 'inputs.departments.0.monthlyVolume',
          message: 'departments[0].monthlyVolume must not be negative',
        },
      ],
      CASE_LABELS,
      { prefix: 'inputs.' },
    );
    expect(problems).toEqual({
      fields: {
        horizonMonths: 'Horizon (months) must be at most 120.',
        'departments[0].monthlyVolume':
          'Finance: Requests a month must not be negative.',
      },
      other: [],
    });
  });

  it('keeps a field’s first problem and sends problems of fields it does not show to `other`, once', () => {
    const problems = problemsForForm(
      [
        { field: 'name', message: 'name must not be empty' },
        { field: 'name', message: 'name must be at most 200 characters' },
        { field: 'organizationId', message: 'organizationId is unknown' },
        { field: 'organizationId', message: 'organizationId is unknown' },
      ],
      CASE_LABELS,
    );
    expect(problems).toEqual({
      fields: { name: 'Case name must not be empty.' },
      other: ['OrganizationId is unknown.'],
    });
  });
});

describe('problemsForForm with inputNames', () => {
  it('puts the API’s `title` under the input named `newTaskTitle`, in that label’s words', () => {
    const problems = problemsForForm(
      [{ field: 'title', message: 'title must not be empty' }],
      { newTaskTitle: 'Task title' },
      { inputNames: { title: 'newTaskTitle' } },
    );
    expect(problems).toEqual({
      fields: { newTaskTitle: 'Task title must not be empty.' },
      other: [],
    });
  });
});

describe(problemsFromFailure.name, () => {
  it('maps a BAD_USER_INPUT’s extensions.fields onto the form', () => {
    const failure = badInput([
      { field: 'horizonMonths', message: 'horizonMonths must be at most 120' },
    ]);
    expect(problemsFromFailure(failure, CASE_LABELS)).toEqual({
      fields: { horizonMonths: 'Horizon (months) must be at most 120.' },
      other: [],
    });
  });

  it('puts a CONFLICT’s field problem (a duplicate name) under that field and nowhere else', () => {
    const duplicate = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'a department named "HR" already exists',
          extensions: {
            code: 'CONFLICT',
            fields: [
              { field: 'name', message: 'already used by another department' },
            ],
          },
        },
      ],
    });
    expect(
      problemsFromFailure(duplicate, { name: 'Name', kind: 'Kind' }),
    ).toEqual({
      fields: { name: 'Already used by another department.' },
      other: [],
    });
  });

  it('says an error without field problems in one sentence for the banner', () => {
    expect(
      problemsFromFailure(new TypeError('Failed to fetch'), CASE_LABELS),
    ).toEqual({ fields: {}, other: [NETWORK_ERROR_MESSAGE] });
    const forbidden = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'only the CoE may do this',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(problemsFromFailure(forbidden, CASE_LABELS)).toEqual({
      fields: {},
      other: ['Only the CoE may do this.'],
    });
  });
});

describe(summaryItems.name, () => {
  it('lists the fields with problems in the order of the form, not of the problems', () => {
    const items = summaryItems(
      { 'departments[0].monthlyVolume': 'A.', name: 'B.' },
      CASE_LABELS,
    );
    expect(items).toEqual([
      { name: 'name', label: 'Case name', message: 'B.' },
      {
        name: 'departments[0].monthlyVolume',
        label: 'Finance: Requests a month',
        message: 'A.',
      },
    ]);
  });
});
