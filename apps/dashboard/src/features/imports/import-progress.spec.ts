import {
  isFinished,
  jobProgressState,
  uploadProgressState,
} from './import-progress';

describe(uploadProgressState.name, () => {
  it('is the share of the file sent', () => {
    expect(uploadProgressState(512 * 1024, 2048 * 1024)).toEqual({
      value: 25,
      text: '512.0 KB of 2.0 MB sent',
    });
  });

  it('never shows more than the whole file sent', () => {
    expect(uploadProgressState(6200, 6000)).toEqual({
      value: 100,
      text: '5.9 KB of 5.9 KB sent',
    });
  });

  it('is indeterminate when the size is unknown', () => {
    expect(uploadProgressState(100, null)).toEqual({
      value: null,
      text: '100 bytes sent',
    });
  });
});

describe(jobProgressState.name, () => {
  const job = { bytesRead: 0, bytesTotal: 4096, rowsRead: 0 };

  it('waits while queued', () => {
    expect(jobProgressState({ ...job, status: 'QUEUED' })).toEqual({
      value: null,
      text: 'Waiting to start…',
    });
  });

  it('follows the bytes read while running, and counts the rows', () => {
    expect(
      jobProgressState({
        status: 'RUNNING',
        bytesRead: 3072,
        bytesTotal: 4096,
        rowsRead: 1261,
      }),
    ).toEqual({
      value: 75,
      text: '3.0 KB of 4.0 KB read · 1,261 rows read',
    });
  });

  it('counts rows alone when the total is unknown', () => {
    expect(
      jobProgressState({
        status: 'RUNNING',
        bytesRead: 10,
        bytesTotal: null,
        rowsRead: 1,
      }),
    ).toEqual({ value: null, text: '1 row read' });
  });

  it('is full once finished', () => {
    expect(
      jobProgressState({ ...job, status: 'SUCCEEDED', rowsRead: 136 }).value,
    ).toBe(100);
    expect(jobProgressState({ ...job, status: 'FAILED' }).text).toBe(
      'Stopped: 0 rows read',
    );
  });

  it('says a cancelled import stored nothing', () => {
    expect(
      jobProgressState({ ...job, status: 'CANCELLED', rowsRead: 1 }),
    ).toEqual({
      value: null,
      text: 'Cancelled: 1 row read, nothing stored',
    });
  });
});

describe(isFinished.name, () => {
  it.each([
    ['QUEUED', false],
    ['RUNNING', false],
    ['SUCCEEDED', true],
    ['FAILED', true],
    ['CANCELLED', true],
  ] as const)('%s → %p', (status, expected) => {
    expect(isFinished(status)).toBe(expected);
  });
});
