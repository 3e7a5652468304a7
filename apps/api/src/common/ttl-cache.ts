/**
 * A small in-process cache with a lifetime per entry and a size bound, for
 * lookups that every request repeats (who a token is, what a person may do).
 *
 * - An entry lives `ttlMs`, or less when its value says so (`notAfter`: a
 *   session that expires sooner is never served past its expiry).
 * - At most `maxEntries`: the oldest entry goes first (insertion order; a hit
 *   does not refresh it, so a busy entry is still reloaded every `ttlMs`).
 * - Concurrent misses for one key share one load.
 * - `delete`/`deleteWhere`/`clear` win over loads already running: a load that
 *   started before an eviction is returned to its callers but not stored, so
 *   a revocation is never undone by a read that raced it.
 * - `ttlMs` 0 turns the cache off: every call loads.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly loading = new Map<K, Promise<V>>();
  // Bumped by every eviction; a load stores its value only if unchanged.
  private generation = 0;

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      now: () => number;
    },
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get enabled(): boolean {
    return this.options.ttlMs > 0 && this.options.maxEntries > 0;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.options.now() >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V, notAfter = Infinity): void {
    if (!this.enabled) return;
    const expiresAt = Math.min(
      this.options.now() + this.options.ttlMs,
      notAfter,
    );
    if (expiresAt <= this.options.now()) return;
    this.entries.delete(key);
    while (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt });
  }

  /**
   * The cached value, or `load()`'s; stored when `keep(value)` says so
   * (e.g. not for "no such token"), until `notAfter(value)` at the latest.
   */
  getOrLoad(
    key: K,
    load: () => Promise<V>,
    {
      keep = () => true,
      notAfter = () => Infinity,
    }: { keep?: (value: V) => boolean; notAfter?: (value: V) => number } = {},
  ): Promise<V> {
    if (!this.enabled) return load();
    const cached = this.get(key);
    if (cached !== undefined) return Promise.resolve(cached);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const promise = load()
      .then((value) => {
        if (generation === this.generation && keep(value))
          this.set(key, value, notAfter(value));
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === promise) this.loading.delete(key);
      });
    this.loading.set(key, promise);
    return promise;
  }

  delete(key: K): void {
    this.generation += 1;
    this.entries.delete(key);
    this.loading.delete(key);
  }

  /** Evicts every entry whose key or value matches (rare operations: a scan is fine). */
  deleteWhere(matches: (key: K, value: V) => boolean): void {
    this.generation += 1;
    for (const [key, entry] of this.entries) {
      if (matches(key, entry.value)) this.entries.delete(key);
    }
    // Loads in flight cannot be matched by value yet: start them afresh.
    this.loading.clear();
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.loading.clear();
  }
}
