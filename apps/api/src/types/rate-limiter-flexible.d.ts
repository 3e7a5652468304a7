// A method rate-limiter-flexible's store limiters have (RateLimiterStoreAbstract,
// pinned at 11.4.0) but its types.d.ts leaves out: how long this process
// still holds a key blocked in memory, without asking the store.
import 'rate-limiter-flexible';

declare module 'rate-limiter-flexible' {
  interface RateLimiterPostgres {
    /** Milliseconds the prefixed key (`getKey(key)`) stays blocked in this process; 0 when it is not. */
    getInMemoryBlockMsBeforeExpire(rlKey: string): number;
  }
}
