import {
  startImportOutcome,
  TOO_LARGE_MESSAGE,
  UNEXPECTED_ANSWER_MESSAGE,
  UPLOAD_FAILED_MESSAGE,
} from './start-import-outcome';

describe(startImportOutcome.name, () => {
  it('returns the new job’s id', () => {
    expect(
      startImportOutcome(
        200,
        JSON.stringify({
          data: { startImport: { id: 'job-1', status: 'QUEUED' } },
        }),
      ),
    ).toEqual({ kind: 'started', jobId: 'job-1' });
  });

  it('passes GraphQL errors on, for the form to show', () => {
    const errors = [
      {
        message: 'windowStart is required for an audit',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ];
    expect(
      startImportOutcome(200, JSON.stringify({ data: null, errors })),
    ).toEqual({ kind: 'rejected', errors });
  });

  it('says when the file is too large', () => {
    expect(startImportOutcome(413, '<html>Payload too large</html>')).toEqual({
      kind: 'failed',
      message: TOO_LARGE_MESSAGE,
    });
  });

  it('says when the request never arrived', () => {
    expect(startImportOutcome(0, '')).toEqual({
      kind: 'failed',
      message: UPLOAD_FAILED_MESSAGE,
    });
  });

  it.each([
    [502, 'Bad gateway'],
    [200, '{"data":{"startImport":null}}'],
    [400, '{"errors":[{"nomessage":true}]}'],
  ])('never shows a raw answer (%p %s)', (status, text) => {
    expect(startImportOutcome(status, text)).toEqual({
      kind: 'failed',
      message: UNEXPECTED_ANSWER_MESSAGE,
    });
  });
});
