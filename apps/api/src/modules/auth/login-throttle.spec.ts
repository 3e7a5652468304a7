import { LoginThrottle } from './login-throttle';

describe(LoginThrottle.name, () => {
  let now = 0;
  const sut = () => new LoginThrottle(3, 60_000, () => now);
  beforeEach(() => (now = 1_000_000));

  it('allows attempts until the limit of failures within the window', () => {
    const throttle = sut();
    throttle.recordFailure(['a@x']);
    throttle.recordFailure(['a@x']);
    expect(throttle.retryAfterMs(['a@x'])).toBe(0);
    throttle.recordFailure(['a@x']);
    expect(throttle.retryAfterMs(['a@x'])).toBe(60_000);
  });

  it('lets the oldest failure age out of the window', () => {
    const throttle = sut();
    for (let i = 0; i < 3; i += 1) {
      throttle.recordFailure(['a@x']);
      now += 10_000;
    }
    // Failures at 0 s, 10 s and 20 s; now is 30 s: the first expires at 60 s.
    expect(throttle.retryAfterMs(['a@x'])).toBe(30_000);
    now += 30_000;
    expect(throttle.retryAfterMs(['a@x'])).toBe(0);
  });

  it('blocks when any key (account or address) is over the limit', () => {
    const throttle = sut();
    ['a@x', 'b@x', 'c@x'].forEach((email) => throttle.recordFailure([email, 'ip:1']));
    expect(throttle.retryAfterMs(['d@x', 'ip:1'])).toBe(60_000);
    expect(throttle.retryAfterMs(['d@x', 'ip:2'])).toBe(0);
  });

  it('forgets an account’s failures after a success', () => {
    const throttle = sut();
    for (let i = 0; i < 3; i += 1) throttle.recordFailure(['a@x']);
    throttle.recordSuccess(['a@x']);
    expect(throttle.retryAfterMs(['a@x'])).toBe(0);
  });
});
