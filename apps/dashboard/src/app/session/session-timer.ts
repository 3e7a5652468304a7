import {
  EXPIRY_MARGIN_MS,
  type StoredSession,
} from '@esm-planner/dashboard-data-access-graphql';

// setTimeout stores its delay in a signed 32-bit integer: a longer delay
// (sessions may last up to 30 days) would fire at once.
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** Milliseconds until the session must be ended, for one timer. */
export function msUntilSessionEnds(
  session: Pick<StoredSession, 'expiresAt'>,
  nowMs: number,
): number {
  const remaining = Date.parse(session.expiresAt) - EXPIRY_MARGIN_MS - nowMs;
  return Math.min(Math.max(remaining, 0), MAX_TIMER_DELAY_MS);
}
