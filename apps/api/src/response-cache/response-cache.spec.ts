import { ResponseCache, responseKey } from './response-cache';

const parts = {
  scope: 'user:a',
  version: '10:12:10',
  dates: '2026-12-03,2026-12-04',
  accept: '',
  body: { query: '{ a }', variables: {} },
};

describe('responseKey', () => {
  it('differs in each part the answer depends on', () => {
    const key = responseKey(parts);
    for (const change of [
      { scope: 'user:b' },
      { version: '10:13:10' },
      { dates: '2026-12-04,2026-12-04' },
      { accept: 'application/graphql-response+json' },
      { body: { query: '{ a }', variables: { x: 1 } } },
    ])
      expect(responseKey({ ...parts, ...change })).not.toBe(key);
    expect(responseKey({ ...parts })).toBe(key);
  });
});

describe('ResponseCache', () => {
  const answer = (body: string) => ({ body, contentType: 'a/j' });

  it('keeps answers within its byte cap, least recently used out first', () => {
    // Each entry: 2 × (key 1 + body 46 + type 3) = 100 bytes; the cap holds two.
    const cache = new ResponseCache(200);
    const body = 'x'.repeat(46);
    cache.set('a', answer(body));
    cache.set('b', answer(body));
    expect(cache.get('a')?.body).toBe(body); // a is now the more recent
    cache.set('c', answer(body));
    expect(
      [cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean),
    ).toEqual([true, false, true]);
    // Larger than the whole cache: not kept.
    cache.set('d', answer('y'.repeat(200)));
    expect(cache.get('d')).toBeUndefined();
  });

  it('drops everything when the data version moves on, not when it stays', () => {
    const cache = new ResponseCache(1_000);
    cache.observeVersion('1');
    cache.set('a', answer('{}'));
    cache.observeVersion('1');
    expect(cache.size).toBe(1);
    cache.observeVersion('2');
    expect(cache.size).toBe(0);
  });

  it('stores nothing with a cap of 0 (turned off)', () => {
    const cache = new ResponseCache(0);
    cache.set('a', answer('{}'));
    expect([cache.enabled, cache.get('a')]).toEqual([false, undefined]);
  });
});
