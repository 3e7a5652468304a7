import { EXPIRY_MARGIN_MS } from '@esm-planner/dashboard-data-access-graphql';
import { MAX_TIMER_DELAY_MS, msUntilSessionEnds } from './session-timer';

const NOW = Date.parse('2026-03-02T09:00:00Z');

describe(msUntilSessionEnds.name, () => {
  it('waits until the safety margin before the expiry', () => {
    expect(msUntilSessionEnds({ expiresAt: '2026-03-02T10:00:00Z' }, NOW)).toBe(
      3_600_000 - EXPIRY_MARGIN_MS,
    );
  });

  it('fires at once for a session that has already expired', () => {
    expect(msUntilSessionEnds({ expiresAt: '2026-03-01T10:00:00Z' }, NOW)).toBe(
      0,
    );
  });

  it('caps the delay of a month-long session to what setTimeout accepts', () => {
    expect(msUntilSessionEnds({ expiresAt: '2026-04-01T09:00:00Z' }, NOW)).toBe(
      MAX_TIMER_DELAY_MS,
    );
  });
});
