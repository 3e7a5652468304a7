import { apiProcessCount, MAX_API_PROCESSES } from './api-processes';

const on = (cores: number, dev = false, test = false) => ({ cores, dev, test });

describe('apiProcessCount', () => {
  it('runs one process per core by default', () => {
    expect(apiProcessCount(undefined, on(2))).toBe(2);
    expect(apiProcessCount('', on(8))).toBe(8);
    expect(apiProcessCount(undefined, on(1))).toBe(1);
    expect(apiProcessCount(undefined, on(200))).toBe(MAX_API_PROCESSES);
  });

  it('runs one process for npm run dev and under NODE_ENV=test unless told otherwise', () => {
    expect(apiProcessCount(undefined, on(4, true))).toBe(1);
    expect(apiProcessCount(undefined, on(4, false, true))).toBe(1);
    expect(apiProcessCount('3', on(4, true))).toBe(3);
    expect(apiProcessCount('2', on(4, false, true))).toBe(2);
  });

  it('takes API_PROCESSES as given, even above the cores', () => {
    expect(apiProcessCount('1', on(2))).toBe(1);
    expect(apiProcessCount(' 4 ', on(2))).toBe(4);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])(
    'refuses API_PROCESSES=%s with a clear error',
    (value) => {
      expect(() => apiProcessCount(value, on(2))).toThrow(
        `API_PROCESSES must be a whole number from 1 to 64 (got "${value}")`,
      );
    },
  );
});
