import {
  bearerToken,
  newToken,
  sameSecret,
  SESSION_TOKEN_PREFIX,
  tokenDigest,
} from './bearer-token';

describe(bearerToken.name, () => {
  it.each([
    ['Bearer abc', 'abc'],
    ['bearer abc  ', 'abc'],
    ['Basic abc', null],
    ['Bearer', null],
    ['Bearer a b', null],
    [undefined, null],
  ])('reads %p as %p', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});

describe(newToken.name, () => {
  it('makes prefixed, unguessable tokens whose digest is stable', () => {
    const token = newToken(SESSION_TOKEN_PREFIX);
    expect(token).toMatch(/^esms_[A-Za-z0-9_-]{43}$/);
    expect(newToken(SESSION_TOKEN_PREFIX)).not.toBe(token);
    expect(tokenDigest(token)).toBe(tokenDigest(token));
    expect(tokenDigest(token)).toHaveLength(64);
  });
});

describe(sameSecret.name, () => {
  it('compares secrets of any length', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
  });
});
