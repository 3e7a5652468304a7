import { UNEXPECTED_ERROR_MESSAGE } from '@esm-planner/dashboard-data-access-graphql';
import { describeErrors, mappingProblemsOf } from './mapping-problems';

const INPUT = {
  name: 'Facilities',
  kind: 'REQUESTS' as const,
  fields: [
    { field: 'external_id', column: 'WO Number' },
    { field: 'channel', column: 'Via' },
  ],
  values: [{ field: 'channel', from: 'Fax', to: 'FAXX' }],
};

describe(mappingProblemsOf.name, () => {
  it('puts each problem next to its field, on its step, first step first', () => {
    const problems = mappingProblemsOf(
      [
        {
          message: 'bad mapping',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'values[0].to', message: '"FAXX" is not a channel' },
              {
                field: 'fields[1].column',
                message: 'the file has no column "Via"',
              },
              { field: 'fields', message: 'request records need opened_at' },
            ],
          },
        },
      ],
      INPUT,
    );
    expect(problems.first).toBe('columns');
    expect(problems.steps.columns).toEqual({
      fields: { channel: 'The file has no column "Via".' },
      other: ['Request records need opened_at.'],
    });
    expect(problems.steps.values).toEqual({
      fields: { channel: '"FAXX" is not a channel.' },
      other: [],
    });
  });

  it('keeps an error without fields for the summary, without server detail', () => {
    const problems = mappingProblemsOf(
      [
        {
          message: 'relation "x" does not exist',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
      INPUT,
    );
    expect(problems.first).toBe('check');
    expect(problems.steps.check?.other).toHaveLength(1);
    expect(problems.steps.check?.other).toEqual([UNEXPECTED_ERROR_MESSAGE]);
  });
});

describe(describeErrors.name, () => {
  it('speaks the API’s words for a refused request', () => {
    expect(
      describeErrors([
        {
          message: 'the file is empty',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ]),
    ).toBe('The file is empty.');
  });
});
