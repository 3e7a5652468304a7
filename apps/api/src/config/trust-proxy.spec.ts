import { loadConfig } from './env.schema';
import { parseTrustProxy } from './trust-proxy';

describe('parseTrustProxy', () => {
  it.each([
    ['false', false],
    ['', false],
    ['true', true],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
    ['loopback,uniquelocal,fd00::/8', ['loopback', 'uniquelocal', 'fd00::/8']],
  ] as const)('reads %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each([
    'yes',
    'sometimes',
    '10.0.0.0/33',
    '10.0.0/8',
    'loopback,proxy.example',
    '-1',
    '1.5',
  ])('refuses %j', (value) => {
    expect(parseTrustProxy(value)).toBeNull();
  });

  it('is off unless set, and a bad value stops the start naming the variable', () => {
    const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' };
    expect(loadConfig(base).TRUST_PROXY).toBe(false);
    expect(
      loadConfig({ ...base, TRUST_PROXY: 'loopback' }).TRUST_PROXY,
    ).toEqual(['loopback']);
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'sometimes' })).toThrow(
      /TRUST_PROXY: /,
    );
  });
});
