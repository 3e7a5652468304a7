/**
 * Where a department's plan starts and goes live (day 61), as the roadmap
 * schedules it. The roadmap module provides it; the business case reads it
 * for its go-live month defaults (domain §8) without depending on the
 * roadmap module's internals.
 */
export type ScheduledGoLive = {
  departmentId: string;
  /** Day 1 of the department's 90-day plan (ISO date). */
  planStart: string;
  /** Day 61 of the plan: full rollout (ISO date). */
  goLiveDate: string;
  /** Whether the dates come from a saved plan or from the roadmap's schedule. */
  source: 'PLAN' | 'ROADMAP';
};

export interface GoLiveDates {
  /** Every scheduled department of the organisation, keyed by department id. */
  forOrganization(
    organizationId: string,
  ): Promise<Map<string, ScheduledGoLive>>;
}

export const GO_LIVE_DATES = Symbol('GO_LIVE_DATES');
