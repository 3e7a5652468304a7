import { multipartBody, multipartFields } from './multipart';

describe(multipartFields.name, () => {
  it('writes operations with the variables and maps part 0 to the file', () => {
    const fields = multipartFields({
      query:
        'mutation StartImport($input: StartImportInput!) { startImport(input: $input) { id } }',
      operationName: 'StartImport',
      variables: { input: { kind: 'AUDIT', file: null } },
      filePath: 'variables.input.file',
    });
    expect(JSON.parse(fields.operations)).toEqual({
      query:
        'mutation StartImport($input: StartImportInput!) { startImport(input: $input) { id } }',
      operationName: 'StartImport',
      variables: { input: { kind: 'AUDIT', file: null } },
    });
    expect(JSON.parse(fields.map)).toEqual({ 0: ['variables.input.file'] });
  });
});

describe(multipartBody.name, () => {
  it('puts operations, map and the file in that order', async () => {
    const body = multipartBody(
      { operations: '{"a":1}', map: '{"0":["variables.file"]}' },
      new Blob(['department,count\r\n'], { type: 'text/csv' }),
      'audit.csv',
    );
    const entries = [...body.entries()];
    expect(entries.map(([name]) => name)).toEqual(['operations', 'map', '0']);
    const file = entries[2][1] as File;
    expect(file.name).toBe('audit.csv');
    expect(await file.text()).toBe('department,count\r\n');
  });
});
