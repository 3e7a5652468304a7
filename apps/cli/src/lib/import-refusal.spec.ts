import { describeRefusal } from './import-refusal';

describe(describeRefusal.name, () => {
  it('names the code and lists each field under the message', () => {
    expect(
      describeRefusal({
        code: 'BAD_USER_INPUT',
        message: 'The import options are not valid',
        fields: [
          { field: 'windowEnd', message: 'must not be before the start' },
          { field: 'format', message: 'unknown format' },
        ],
      }),
    ).toBe(
      'The import was refused (BAD_USER_INPUT): The import options are not valid' +
        '\n  windowEnd: must not be before the start' +
        '\n  format: unknown format',
    );
  });

  it('is the message alone without a code or fields', () => {
    expect(
      describeRefusal({ code: undefined, message: 'No access', fields: [] }),
    ).toBe('The import was refused: No access');
  });
});
