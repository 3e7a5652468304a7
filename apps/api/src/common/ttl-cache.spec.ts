import { TtlCache } from './ttl-cache';

function fakeClock(start = 1_000_000) {
  const clock = { time: start, now: () => clock.time };
  return clock;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe(TtlCache.name, () => {
  it('serves a value for ttlMs, then loads again', async () => {
    const clock = fakeClock();
    const cache = new TtlCache<string, number>({
      ttlMs: 5_000,
      maxEntries: 10,
      now: clock.now,
    });
    const load = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    expect(await cache.getOrLoad('a', load)).toBe(1);
    clock.time += 4_999;
    expect(await cache.getOrLoad('a', load)).toBe(1);
    clock.time += 1;
    expect(await cache.getOrLoad('a', load)).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('never serves an entry past its own notAfter, however long the ttl', async () => {
    const clock = fakeClock();
    const cache = new TtlCache<string, { until: number }>({
      ttlMs: 60_000,
      maxEntries: 10,
      now: clock.now,
    });
    const load = jest.fn(async () => ({ until: clock.time + 1_000 }));
    await cache.getOrLoad('s', load, { notAfter: (value) => value.until });
    clock.time += 999;
    expect(cache.get('s')).toBeDefined();
    clock.time += 1;
    expect(cache.get('s')).toBeUndefined();
  });

  it('does not keep what `keep` refuses', async () => {
    const cache = new TtlCache<string, number | null>({
      ttlMs: 5_000,
      maxEntries: 10,
      now: Date.now,
    });
    const load = jest.fn(async () => null);
    await cache.getOrLoad('x', load, { keep: (value) => value !== null });
    await cache.getOrLoad('x', load, { keep: (value) => value !== null });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('holds at most maxEntries, dropping the oldest', () => {
    const cache = new TtlCache<string, number>({
      ttlMs: 5_000,
      maxEntries: 2,
      now: Date.now,
    });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([
      undefined,
      2,
      3,
    ]);
  });

  it('shares one load between concurrent misses', async () => {
    const cache = new TtlCache<string, number>({
      ttlMs: 5_000,
      maxEntries: 10,
      now: Date.now,
    });
    const gate = deferred<number>();
    const load = jest.fn(() => gate.promise);
    const both = Promise.all([
      cache.getOrLoad('k', load),
      cache.getOrLoad('k', load),
    ]);
    gate.resolve(7);
    expect(await both).toEqual([7, 7]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not store a load that an eviction overtook', async () => {
    const cache = new TtlCache<string, string>({
      ttlMs: 5_000,
      maxEntries: 10,
      now: Date.now,
    });
    const stale = deferred<string>();
    const racing = cache.getOrLoad('token', () => stale.promise);
    cache.delete('token'); // e.g. logout committed while the lookup was running
    stale.resolve('principal before logout');
    expect(await racing).toBe('principal before logout');
    expect(cache.get('token')).toBeUndefined();
    // A call after the eviction does not join the stale load either.
    expect(await cache.getOrLoad('token', async () => 'fresh')).toBe('fresh');
  });

  it('evicts by value with deleteWhere, and everything with clear', () => {
    const cache = new TtlCache<string, { userId: string }>({
      ttlMs: 5_000,
      maxEntries: 10,
      now: Date.now,
    });
    cache.set('u1:o1', { userId: 'u1' });
    cache.set('u1:o2', { userId: 'u1' });
    cache.set('u2:o1', { userId: 'u2' });
    cache.deleteWhere((_key, value) => value.userId === 'u1');
    expect(cache.size).toBe(1);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('caches nothing when ttlMs is 0', async () => {
    const cache = new TtlCache<string, number>({
      ttlMs: 0,
      maxEntries: 10,
      now: Date.now,
    });
    const load = jest.fn(async () => 1);
    await cache.getOrLoad('a', load);
    await cache.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(cache.size).toBe(0);
  });
});
