import {
  previewQuery,
  previewVariables,
  readPreviewAnswer,
} from './preview-request';

describe(previewQuery.name, () => {
  it('asks each column’s distinct values under its own alias, in one query', () => {
    const query = previewQuery(2);
    expect(query).toContain(
      'query PreviewImport($input: PreviewImportInput!, $c0: String!, $c1: String!)',
    );
    expect(query).toContain(
      'd0: distinctValues(column: $c0, limit: 200) { value count }',
    );
    expect(query).toContain(
      'd1: distinctValues(column: $c1, limit: 200) { value count }',
    );
    expect(previewQuery(0)).not.toContain('distinctValues');
    expect(previewVariables({ rows: 20 }, ['Trade', 'Notes (2)'])).toEqual({
      input: { rows: 20 },
      c0: 'Trade',
      c1: 'Notes (2)',
    });
  });
});

describe(readPreviewAnswer.name, () => {
  const preview = {
    headers: ['Trade', 'Notes', 'Notes (2)'],
    sampleRows: [{ line: 2, cells: ['HVAC', '', 'see ticket'] }],
    rowsInFile: 1,
    mappedFields: [],
    mappedRows: [],
    problems: [],
    d0: [{ value: 'HVAC', count: 1 }],
  };

  it('reads the preview and files each column’s values under its name', () => {
    const answer = readPreviewAnswer(
      200,
      JSON.stringify({ data: { previewImport: preview } }),
      ['Trade'],
    );
    expect(answer.kind).toBe('preview');
    if (answer.kind !== 'preview') return;
    expect(answer.preview.headers).toEqual(['Trade', 'Notes', 'Notes (2)']);
    expect(answer.preview.distinct.get('Trade')).toEqual([
      { value: 'HVAC', count: 1 },
    ]);
    expect(answer.preview).not.toHaveProperty('d0');
  });

  it('passes the API’s errors on, and words a lost connection or a strange answer', () => {
    const errors = [
      { message: 'the file is empty', extensions: { code: 'BAD_USER_INPUT' } },
    ];
    expect(readPreviewAnswer(200, JSON.stringify({ errors }), [])).toEqual({
      kind: 'rejected',
      errors,
    });
    expect(readPreviewAnswer(0, '', [])).toMatchObject({ kind: 'failed' });
    expect(readPreviewAnswer(502, '<html>', [])).toMatchObject({
      kind: 'failed',
    });
  });
});
