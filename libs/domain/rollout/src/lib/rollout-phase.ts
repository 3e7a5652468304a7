/** The four phases of the 90-day rollout plan, in order (domain §4). */
export const ROLLOUT_PHASES = [
  'AUDIT_AND_DESIGN',
  'BUILD_AND_CONFIGURE',
  'PILOT_AND_MEASURE',
  'FULL_ROLLOUT_AND_EXPAND',
] as const;

export type RolloutPhase = (typeof ROLLOUT_PHASES)[number];

/** Length of a plan in days (calendar or working days, as the plan counts). */
export const PLAN_DAYS = 90;

/** First and last plan day of each phase, both inclusive (domain §4 table). */
export const PHASE_DAYS: Readonly<
  Record<RolloutPhase, { firstDay: number; lastDay: number }>
> = {
  AUDIT_AND_DESIGN: { firstDay: 1, lastDay: 15 },
  BUILD_AND_CONFIGURE: { firstDay: 16, lastDay: 30 },
  PILOT_AND_MEASURE: { firstDay: 31, lastDay: 60 },
  FULL_ROLLOUT_AND_EXPAND: { firstDay: 61, lastDay: PLAN_DAYS },
};

export function isRolloutPhase(value: unknown): value is RolloutPhase {
  return (
    typeof value === 'string' &&
    (ROLLOUT_PHASES as readonly string[]).includes(value)
  );
}

/** The phase after `current`, or null after the last one. */
export function nextPhase(current: RolloutPhase): RolloutPhase | null {
  return ROLLOUT_PHASES[ROLLOUT_PHASES.indexOf(current) + 1] ?? null;
}

/**
 * The phase a plan day falls in: null before day 1; after day 90 the plan
 * stays in FULL_ROLLOUT_AND_EXPAND, because an overrun plan is still rolling
 * out (its status says LATE) rather than in no phase at all.
 */
export function phaseForDay(dayNumber: number): RolloutPhase | null {
  if (dayNumber < 1) return null;
  const phase = ROLLOUT_PHASES.find(
    (name) => dayNumber <= PHASE_DAYS[name].lastDay,
  );
  return phase ?? 'FULL_ROLLOUT_AND_EXPAND';
}
