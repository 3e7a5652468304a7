import { localDate } from '@esm-planner/domain-metrics';

/** The organisation's calendar date now: plans and the roadmap speak in its local days. */
export function organizationToday(
  timeZone: string,
  now: Date = new Date(),
): string {
  return localDate({ at: now.toISOString(), timeZone });
}
